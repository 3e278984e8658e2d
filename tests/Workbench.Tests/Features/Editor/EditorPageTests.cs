using System.Net;
using Workbench.Features.Accounts;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

/// <summary>The editor route, prerendered over HTTP: any signed-in role may read a document.</summary>
public class EditorPageTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private async Task<HttpClient> SignedInAsync(string role)
    {
        var (user, _) = await factory.CreateActorAsync(role);
        var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!);
        return client;
    }

    [Fact]
    public async Task Get_ExistingDocumentAsFactChecker_ShowsTitle()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var title = "Editor page " + Guid.NewGuid().ToString("N")[..8];
        var id = await factory.ImportAsync(translator, "Kalimat pertama.\n\nKalimat kedua.", title);
        using var client = await SignedInAsync(Roles.FactChecker);

        var response = await FormPost.GetPageAsync(client, $"/documents/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain(title);
    }

    [Fact]
    public async Task Get_UnknownDocument_SaysItDoesNotExist()
    {
        using var client = await SignedInAsync(Roles.Translator);

        var response = await FormPost.GetPageAsync(client, "/documents/987654");

        (await response.HtmlAsync()).ShouldContain("This document does not exist or was deleted.");
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToLogin()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var id = await factory.ImportAsync(translator, "Kalimat pertama.");
        using var client = FormPost.Client(factory);

        var response = await FormPost.GetPageAsync(client, $"/documents/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }
}
