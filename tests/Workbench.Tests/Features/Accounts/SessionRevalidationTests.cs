using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Features.Accounts;
using Workbench.Features.Users;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Accounts;

/// <summary>A signed-in browser loses access soon after an admin disables the account or resets its password.</summary>
public sealed class SessionRevalidationTests : IDisposable
{
    private readonly ManualTimeProvider clock = new();
    private readonly WorkbenchFactory factory;

    public SessionRevalidationTests() => factory = new WorkbenchFactory
    {
        TestServices = services => services.AddSingleton<TimeProvider>(clock),
    };

    public void Dispose() => factory.Dispose();

    private async Task<(ApplicationUser User, HttpClient Client, System.Security.Claims.ClaimsPrincipal Admin)> SignedInTranslatorAsync()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!);
        (await FormPost.GetPageAsync(client, "/documents/new")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (user, client, admin);
    }

    [Fact]
    public async Task Cookie_TwoMinutesLaterUnchangedAccount_StillWorks()
    {
        var (_, client, _) = await SignedInTranslatorAsync();

        clock.Advance(TimeSpan.FromMinutes(2));

        (await FormPost.GetPageAsync(client, "/documents/new")).StatusCode.ShouldBe(HttpStatusCode.OK);
        client.Dispose();
    }

    [Fact]
    public async Task Cookie_AccountDisabled_StopsWorkingAfterValidationInterval()
    {
        var (user, client, admin) = await SignedInTranslatorAsync();
        (await factory.WithServiceAsync<UserAdminService, AdminResult>(s => s.SetDisabledAsync(admin, user.Id, disabled: true))).Errors.ShouldBeEmpty();

        clock.Advance(TimeSpan.FromMinutes(2));
        var response = await FormPost.GetPageAsync(client, "/documents/new");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        client.Dispose();
    }

    [Fact]
    public async Task Cookie_PasswordReset_StopsWorkingAfterValidationInterval()
    {
        var (user, client, admin) = await SignedInTranslatorAsync();
        (await factory.WithServiceAsync<UserAdminService, AdminResult>(s => s.ResetPasswordAsync(admin, user.Id, "a new password 5"))).Errors.ShouldBeEmpty();

        clock.Advance(TimeSpan.FromMinutes(2));

        (await FormPost.GetPageAsync(client, "/documents/new")).Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        client.Dispose();
    }
}
