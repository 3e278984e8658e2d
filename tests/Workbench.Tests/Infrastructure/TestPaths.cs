using System.Runtime.CompilerServices;

namespace Workbench.Tests.Infrastructure;

/// <summary>Locates the repository (the folder holding Workbench.sln) and the shared seed articles.</summary>
internal static class TestPaths
{
    public const string FirstSeed = "000_314f7cf702c42731.txt";

    /// <summary>The repository root: the nearest folder above the test binaries (or this source file) with Workbench.sln.</summary>
    public static string RepositoryRoot() => FindUp(dir => File.Exists(Path.Combine(dir, "Workbench.sln")) ? dir : null, "Workbench.sln");

    /// <summary>The shared/seeds folder (next to or above the repository).</summary>
    public static string SeedsDirectory() => FindUp(dir =>
    {
        var seeds = Path.Combine(dir, "shared", "seeds");
        return Directory.Exists(seeds) ? seeds : null;
    }, "shared/seeds");

    public static string ReadSeed(string fileName = FirstSeed)
    {
        var path = Path.Combine(SeedsDirectory(), fileName);
        File.Exists(path).ShouldBeTrue($"The seed article {path} is missing.");
        return File.ReadAllText(path);
    }

    // Builds may put binaries outside the repository (--artifacts-path), so the search also starts
    // from the working directory and from this source file's folder.
    private static string FindUp(Func<string, string?> probe, string what, [CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile) ?? ""];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (probe(dir.FullName) is { } found)
                {
                    return found;
                }
            }
        }

        throw new DirectoryNotFoundException($"No '{what}' found above any of: {string.Join(", ", starts)}.");
    }
}
