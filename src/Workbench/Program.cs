using Workbench.Components;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Demo;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Features.Qa;
using Workbench.Features.Translation;
using Workbench.Features.Users;

var builder = WebApplication.CreateBuilder(args);
// The web root is the top-level wwwroot/ linked in by the project file; this serves it in every environment.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServicesForWorkbench();
builder.Services.AddSingleton(TimeProvider.System);

builder.AddDatabase();
builder.AddAccounts();
builder.AddUsers();
builder.AddDocuments();
builder.AddEditor();
builder.AddQa();
builder.AddTranslation();
builder.AddDemo();

var app = builder.Build();

await app.InitializeDatabaseAsync();
await app.SeedDemoAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseFirstRunSetup();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccounts();

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
