using System.Runtime.CompilerServices;

namespace Workbench.Core.Tests;

/// <summary>Finds data files by walking up from the test binaries, then (for out-of-tree artifacts) from this source file.</summary>
internal static class TestFiles
{
    public static string Find(string relativePath, [CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"'{relativePath}' was not found above {AppContext.BaseDirectory} or {sourceFile}; the test needs it in the repository checkout.");
    }

    /// <summary>This folder's own data file (the source tree, since the test project does not copy it).</summary>
    public static string Here(string fileName, [CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, fileName);
}
