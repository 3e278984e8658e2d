namespace Workbench.Features.Editor;

public static class EditorServiceCollectionExtensions
{
    public static WebApplicationBuilder AddEditor(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EditorService>();
        return builder;
    }
}
