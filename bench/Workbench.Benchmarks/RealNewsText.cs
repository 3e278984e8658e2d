using System.Text;
using System.Text.Json;

namespace Workbench.Benchmarks;

/// <summary>
/// Real Indonesian news prose for the recognition benchmark: the paragraphs of shared/seeds/*.txt and the Indonesian
/// sources of the QA test sets (tests/Workbench.Core.Tests/Facts/Qa/*.jsonl), both found by walking up from the
/// benchmark's folder. Repeated in a fixed order until the requested size is reached.
/// </summary>
internal static class RealNewsText
{
    public static List<string> Paragraphs(int bytes)
    {
        var unique = Load();
        var paragraphs = new List<string>();
        var total = 0;
        for (var i = 0; total < bytes; i++)
        {
            var text = unique[i % unique.Count];
            paragraphs.Add(text);
            total += Encoding.UTF8.GetByteCount(text) + 1;
        }

        return paragraphs;
    }

    private static List<string> Load()
    {
        var paragraphs = new List<string>();
        var seeds = FindUp(Path.Combine("shared", "seeds"));
        if (seeds is not null)
        {
            foreach (var file in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
            {
                paragraphs.AddRange(File.ReadAllText(file).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        var sets = FindUp(Path.Combine("tests", "Workbench.Core.Tests", "Facts", "Qa"))
            ?? throw new DirectoryNotFoundException("tests/Workbench.Core.Tests/Facts/Qa (the QA test sets) was not found above " + AppContext.BaseDirectory);
        foreach (var file in Directory.EnumerateFiles(sets, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("source", out var source) && source.GetString() is { Length: > 0 } text)
                {
                    paragraphs.Add(text);
                }
            }
        }

        return paragraphs;
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            var beside = Path.Combine(dir.FullName, "..", relative);
            if (Directory.Exists(beside))
            {
                return Path.GetFullPath(beside);
            }
        }

        return null;
    }
}
