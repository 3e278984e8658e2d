using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Features.Accounts;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Accounts;

/// <summary>Each test needs an empty database, so each gets its own factory.</summary>
public sealed class FirstRunSetupTests : IDisposable
{
    private const string AdminEmail = "first.admin@newsroom.test";
    private const string AdminPassword = "a long admin password 1";

    private readonly WorkbenchFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static Dictionary<string, string> Fields(string email = AdminEmail, string password = AdminPassword, string? confirm = null) => new()
    {
        ["Input.DisplayName"] = "First Admin",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
    };

    private static Task<HttpResponseMessage> PostSetupAsync(HttpClient client, Dictionary<string, string> fields, string? tokenFrom = null)
        => FormPost.SubmitAsync(client, FirstAdminSetup.Path, "setup", fields, tokenFrom);

    private async Task<int> UserCountAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.CountAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task GetRoot_EmptyDatabase_RedirectsToSetup()
    {
        using var client = FormPost.Client(factory);

        var response = await FormPost.GetPageAsync(client, "/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Account/Setup");
    }

    [Fact]
    public async Task GetSetup_EmptyDatabase_StatesThePasswordRuleBeforeSubmit()
    {
        using var client = FormPost.Client(factory);

        var response = await FormPost.GetPageAsync(client, FirstAdminSetup.Path);

        (await response.HtmlAsync()).ShouldContain("At least 10 characters.");
    }

    [Fact]
    public async Task GetStaticFile_EmptyDatabase_IsNotRedirected()
    {
        using var client = FormPost.Client(factory);

        var response = await client.GetAsync(new Uri("/app.css", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostSetup_ValidForm_CreatesAdminSignsInAndRedirects()
    {
        using var client = FormPost.Client(factory);

        var response = await PostSetupAsync(client, Fields());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.HtmlAsync());
        response.Headers.Location!.OriginalString.ShouldEndWith("/users");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("Workbench.Auth=", StringComparison.Ordinal));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var admin = (await users.FindByEmailAsync(AdminEmail)).ShouldNotBeNull();
            admin.DisplayName.ShouldBe("First Admin");
            (await users.GetRolesAsync(admin)).ShouldBe([Roles.Admin]);
        }

        // The cookie is a real sign-in: the Admin-only page opens.
        (await FormPost.GetPageAsync(client, "/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Setup_AfterFirstAdmin_Returns404AndSecondPostCreatesNobody()
    {
        using var first = FormPost.Client(factory);
        (await PostSetupAsync(first, Fields())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var second = FormPost.Client(factory);
        (await FormPost.GetPageAsync(second, FirstAdminSetup.Path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var again = await PostSetupAsync(second, Fields(email: "intruder@newsroom.test"), tokenFrom: "/Account/Login");

        again.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        again.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("Workbench.Auth=", StringComparison.Ordinal));
        (await UserCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task GetRoot_AfterSetup_NoLongerRedirectsToSetup()
    {
        using var client = FormPost.Client(factory);
        (await PostSetupAsync(client, Fields())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var anonymous = FormPost.Client(factory);
        var response = await FormPost.GetPageAsync(anonymous, "/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task PostSetup_MismatchedConfirmation_ShowsErrorAndCreatesNobody()
    {
        using var client = FormPost.Client(factory);

        var response = await PostSetupAsync(client, Fields(confirm: "a different password"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("The passwords do not match.");
        html.ShouldNotContain(AdminPassword);
        html.ShouldNotContain("a different password");
        (await UserCountAsync()).ShouldBe(0);
        (await FormPost.GetPageAsync(client, "/")).Headers.Location!.OriginalString.ShouldBe("/Account/Setup");
    }

    [Fact]
    public async Task PostSetup_ShortPassword_ShowsErrorAndCreatesNobody()
    {
        using var client = FormPost.Client(factory);

        var response = await PostSetupAsync(client, Fields(password: "short12"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("Passwords must be at least 10 characters.");
        (await UserCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task PostSetup_InvalidEmail_ShowsErrorAndCreatesNobody()
    {
        using var client = FormPost.Client(factory);

        var response = await PostSetupAsync(client, Fields(email: "not-an-email"));

        (await response.HtmlAsync()).ShouldContain("Enter a valid email address.");
        (await UserCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CreateFirstAdminAsync_TwoAtOnce_CreatesExactlyOneAdmin()
    {
        async Task<SetupResult> CreateAsync(string email)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FirstAdminSetup>().CreateFirstAdminAsync("Admin", email, AdminPassword);
        }

        var results = await Task.WhenAll(CreateAsync("one@newsroom.test"), CreateAsync("two@newsroom.test"));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Errors.ShouldBe(["Workbench is already set up. Sign in instead."]);
        (await UserCountAsync()).ShouldBe(1);
    }
}
