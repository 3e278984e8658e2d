using System.Collections.Frozen;

namespace Workbench.Core.Facts.Data;

/// <summary>The exonym table: an Indonesian name (one to four words) and the English forms that render it.</summary>
internal sealed class Exonyms
{
    private readonly FrozenDictionary<string, string[]> table;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Exonyms(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>? extra = null)
    {
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (ExonymData.Lines + "\n" + ExonymMoreData.Lines).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            map[line[..eq].Trim()] = line[(eq + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        foreach (var (name, forms) in extra ?? [])
        {
            map[name] = map.TryGetValue(name, out var known) ? [.. known, .. forms] : [.. forms];
        }

        table = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = table.Keys.Max(k => k.Count(c => c is ' ' or '-') + 1);
    }

    public static Exonyms Default { get; } = new();

    /// <summary>Longest key, in words (hyphens count as word breaks), so callers know how far to look ahead.</summary>
    public int MaxWords { get; }

    public bool TryGet(ReadOnlySpan<char> name, out string[] forms) => lookup.TryGetValue(name, out forms!);
}
