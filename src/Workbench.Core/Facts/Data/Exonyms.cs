using System.Collections.Frozen;
using Workbench.Core.Data;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Data;

/// <summary>
/// The exonym table: an Indonesian name (one to four words) and the English forms that render it, from
/// Data/id/exonyms.tsv (name, english; the forms separated by " | "), plus a newsroom's glossary.
/// </summary>
internal sealed class Exonyms
{
    private readonly FrozenDictionary<string, string[]> table;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> longestByFirstWord;
    private readonly bool allStartWithWord = true;

    public Exonyms(DataTable data, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>? extra = null)
    {
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        int nameColumn = data.Column("name"), englishColumn = data.Column("english");
        foreach (var row in data.Rows)
        {
            map[row[nameColumn]] = row[englishColumn].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        foreach (var (name, forms) in extra ?? [])
        {
            map[name] = map.TryGetValue(name, out var known) ? [.. known, .. forms] : [.. forms];
        }

        table = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = table.Keys.Max(k => k.Count(c => c is ' ' or '-') + 1);

        // Index the keys by their first word as the lexer would cut it, so a capitalised word that starts no exonym
        // (most of them) costs one lookup instead of one per window of up to MaxWords words. A key that does not start
        // with a word would slip past that index, so then every window is tried as before.
        var firstWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in table.Keys)
        {
            if (key.Length == 0 || !Lexer.IsLetter(key[0]))
            {
                allStartWithWord = false;
                continue;
            }

            var first = key[..Lexer.ScanWord(key, 0)];
            firstWords[first] = Math.Max(firstWords.GetValueOrDefault(first), key.Length);
        }

        longestByFirstWord = firstWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in table (Indonesian names), without a glossary.</summary>
    public static Exonyms Default => LanguageProfiles.Indonesian.Exonyms!;

    /// <summary>The built-in table with a newsroom's glossary added (Kementerian Pertahanan → Defense Ministry).</summary>
    public static Exonyms WithGlossary(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> glossary) =>
        new(DataFiles.Load($"{LanguageProfiles.Indonesian.Code}/exonyms.tsv"), glossary);

    /// <summary>Longest key, in words (hyphens count as word breaks), so callers know how far to look ahead.</summary>
    public int MaxWords { get; }

    public bool TryGet(ReadOnlySpan<char> name, out string[] forms) => lookup.TryGetValue(name, out forms!);

    /// <summary>
    /// The length in characters of the longest key that starts with the word <paramref name="firstWord"/> (a whole
    /// word token as the lexer cuts it), 0 when none does: no text starting with that word can be a key longer than that.
    /// </summary>
    public int LongestStartingWith(ReadOnlySpan<char> firstWord) =>
        !allStartWithWord ? int.MaxValue : longestByFirstWord.TryGetValue(firstWord, out var length) ? length : 0;
}
