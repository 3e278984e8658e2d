using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;

namespace Workbench.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh SQLite file (migrations applied at start, as in production). Each
/// factory gets its own database, so tests never see each other's data. Set <see cref="EnvironmentName"/>,
/// <see cref="Settings"/> or <see cref="TestServices"/> before the first use (the host starts lazily).
/// </summary>
public class WorkbenchFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery 42";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The configured data folder; it does not exist until the app starts.</summary>
    public string DataFolder => Path.Combine(folder, "data");

    public string DatabasePath => Path.Combine(DataFolder, "workbench.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();

    public string EnvironmentName { get; init; } = "Production";

    /// <summary>Extra configuration (passed like command-line settings, so it wins over appsettings).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Replaces or decorates app services after the app registered its own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Workbench", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        // Same hash format, far fewer PBKDF2 rounds: every created user and sign-in hashes a password.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    /// <summary>Starts the app (database created and migrated) if it is not running yet.</summary>
    public void Start() => _ = Server;

    public static string UniqueEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)] + "@test.local";

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

    /// <summary>A new user with a unique email and the given roles, and the principal their cookie would carry.</summary>
    public async Task<(ApplicationUser User, ClaimsPrincipal Principal)> CreateActorAsync(params string[] roles)
    {
        var user = await CreateUserAsync(UniqueEmail(roles.Length == 0 ? "nobody" : roles[0].ToLowerInvariant()), roles);
        return (user, await PrincipalAsync(user));
    }

    public WorkbenchDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();

    /// <summary>Runs <paramref name="action"/> with a scoped service, as one Blazor operation would.</summary>
    public async Task<TResult> WithServiceAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Imports <paramref name="text"/> as <paramref name="actor"/> and returns the new document's id.</summary>
    public async Task<int> ImportAsync(ClaimsPrincipal actor, string text, string title = "Test document", IReadOnlySet<int>? flipped = null)
    {
        var outcome = await WithServiceAsync<DocumentService, ImportOutcome>(documents => documents.ImportAsync(
            actor, new DocumentMetadata(title, null, null, null, "id", "en"), text, flipped, cancellationToken: TestContext.Current.CancellationToken));
        outcome.Errors.ShouldBeEmpty();
        return outcome.DocumentId!.Value;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // Only this factory's pool: other factories run in parallel.
            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless; never fail a test over cleanup.
            }
        }
    }
}
