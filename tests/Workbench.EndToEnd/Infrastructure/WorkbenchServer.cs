using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;

namespace Workbench.EndToEnd.Infrastructure;

/// <summary>
/// The real app (Production environment, a fresh SQLite file, migrations applied at start) listening
/// on a real socket, 127.0.0.1 and a free port, so a real browser can reach it.
/// </summary>
public sealed class WorkbenchServer : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery 42";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbench-e2e", Guid.NewGuid().ToString("N"));

    public WorkbenchServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        BaseUrl = address.TrimEnd('/');
    }

    /// <summary>For example http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; }

    public string DatabasePath => Path.Combine(folder, "data", "workbench.db");

    /// <summary>Circuits the server currently holds open (a browser tab with a live Blazor connection).</summary>
    public CircuitCounter Circuits => Services.GetRequiredService<CircuitCounter>();

    /// <summary>Warnings and errors the app logged, to explain a failure.</summary>
    public ServerLog Log { get; } = new();

    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Workbench", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Log);
        });
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<CircuitCounter>();
            services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CountingCircuitHandler>());
        });
    }

    /// <summary>Creates a user with the given roles directly through Identity (the UI path is covered by the first-run test).</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, string displayName, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            added.Succeeded.ShouldBeTrue(string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        scope.ServiceProvider.GetRequiredService<FirstRunState>().MarkHasUsers();
        return user;
    }

    /// <summary>The principal Identity puts in the user's cookie (roles and display name included).</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(ApplicationUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
    }

    /// <summary>Imports a document the way the "New document" page does, as <paramref name="importer"/>.</summary>
    public async Task<int> ImportAsync(ApplicationUser importer, string title, string text)
    {
        var actor = await PrincipalAsync(importer);
        await using var scope = Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<DocumentService>();
        var outcome = await documents.ImportAsync(actor, new DocumentMetadata(title, null, "Test desk", null, "id", "en"), text);
        outcome.Succeeded.ShouldBeTrue(string.Join(" ", outcome.Errors));
        return outcome.DocumentId!.Value;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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

/// <summary>Counts the Blazor circuits the server holds open.</summary>
public sealed class CircuitCounter
{
    private int open;
    private int total;

    public int Open => Volatile.Read(ref open);

    public int TotalOpened => Volatile.Read(ref total);

    internal void Opened()
    {
        Interlocked.Increment(ref open);
        Interlocked.Increment(ref total);
    }

    internal void Closed() => Interlocked.Decrement(ref open);
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "Created by dependency injection (registered in ConfigureWebHost above).")]
internal sealed class CountingCircuitHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Closed();
        return Task.CompletedTask;
    }
}

/// <summary>An in-memory logger provider keeping the app's warnings and errors.</summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyCollection<string> Entries => entries;

    public IEnumerable<string> Errors => entries.Where(e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.entries.Enqueue($"{logLevel} {DateTime.UtcNow:HH:mm:ss.fff} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
