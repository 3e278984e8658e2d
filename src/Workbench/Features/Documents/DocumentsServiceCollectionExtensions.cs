namespace Workbench.Features.Documents;

public static class DocumentsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DocumentService>();
        return builder;
    }
}
