using Microsoft.Playwright;

namespace Workbench.EndToEnd.Infrastructure;

/// <summary>
/// Debian's Chromium driven by the Playwright driver that ships in the Microsoft.Playwright package
/// (no <c>playwright install</c>). If it cannot start, the tests fail: browser tests never skip.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    /// <summary>WORKBENCH_CHROMIUM overrides the executable (default /usr/bin/chromium).</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("WORKBENCH_CHROMIUM") is { Length: > 0 } path ? path : DefaultExecutable;

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {Executable}. Install it with `apt-get install -y chromium` (./test.sh does this), " +
                "or point WORKBENCH_CHROMIUM at a Chromium binary. End-to-end tests do not skip without a browser.");
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
            return new Chromium(playwright, browser);
        }
        catch (Exception ex)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium at {Executable} could not be launched: {ex.Message}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
    }
}
