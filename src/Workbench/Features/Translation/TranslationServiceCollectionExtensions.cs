namespace Workbench.Features.Translation;

public static class TranslationServiceCollectionExtensions
{
    public static WebApplicationBuilder AddTranslation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TranslationApplyService>();
        return builder;
    }
}
