using Microsoft.AspNetCore.Identity;

namespace Workbench.Features.Accounts;

public sealed record SetupResult(bool Succeeded, IReadOnlyList<string> Errors, ApplicationUser? User)
{
    public static SetupResult Fail(params string[] errors) => new(false, errors, null);
}

/// <summary>Creates the first Admin on an empty database; refuses once any user exists.</summary>
public sealed class FirstAdminSetup(UserManager<ApplicationUser> users, FirstRunState state, TimeProvider clock)
{
    public const string Path = "/Account/Setup";

    public async Task<SetupResult> CreateFirstAdminAsync(string displayName, string email, string password)
    {
        await state.SetupLock.WaitAsync();
        try
        {
            if (await state.HasUsersAsync())
            {
                return SetupResult.Fail("Workbench is already set up. Sign in instead.");
            }

            var user = new ApplicationUser
            {
                UserName = email.Trim(),
                Email = email.Trim(),
                EmailConfirmed = true,
                DisplayName = displayName.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return new SetupResult(false, [.. created.Errors.Select(e => e.Description)], null);
            }

            var role = await users.AddToRoleAsync(user, Roles.Admin);
            if (!role.Succeeded)
            {
                await users.DeleteAsync(user);
                return new SetupResult(false, [.. role.Errors.Select(e => e.Description)], null);
            }

            state.MarkHasUsers();
            return new SetupResult(true, [], user);
        }
        finally
        {
            state.SetupLock.Release();
        }
    }
}
