using System.Collections.Frozen;
using Workbench.Core.Data;

namespace Workbench.Core.Segmentation;

/// <summary>
/// Language-dependent word lists (Data/&lt;lang&gt;/abbreviations.tsv, heading-function-words.tsv). Abbreviations are the forms that never end a sentence (titles,
/// "Jl.", "No.", months), matched case-sensitively without the final dot. Forms like "dll." that may
/// end a sentence are deliberately absent: they continue the sentence when a lowercase word follows.
/// </summary>
internal sealed record LanguageRules(FrozenSet<string> Abbreviations, FrozenSet<string> HeadingFunctionWords)
{
    private static IEnumerable<string> SharedAbbreviations => Words("common/abbreviations.tsv");

    private static IEnumerable<string> IndonesianAbbreviations => Words("id/abbreviations.tsv");

    private static IEnumerable<string> EnglishAbbreviations => Words("en/abbreviations.tsv");

    private static IEnumerable<string> IndonesianFunctionWords => Words("id/heading-function-words.tsv");

    private static IEnumerable<string> EnglishFunctionWords => Words("en/heading-function-words.tsv");

    public static LanguageRules Indonesian { get; } = Create(IndonesianAbbreviations, IndonesianFunctionWords);

    public static LanguageRules English { get; } = Create(EnglishAbbreviations, EnglishFunctionWords);

    /// <summary>Unknown languages get both lists: news in other languages quotes both freely.</summary>
    public static LanguageRules Combined { get; } =
        Create([.. IndonesianAbbreviations, .. EnglishAbbreviations], [.. IndonesianFunctionWords, .. EnglishFunctionWords]);

    /// <summary>Picks rules by the primary subtag of a BCP-47 code ("id-ID" → Indonesian; legacy "in" too).</summary>
    public static LanguageRules For(string? language)
    {
        var primary = (language ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "id" or "in" => Indonesian,
            "en" => English,
            _ => Combined,
        };
    }

    private static IEnumerable<string> Words(string file)
    {
        var table = DataFiles.Load(file);
        return table.Values(table.Columns[0]);
    }

    private static LanguageRules Create(IEnumerable<string> abbreviations, IEnumerable<string> functionWords) => new(
        abbreviations.Concat(SharedAbbreviations).ToFrozenSet(StringComparer.Ordinal),
        functionWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}
