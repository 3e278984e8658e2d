using System.Runtime.CompilerServices;

namespace Workbench.Core.Tests.Segmentation;

/// <summary>Locates the shared seed articles next to the repository (…/shared/seeds).</summary>
internal static class SeedArticle
{
    public const string FirstSeed = "000_314f7cf702c42731.txt";

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(SeedsDirectory(), fileName));

    // Builds may put binaries outside the repository (--artifacts-path), so the search also starts
    // from the working directory and from this source file's directory.
    private static string SeedsDirectory([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No 'shared/seeds' folder found above any of: {string.Join(", ", starts)}. The seed articles live in <repo>/../shared/seeds.");
    }
}
