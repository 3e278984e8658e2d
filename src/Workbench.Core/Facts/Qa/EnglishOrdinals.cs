using System.Collections.Frozen;
using System.Globalization;
using Workbench.Core.Data;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// English ordinal words from 1 to 99: first … twentieth, twenty-first … ninety-ninth, both ways. The words of 1–19 and
/// of the tens are data (Data/en/ordinals.tsv); the compounds are built from them.
/// </summary>
internal static class EnglishOrdinals
{
    /// <summary>The ordinal word of each value (index = value; index 0 is empty).</summary>
    public static IReadOnlyList<string> Words { get; } = Build();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Values = Words
        .Select((word, value) => (word, value)).Where(p => p.value > 0)
        .ToFrozenDictionary(p => p.word, p => p.value, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of an ordinal word (fifteenth = 15, twenty-first = 21), or null.</summary>
    public static int? Value(ReadOnlySpan<char> word) => Values.TryGetValue(word, out var value) ? value : null;

    private static string[] Build()
    {
        var table = DataFiles.Load("en/ordinals.tsv");
        var words = new string[100];
        foreach (var row in table.Rows)
        {
            words[int.Parse(row[table.Column("value")], CultureInfo.InvariantCulture)] = row[table.Column("word")];
        }

        words[0] = string.Empty;
        for (var v = 21; v < 100; v++)
        {
            if (v % 10 != 0)
            {
                // twentieth → twenty-first
                var tens = words[v / 10 * 10];
                words[v] = $"{tens[..^4]}y-{words[v % 10]}";
            }
        }

        if (Array.IndexOf(words, null) is var missing and >= 0)
        {
            throw new InvalidDataException($"{table.Name} has no ordinal for {missing}.");
        }

        return words;
    }
}
