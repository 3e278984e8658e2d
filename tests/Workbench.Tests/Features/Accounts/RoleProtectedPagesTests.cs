using System.Net;
using Workbench.Features.Accounts;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Accounts;

public class RoleProtectedPagesTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private async Task<HttpClient> SignedInAsync(params string[] roles)
    {
        var (user, _) = await factory.CreateActorAsync(roles);
        var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!);
        return client;
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/documents/new")]
    public async Task Get_AsFactChecker_RedirectsToAccessDenied(string url)
    {
        using var client = await SignedInAsync(Roles.FactChecker);

        var response = await FormPost.GetPageAsync(client, url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Fact]
    public async Task GetUsers_AsAdmin_IsOk()
    {
        using var client = await SignedInAsync(Roles.Admin);

        var response = await FormPost.GetPageAsync(client, "/users");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("data-testid=\"users-table\"");
    }

    [Fact]
    public async Task GetUsers_AsTranslator_RedirectsToAccessDenied()
    {
        using var client = await SignedInAsync(Roles.Translator);

        (await FormPost.GetPageAsync(client, "/users")).Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Theory]
    [InlineData(Roles.Translator)]
    [InlineData(Roles.Editor)]
    public async Task GetNewDocument_AsTranslatorOrEditor_IsOk(string role)
    {
        using var client = await SignedInAsync(role);

        var response = await FormPost.GetPageAsync(client, "/documents/new");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("data-testid=\"import-form\"");
    }

    [Theory]
    [InlineData("/documents/new")]
    [InlineData("/users")]
    [InlineData("/")]
    public async Task Get_Anonymous_RedirectsToLogin(string url)
    {
        await factory.CreateActorAsync(Roles.Admin); // past first-run setup
        using var client = FormPost.Client(factory);

        var response = await FormPost.GetPageAsync(client, url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task GetDocuments_AsFactChecker_IsOk()
    {
        using var client = await SignedInAsync(Roles.FactChecker);

        (await FormPost.GetPageAsync(client, "/documents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
