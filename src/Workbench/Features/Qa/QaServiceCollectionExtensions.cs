using Workbench.Core.Facts.Qa;

namespace Workbench.Features.Qa;

public static class QaServiceCollectionExtensions
{
    public static WebApplicationBuilder AddQa(this WebApplicationBuilder builder)
    {
        // Immutable and thread-safe: one checker serves every circuit.
        builder.Services.AddSingleton(_ => new QaChecker());
        builder.Services.AddScoped<QaService>();
        return builder;
    }
}
