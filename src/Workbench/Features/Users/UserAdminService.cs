using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workbench.Features.Accounts;

namespace Workbench.Features.Users;

public sealed record UserSummary(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    bool IsDisabled,
    bool IsLockedOut,
    DateTime CreatedAt);

public sealed record NewUser(string DisplayName, string Email, string Password, IReadOnlyCollection<string> Roles);

public sealed record AdminResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AdminResult Ok { get; } = new(true, []);

    public static AdminResult Fail(params string[] errors) => new(false, errors);

    public static AdminResult From(IdentityResult result) => result.Succeeded ? Ok : new(false, [.. result.Errors.Select(e => e.Description)]);
}

/// <summary>
/// User administration for Admins. Each call checks the caller's role itself (pages hide buttons,
/// but the server decides) and runs in its own DI scope, so Identity's DbContext lives only for
/// that one operation even though the calling circuit lives for hours.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, IAuthorizationService authorization, TimeProvider clock, ILogger<UserAdminService> logger)
{
    private const int MaxPasswordLength = 128;

    public async Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await DemandAdminAsync(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            result.Add(new UserSummary(user.Id, user.DisplayName, user.Email ?? "", [.. Roles.All.Where(roles.Contains)],
                user.IsDisabled, user.LockoutEnd is { } end && end > now, user.CreatedAt));
        }

        return result;
    }

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal actor, NewUser request)
    {
        await DemandAdminAsync(actor);
        if (Validate(request) is { Count: > 0 } errors)
        {
            return new AdminResult(false, errors);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            // Identity would report the same clash twice (user name and email are both the address).
            return AdminResult.Fail($"There is already a user with the email {email}.");
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return AdminResult.From(created);
        }

        var roles = await users.AddToRolesAsync(user, request.Roles.Distinct());
        if (!roles.Succeeded)
        {
            await users.DeleteAsync(user);
            return AdminResult.From(roles);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.UserCreated(WorkbenchClaims.NameOf(actor), email, string.Join(",", request.Roles));
        }

        return AdminResult.Ok;
    }

    public Task<AdminResult> SetRolesAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> roles)
        => WithUserAsync(actor, userId, async (users, user) =>
        {
            if (roles.Any(r => !Roles.All.Contains(r)))
            {
                return AdminResult.Fail("Unknown role.");
            }

            var current = await users.GetRolesAsync(user);
            if (current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin) && await IsLastActiveAdminAsync(users, user))
            {
                return AdminResult.Fail("Workbench needs at least one active Admin; give another user the Admin role first.");
            }

            var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
            if (!removed.Succeeded)
            {
                return AdminResult.From(removed);
            }

            var added = await users.AddToRolesAsync(user, roles.Except(current));
            if (added.Succeeded)
            {
                // Identity does not rotate the stamp for role changes; without this, open circuits
                // would keep the old roles for as long as they live.
                await users.UpdateSecurityStampAsync(user);
            }

            return AdminResult.From(added);
        });

    public Task<AdminResult> ResetPasswordAsync(ClaimsPrincipal actor, string userId, string newPassword)
        => WithUserAsync(actor, userId, async (users, user) =>
        {
            if (PasswordError(newPassword) is { } passwordError)
            {
                return AdminResult.Fail(passwordError);
            }

            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (reset.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }

            return AdminResult.From(reset);
        });

    public Task<AdminResult> SetDisabledAsync(ClaimsPrincipal actor, string userId, bool disabled)
        => WithUserAsync(actor, userId, async (users, user) =>
        {
            if (disabled && user.Id == WorkbenchClaims.IdOf(actor))
            {
                return AdminResult.Fail("You cannot disable your own account.");
            }

            if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(users, user))
            {
                return AdminResult.Fail("Workbench needs at least one active Admin.");
            }

            user.IsDisabled = disabled;
            var updated = await users.UpdateAsync(user);
            if (updated.Succeeded)
            {
                // Ends the user's existing sign-ins (cookie and open circuits check the stamp).
                await users.UpdateSecurityStampAsync(user);
            }

            return AdminResult.From(updated);
        });

    public Task<AdminResult> UnlockAsync(ClaimsPrincipal actor, string userId)
        => WithUserAsync(actor, userId, async (users, user) =>
        {
            await users.ResetAccessFailedCountAsync(user);
            return AdminResult.From(await users.SetLockoutEndDateAsync(user, null));
        });

    internal static List<string> Validate(NewUser request)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors.Add("Enter a name.");
        }
        else if (request.DisplayName.Trim().Length > ApplicationUser.DisplayNameMaxLength)
        {
            errors.Add($"The name can be at most {ApplicationUser.DisplayNameMaxLength} characters long.");
        }

        if (string.IsNullOrWhiteSpace(request.Email) || request.Email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(request.Email.Trim()))
        {
            errors.Add("Enter a valid email address.");
        }

        if (request.Roles.Count == 0)
        {
            errors.Add("Choose at least one role.");
        }
        else if (request.Roles.Any(r => !Roles.All.Contains(r)))
        {
            errors.Add("Unknown role.");
        }

        if (PasswordError(request.Password) is { } passwordError)
        {
            errors.Add(passwordError);
        }

        return errors;
    }

    // Length and character rules come from Identity's password options when the password is set.
    private static string? PasswordError(string? password)
        => string.IsNullOrEmpty(password) ? "Enter a password."
            : password.Length > MaxPasswordLength ? $"The password can be at most {MaxPasswordLength} characters long."
            : null;

    private async Task<AdminResult> WithUserAsync(ClaimsPrincipal actor, string userId,
        Func<UserManager<ApplicationUser>, ApplicationUser, Task<AdminResult>> action)
    {
        await DemandAdminAsync(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail("That user no longer exists.");
        }

        var result = await action(users, user);
        if (result.Succeeded && logger.IsEnabled(LogLevel.Information))
        {
            logger.UserChanged(WorkbenchClaims.NameOf(actor), user.Email);
        }

        return result;
    }

    private static async Task<bool> IsLastActiveAdminAsync(UserManager<ApplicationUser> users, ApplicationUser user)
        => (await users.GetUsersInRoleAsync(Roles.Admin)).All(u => u.Id == user.Id || u.IsDisabled);

    private async Task DemandAdminAsync(ClaimsPrincipal actor)
    {
        if (!(await authorization.AuthorizeAsync(actor, Policies.ManageUsers)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only administrators can manage users.");
        }
    }
}
