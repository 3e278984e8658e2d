using System.Net;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests;

/// <summary>The web root is the repository's top-level wwwroot/, served in every environment.</summary>
public class StaticFilesTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("favicon.png", "image/png")]
    public async Task Get_TopLevelWwwrootFile_ServesExactBytes(string file, string contentType)
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(TestPaths.RepositoryRoot(), "wwwroot", file), TestContext.Current.CancellationToken);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/" + file, UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(expected);
    }

    [Fact]
    public async Task Get_MissingFile_IsNotFound()
    {
        using var client = factory.CreateClient();

        (await client.GetAsync(new Uri("/no-such-file.css", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
