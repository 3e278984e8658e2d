using Microsoft.AspNetCore.Identity;

namespace Workbench.Features.Accounts;

/// <summary>
/// Identity asks IUserConfirmation before every sign-in when RequireConfirmedAccount is on; a
/// disabled account answers "not allowed", so password sign-in refuses it without custom code paths.
/// </summary>
internal sealed class DisabledAccountConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
        => Task.FromResult(!user.IsDisabled);
}
