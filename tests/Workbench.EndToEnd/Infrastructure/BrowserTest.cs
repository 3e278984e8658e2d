using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Workbench.EndToEnd.Infrastructure;

/// <summary>
/// Base class of the browser tests: opens browser contexts on the fixture's Chromium, and when a test
/// fails writes a screenshot of every open page, the browser console errors and the server's
/// warnings to test-output/failures/ and to the test output.
/// </summary>
public abstract partial class BrowserTest(AppFixture fixture) : IAsyncLifetime
{
    /// <summary>How long a self-retrying assertion or an action waits (CI has 2 cores and runs test projects side by side).</summary>
    public const float TimeoutMs = 20_000;

    private readonly List<(IBrowserContext Context, List<string> Console)> contexts = [];

    protected WorkbenchServer Server => fixture.Server;

    protected AppFixture Fixture => fixture;

    private int serverErrorsAtStart;

    public virtual ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        serverErrorsAtStart = fixture.Server.Log.Errors.Count();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Ends a test: no page shows Blazor's error bar ("Workbench lost its connection or hit an error")
    /// and the server logged no error since the test started (an unhandled exception kills a circuit).
    /// </summary>
    protected async Task ShouldHaveNoErrorsAsync()
    {
        foreach (var (context, _) in contexts)
        {
            foreach (var page in context.Pages)
            {
                await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync(new() { Timeout = 1000 });
            }
        }

        Server.Log.Errors.Skip(serverErrorsAtStart).ShouldBeEmpty("the server logged errors during the test");
    }

    /// <summary>A fresh browser context (its own cookies) with one page, at a desktop size.</summary>
    protected async Task<IPage> NewPageAsync(int width = 1440, int height = 900)
    {
        var context = await fixture.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(60_000);
        await context.AddInitScriptAsync(BlazorProbe.Script);
        var console = new List<string>();
        contexts.Add((context, console));
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (console)
                {
                    console.Add($"[{message.Type}] {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (console)
            {
                console.Add($"[pageerror] {error}");
            }
        };
        return page;
    }

    /// <summary>Signs in through the login form (a statically rendered page) and waits for the app's circuit.</summary>
    protected async Task SignInAsync(IPage page, string email, string password = WorkbenchServer.Password)
    {
        await page.GotoAsync(Server.Url("/Account/Login"));
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(LoginUrl());
        await page.WaitForCircuitAsync();
    }

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();

    /// <summary>Expects the locator to become visible; on timeout fails with <paramref name="because"/> (what a user would be stuck on).</summary>
    protected static async Task ExpectVisibleAsync(ILocator locator, string because)
    {
        try
        {
            await Assertions.Expect(locator).ToBeVisibleAsync();
        }
        catch (PlaywrightException ex)
        {
            throw new Xunit.Sdk.XunitException(because + Environment.NewLine + ex.Message);
        }
    }

    protected static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory(TestPaths.ScreenshotsFolder);
        return Path.Combine(TestPaths.ScreenshotsFolder, name);
    }

    /// <summary>Saves test-output/screenshots/{name}; with WORKBENCH_UPDATE_SCREENSHOTS=1 also docs/screenshots/{name}.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name, bool publish = false, bool fullPage = false)
    {
        var path = ScreenshotPath(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        if (publish && TestPaths.UpdateDocsScreenshots)
        {
            Directory.CreateDirectory(TestPaths.DocsScreenshotsFolder);
            File.Copy(path, Path.Combine(TestPaths.DocsScreenshotsFolder, name), overwrite: true);
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var output = TestContext.Current.TestOutputHelper;
        if (failed)
        {
            await RecordFailureAsync(output);
        }

        foreach (var (context, _) in contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task RecordFailureAsync(ITestOutputHelper? output)
    {
        var test = TestContext.Current.Test?.TestDisplayName ?? "test";
        var safe = Regex.Replace(test, "[^A-Za-z0-9_.-]+", "_");
        var folder = Path.Combine(TestPaths.OutputFolder, "failures");
        Directory.CreateDirectory(folder);
        var pageNumber = 0;
        foreach (var (context, console) in contexts)
        {
            foreach (var page in context.Pages)
            {
                pageNumber++;
                var shot = Path.Combine(folder, $"{safe}-page{pageNumber}.png");
                try
                {
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                    output?.WriteLine($"Page {pageNumber} at {page.Url}: screenshot {shot}");
                }
                catch (PlaywrightException ex)
                {
                    output?.WriteLine($"Page {pageNumber} at {page.Url}: no screenshot ({ex.Message})");
                }
            }

            lock (console)
            {
                foreach (var line in console)
                {
                    output?.WriteLine("browser console " + line);
                }
            }
        }

        foreach (var entry in Server.Log.Entries)
        {
            output?.WriteLine("server " + entry);
        }
    }
}
