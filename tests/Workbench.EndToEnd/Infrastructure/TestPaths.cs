using System.Reflection;

namespace Workbench.EndToEnd.Infrastructure;

/// <summary>Folders the end-to-end tests read from (seeds) and write to (screenshots, logs).</summary>
public static class TestPaths
{
    /// <summary>The repository root, recorded at build time (the build may use an artifacts path outside the tree).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>test-output/ at the repository root (gitignored).</summary>
    public static string OutputFolder => Path.Combine(RepositoryRoot, "test-output");

    public static string ScreenshotsFolder => Path.Combine(OutputFolder, "screenshots");

    /// <summary>docs/screenshots/ (committed; only written when WORKBENCH_UPDATE_SCREENSHOTS=1).</summary>
    public static string DocsScreenshotsFolder => Path.Combine(RepositoryRoot, "docs", "screenshots");

    public static bool UpdateDocsScreenshots =>
        Environment.GetEnvironmentVariable("WORKBENCH_UPDATE_SCREENSHOTS") == "1";

    /// <summary>
    /// The shared seed articles: the first shared/seeds folder found walking up from the test binaries
    /// or from the repository root (CI clones the repository with ../shared beside it).
    /// WORKBENCH_SEEDS overrides the search.
    /// </summary>
    public static string SeedsFolder()
    {
        var overridden = Environment.GetEnvironmentVariable("WORKBENCH_SEEDS");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Directory.Exists(overridden)
                ? overridden
                : throw new DirectoryNotFoundException($"WORKBENCH_SEEDS points at '{overridden}', which does not exist.");
        }

        var searched = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, RepositoryRoot })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                searched.Add(candidate);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "The seed articles (a folder shared/seeds) were not found. CI checks the repository out with ../shared beside it; " +
            "locally, put the shared folder next to the repository or set WORKBENCH_SEEDS. Searched:" +
            Environment.NewLine + string.Join(Environment.NewLine, searched.Distinct()));
    }

    public static string ReadSeed(string fileName)
    {
        var path = Path.Combine(SeedsFolder(), fileName);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"The seed article '{fileName}' is missing from {SeedsFolder()}.", path);
    }

    private static string FindRepositoryRoot()
    {
        var recorded = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (!string.IsNullOrEmpty(recorded) && File.Exists(Path.Combine(recorded, "Workbench.sln")))
        {
            return recorded;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workbench.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Workbench.sln was not found above {AppContext.BaseDirectory} (recorded root: '{recorded}').");
    }
}
