namespace Workbench.EndToEnd.Infrastructure;

/// <summary>
/// One app (fresh database) and one Chromium for a test class. Each test opens its own browser
/// context(s) through <see cref="BrowserTest"/>, so cookies and storage never leak between tests.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private WorkbenchServer? server;
    private Chromium? chromium;

    public WorkbenchServer Server => server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public Chromium Chromium => chromium ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        // Start the browser first: if Chromium is missing, fail fast with the clear message.
        chromium = await Chromium.LaunchAsync();
        server = new WorkbenchServer();
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
