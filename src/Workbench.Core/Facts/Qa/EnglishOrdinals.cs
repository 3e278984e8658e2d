using System.Collections.Frozen;

namespace Workbench.Core.Facts.Qa;

/// <summary>English ordinal words from 1 to 99: first … twentieth, twenty-first … ninety-ninth, both ways.</summary>
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
        string[] units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var words = new string[100];
        words[0] = string.Empty;
        for (var v = 1; v < 100; v++)
        {
            words[v] = v < 20 ? units[v] : v % 10 == 0 ? string.Concat(tens[v / 10].AsSpan(0, tens[v / 10].Length - 1), "ieth") : $"{tens[v / 10]}-{units[v % 10]}";
        }

        return words;
    }
}
