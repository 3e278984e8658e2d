using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Features.Accounts;
using Workbench.Features.Users;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Users;

/// <summary>These tests count Admins, so each gets its own database.</summary>
public sealed class UserAdminLastAdminTests : IDisposable
{
    private readonly WorkbenchFactory factory = new();

    public void Dispose() => factory.Dispose();

    private Task<AdminResult> AdminAsync(Func<UserAdminService, Task<AdminResult>> action) => factory.WithServiceAsync(action);

    private async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!);
    }

    [Fact]
    public async Task SetRolesAsync_RemovingAdminFromOnlyAdmin_IsRefused()
    {
        var (adminUser, admin) = await factory.CreateActorAsync(Roles.Admin);

        var result = await AdminAsync(s => s.SetRolesAsync(admin, adminUser.Id, [Roles.Translator]));

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe(["Workbench needs at least one active Admin; give another user the Admin role first."]);
        (await RolesOfAsync(adminUser)).ShouldBe([Roles.Admin]);
    }

    [Fact]
    public async Task SetRolesAsync_OtherAdminIsDisabled_StillRefused()
    {
        var (adminUser, admin) = await factory.CreateActorAsync(Roles.Admin);
        var (other, _) = await factory.CreateActorAsync(Roles.Admin);
        (await AdminAsync(s => s.SetDisabledAsync(admin, other.Id, disabled: true))).Errors.ShouldBeEmpty();

        var result = await AdminAsync(s => s.SetRolesAsync(admin, adminUser.Id, [Roles.Editor]));

        result.Succeeded.ShouldBeFalse();
        (await RolesOfAsync(adminUser)).ShouldContain(Roles.Admin);
    }

    [Fact]
    public async Task SetRolesAsync_AnotherActiveAdminExists_RemovesAdmin()
    {
        var (adminUser, admin) = await factory.CreateActorAsync(Roles.Admin);
        await factory.CreateActorAsync(Roles.Admin);

        var result = await AdminAsync(s => s.SetRolesAsync(admin, adminUser.Id, [Roles.Editor]));

        result.Errors.ShouldBeEmpty();
        (await RolesOfAsync(adminUser)).ShouldBe([Roles.Editor]);
    }

    /// <summary>A's Admin role was just removed, but A's cookie still says Admin; A must not disable the last Admin.</summary>
    [Fact]
    public async Task SetDisabledAsync_LastActiveAdmin_IsRefused()
    {
        var (formerAdmin, formerAdminCookie) = await factory.CreateActorAsync(Roles.Admin);
        var (lastAdmin, lastAdminPrincipal) = await factory.CreateActorAsync(Roles.Admin);
        (await AdminAsync(s => s.SetRolesAsync(lastAdminPrincipal, formerAdmin.Id, [Roles.Translator]))).Errors.ShouldBeEmpty();

        var result = await AdminAsync(s => s.SetDisabledAsync(formerAdminCookie, lastAdmin.Id, disabled: true));

        result.Errors.ShouldBe(["Workbench needs at least one active Admin."]);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(lastAdmin.Id))!.IsDisabled.ShouldBeFalse();
    }
}
