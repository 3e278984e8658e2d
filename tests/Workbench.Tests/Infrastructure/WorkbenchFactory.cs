using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Features.Accounts;

namespace Workbench.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh SQLite file (migrations applied at start, as in production). Each
/// factory gets its own database, so tests never see each other's data.
/// </summary>
public class WorkbenchFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(folder, "data", "workbench.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Workbench", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Creates a user with the given roles directly through Identity.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            (await users.AddToRolesAsync(user, roles)).Succeeded.ShouldBeTrue();
        }

        scope.ServiceProvider.GetRequiredService<FirstRunState>().MarkHasUsers();
        return user;
    }

    /// <summary>The principal Identity would put in the user's cookie (roles and display name included).</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(ApplicationUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test over cleanup.
            }
        }
    }
}
