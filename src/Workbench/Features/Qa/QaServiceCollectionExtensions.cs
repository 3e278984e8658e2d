using Microsoft.Extensions.Options;
using Workbench.Core.Facts.Qa;

namespace Workbench.Features.Qa;

public static class QaServiceCollectionExtensions
{
    /// <summary>The configuration section bound to <see cref="QaOptions"/>.</summary>
    public const string Section = "Qa";

    public static WebApplicationBuilder AddQa(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<QaOptions>()
            .Bind(builder.Configuration.GetSection(Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<QaOptions>, QaOptionsValidator>();
        // Immutable and thread-safe: one checker, built from the validated settings, serves every circuit.
        builder.Services.AddSingleton(sp => new QaChecker(sp.GetRequiredService<IOptions<QaOptions>>().Value));
        builder.Services.AddScoped<QaService>();
        return builder;
    }
}
