using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Features.Accounts;
using Workbench.Features.Users;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Users;

public class UserAdminServiceTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private const string NewPassword = "brand new password 7";

    private Task<AdminResult> AdminAsync(Func<UserAdminService, Task<AdminResult>> action) => factory.WithServiceAsync(action);

    private async Task<ApplicationUser> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)).ShouldNotBeNull();
    }

    private async Task<T> WithUsersAsync<T>(Func<UserManager<ApplicationUser>, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    [Fact]
    public async Task CreateAsync_ValidRequest_CreatesUserWithRolesWhoCanSignIn()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var email = WorkbenchFactory.UniqueEmail("new");

        var result = await AdminAsync(s => s.CreateAsync(admin, new NewUser(" Nia Checker ", $" {email} ", NewPassword, [Roles.FactChecker, Roles.Translator])));

        result.Errors.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        var listed = (await factory.WithServiceAsync<UserAdminService, IReadOnlyList<UserSummary>>(s => s.ListAsync(admin)))
            .Single(u => u.Email == email);
        listed.DisplayName.ShouldBe("Nia Checker");
        listed.Roles.ShouldBe([Roles.Translator, Roles.FactChecker]);
        listed.IsDisabled.ShouldBeFalse();
        listed.IsLockedOut.ShouldBeFalse();
        using var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, email, NewPassword);
    }

    [Fact]
    public async Task CreateAsync_InvalidRequest_ReturnsErrorsAndCreatesNobody()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);

        var result = await AdminAsync(s => s.CreateAsync(admin, new NewUser("Someone", "someone-invalid@test.local", NewPassword, [])));

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe(["Choose at least one role."]);
        (await WithUsersAsync(u => u.FindByEmailAsync("someone-invalid@test.local"))).ShouldBeNull();
    }

    [Fact]
    public async Task CreateAsync_PasswordFailsPolicy_ReturnsIdentityErrorAndCreatesNobody()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);

        var result = await AdminAsync(s => s.CreateAsync(admin, new NewUser("Weak", "weak-password@test.local", "short", [Roles.Translator])));

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain("Passwords must be at least 10 characters.");
        (await WithUsersAsync(u => u.FindByEmailAsync("weak-password@test.local"))).ShouldBeNull();
    }

    [Fact]
    public async Task CreateAsync_DuplicateEmail_IsRefused()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (existing, _) = await factory.CreateActorAsync(Roles.Translator);

        var result = await AdminAsync(s => s.CreateAsync(admin, new NewUser("Copy", existing.Email!, NewPassword, [Roles.Editor])));

        result.Succeeded.ShouldBeFalse();
        (await WithUsersAsync(u => u.GetRolesAsync(existing))).ShouldBe([Roles.Translator]);
    }

    [Fact]
    public async Task SetRolesAsync_NewRoles_ReplacesRoles()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);

        var result = await AdminAsync(s => s.SetRolesAsync(admin, user.Id, [Roles.Editor, Roles.FactChecker]));

        result.Errors.ShouldBeEmpty();
        (await WithUsersAsync(u => u.GetRolesAsync(user))).Order().ShouldBe([Roles.Editor, Roles.FactChecker]);
    }

    /// <summary>
    /// Open Blazor circuits re-check only the security stamp (IdentityRevalidatingAuthenticationStateProvider),
    /// so a role change must rotate it, or a removed role keeps working in the user's open tabs.
    /// </summary>
    [Fact]
    public async Task SetRolesAsync_ChangedRoles_RotatesSecurityStamp()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Admin, Roles.Translator);
        var before = (await FindAsync(user.Email!)).SecurityStamp;

        (await AdminAsync(s => s.SetRolesAsync(admin, user.Id, [Roles.Translator]))).Errors.ShouldBeEmpty();

        (await FindAsync(user.Email!)).SecurityStamp.ShouldNotBe(before);
    }

    [Fact]
    public async Task SetRolesAsync_UnknownRole_IsRefusedAndRolesUnchanged()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);

        var result = await AdminAsync(s => s.SetRolesAsync(admin, user.Id, ["Owner"]));

        result.Errors.ShouldBe(["Unknown role."]);
        (await WithUsersAsync(u => u.GetRolesAsync(user))).ShouldBe([Roles.Translator]);
    }

    [Fact]
    public async Task ResetPasswordAsync_LockedUser_OldPasswordFailsNewWorksAndLockoutCleared()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);
        for (var i = 0; i < 5; i++)
        {
            await FormPost.LoginAsync(client, user.Email!, "wrong password " + i);
        }

        (await WithUsersAsync(async u => await u.IsLockedOutAsync(await u.FindByIdAsync(user.Id) ?? user))).ShouldBeTrue();

        var result = await AdminAsync(s => s.ResetPasswordAsync(admin, user.Id, NewPassword));

        result.Errors.ShouldBeEmpty();
        var reloaded = await FindAsync(user.Email!);
        (await WithUsersAsync(u => u.IsLockedOutAsync(reloaded))).ShouldBeFalse();
        reloaded.AccessFailedCount.ShouldBe(0);
        var old = await FormPost.LoginAsync(client, user.Email!, WorkbenchFactory.Password);
        (await old.HtmlAsync()).ShouldContain("The email or password is not correct.");
        await FormPost.SignInAsync(client, user.Email!, NewPassword);
    }

    [Fact]
    public async Task ResetPasswordAsync_PasswordFailsPolicy_KeepsOldPassword()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);

        var result = await AdminAsync(s => s.ResetPasswordAsync(admin, user.Id, "short"));

        result.Succeeded.ShouldBeFalse();
        using var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!, WorkbenchFactory.Password);
    }

    [Fact]
    public async Task CreateAsync_EmailAlreadyUsed_SaysSoOnce()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (existing, _) = await factory.CreateActorAsync(Roles.Translator);

        var result = await AdminAsync(s => s.CreateAsync(admin, new NewUser("Someone Else", " " + existing.Email!.ToUpperInvariant() + " ", NewPassword, [Roles.Editor])));

        result.Errors.ShouldBe([$"There is already a user with the email {existing.Email!.ToUpperInvariant()}."]);
    }

    [Fact]
    public async Task ResetPasswordAsync_EmptyPassword_AsksForPasswordAndKeepsOldOne()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);

        var result = await AdminAsync(s => s.ResetPasswordAsync(admin, user.Id, ""));

        result.Errors.ShouldBe(["Enter a password."]);
        using var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!, WorkbenchFactory.Password);
    }

    [Fact]
    public async Task UnlockAsync_LockedUser_CanSignInAgain()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);
        for (var i = 0; i < 5; i++)
        {
            await FormPost.LoginAsync(client, user.Email!, "wrong password " + i);
        }

        (await AdminAsync(s => s.UnlockAsync(admin, user.Id))).Errors.ShouldBeEmpty();

        await FormPost.SignInAsync(client, user.Email!);
    }

    [Fact]
    public async Task SetDisabledAsync_Yourself_IsRefused()
    {
        var (adminUser, admin) = await factory.CreateActorAsync(Roles.Admin);

        var result = await AdminAsync(s => s.SetDisabledAsync(admin, adminUser.Id, disabled: true));

        result.Errors.ShouldBe(["You cannot disable your own account."]);
        (await FindAsync(adminUser.Email!)).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task SetDisabledAsync_OtherUser_DisablesAndListShowsIt()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);

        (await AdminAsync(s => s.SetDisabledAsync(admin, user.Id, disabled: true))).Errors.ShouldBeEmpty();

        (await FindAsync(user.Email!)).IsDisabled.ShouldBeTrue();
        (await factory.WithServiceAsync<UserAdminService, IReadOnlyList<UserSummary>>(s => s.ListAsync(admin)))
            .Single(u => u.Id == user.Id).IsDisabled.ShouldBeTrue();
    }

    [Fact]
    public async Task SetDisabledAsync_UnknownUser_SaysUserNoLongerExists()
    {
        var (_, admin) = await factory.CreateActorAsync(Roles.Admin);

        (await AdminAsync(s => s.SetDisabledAsync(admin, Guid.NewGuid().ToString(), disabled: true))).Errors.ShouldBe(["That user no longer exists."]);
    }

    public static TheoryData<string> Operations => ["List", "Create", "SetRoles", "ResetPassword", "SetDisabled", "Unlock"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AnyOperation_AsTranslator_ThrowsUnauthorizedAndChangesNothing(string operation)
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (target, _) = await factory.CreateActorAsync(Roles.Translator);
        var newEmail = WorkbenchFactory.UniqueEmail("sneaky");
        Func<UserAdminService, ClaimsPrincipal, Task> call = operation switch
        {
            "List" => (s, p) => s.ListAsync(p),
            "Create" => (s, p) => s.CreateAsync(p, new NewUser("Sneaky", newEmail, NewPassword, [Roles.Admin])),
            "SetRoles" => (s, p) => s.SetRolesAsync(p, target.Id, [Roles.Admin]),
            "ResetPassword" => (s, p) => s.ResetPasswordAsync(p, target.Id, NewPassword),
            "SetDisabled" => (s, p) => s.SetDisabledAsync(p, target.Id, true),
            "Unlock" => (s, p) => s.UnlockAsync(p, target.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await Should.ThrowAsync<UnauthorizedAccessException>(() => call(scope.ServiceProvider.GetRequiredService<UserAdminService>(), translator));
        }

        var after = await FindAsync(target.Email!);
        after.IsDisabled.ShouldBeFalse();
        after.PasswordHash.ShouldBe(target.PasswordHash);
        (await WithUsersAsync(u => u.GetRolesAsync(after))).ShouldBe([Roles.Translator]);
        (await WithUsersAsync(u => u.FindByEmailAsync(newEmail))).ShouldBeNull();
    }
}
