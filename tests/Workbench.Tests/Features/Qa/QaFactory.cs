using Microsoft.Extensions.DependencyInjection;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Qa;

/// <summary>The app on its own SQLite file with a clock the QA tests read (and move) to check override times.</summary>
public sealed class QaFactory : WorkbenchFactory
{
    public QaFactory() => TestServices = services => services.AddSingleton<TimeProvider>(Clock);

    public ManualTimeProvider Clock { get; } = new();
}
