using System.Net;
using Workbench.Features.Accounts;
using Workbench.Features.Users;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Accounts;

public class SignInTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task Login_RightPassword_SetsCookieAndRedirectsHome()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);

        var response = await FormPost.LoginAsync(client, user.Email!, WorkbenchFactory.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBeOneOf("/", "http://localhost/");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("Workbench.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsNotCorrectMessage()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);

        var response = await FormPost.LoginAsync(client, user.Email!, "not the password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("The email or password is not correct.");
    }

    [Fact]
    public async Task Login_WrongPassword_DoesNotSendThePasswordBackButKeepsTheEmail()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);

        var response = await FormPost.LoginAsync(client, user.Email!, "typo-in-my-secret");

        var html = await response.HtmlAsync();
        html.ShouldNotContain("typo-in-my-secret");
        html.ShouldContain(user.Email!);
        html.ShouldContain("name=\"Input.Password\"");
    }

    [Fact]
    public async Task Login_UnknownEmail_ShowsSameNotCorrectMessage()
    {
        await factory.CreateActorAsync(Roles.Translator); // past first-run setup
        using var client = FormPost.Client(factory);

        var response = await FormPost.LoginAsync(client, "nobody-here@test.local", WorkbenchFactory.Password);

        (await response.HtmlAsync()).ShouldContain("The email or password is not correct.");
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedEvenWithRightPassword()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);
        for (var i = 0; i < 5; i++)
        {
            (await FormPost.LoginAsync(client, user.Email!, "wrong password " + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await FormPost.LoginAsync(client, user.Email!, WorkbenchFactory.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("This account is locked after too many failed sign-ins.");
    }

    [Fact]
    public async Task Login_FourFailures_StillAllowsRightPassword()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);
        for (var i = 0; i < 4; i++)
        {
            await FormPost.LoginAsync(client, user.Email!, "wrong password " + i);
        }

        (await FormPost.LoginAsync(client, user.Email!, WorkbenchFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Login_DisabledUser_ShowsDisabledMessage()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        var disabled = await factory.WithServiceAsync<UserAdminService, AdminResult>(s => s.SetDisabledAsync(admin, user.Id, disabled: true));
        disabled.Errors.ShouldBeEmpty();
        using var client = FormPost.Client(factory);

        var response = await FormPost.LoginAsync(client, user.Email!, WorkbenchFactory.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("This account is disabled. Ask an administrator.");
    }

    [Fact]
    public async Task Login_ReEnabledUser_CanSignInAgain()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        await factory.WithServiceAsync<UserAdminService, AdminResult>(s => s.SetDisabledAsync(admin, user.Id, disabled: true));
        await factory.WithServiceAsync<UserAdminService, AdminResult>(s => s.SetDisabledAsync(admin, user.Id, disabled: false));
        using var client = FormPost.Client(factory);

        await FormPost.SignInAsync(client, user.Email!);
    }

    [Fact]
    public async Task Logout_SignedIn_ClearsCookie()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!);
        (await FormPost.GetPageAsync(client, "/documents/new")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await FormPost.SubmitAsync(client, "/Account/Logout", "", new Dictionary<string, string>(), tokenFrom: "/Account/ChangePassword");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FormPost.GetPageAsync(client, "/documents/new")).Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Login_LocalReturnUrl_RedirectsThere()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);

        var response = await FormPost.SubmitAsync(client, "/Account/Login?ReturnUrl=%2Fdocuments%2Fnew", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = WorkbenchFactory.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery.ShouldBe("/documents/new");
    }

    /// <summary>An off-site return URL must neither be followed nor break the sign-in.</summary>
    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    public async Task Login_OffSiteReturnUrl_RedirectsWithinTheSite(string returnUrl)
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);

        var response = await FormPost.SubmitAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "login",
            new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email!,
                ["Input.Password"] = WorkbenchFactory.Password,
            });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the sign-in with that return URL did not redirect");
        var target = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        target.Host.ShouldBe("localhost");
        target.AbsolutePath.ShouldNotContain("evil.example");
    }
}
