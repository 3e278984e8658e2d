using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Workbench.Core.Segmentation;

/// <summary>
/// Language-dependent word lists. Abbreviations are the forms that never end a sentence (titles,
/// "Jl.", "No.", months), matched case-sensitively without the final dot. Forms like "dll." that may
/// end a sentence are deliberately absent: they continue the sentence when a lowercase word follows.
/// </summary>
internal sealed record LanguageRules(FrozenSet<string> Abbreviations, FrozenSet<string> HeadingFunctionWords)
{
    private static readonly ImmutableArray<string> SharedAbbreviations =
    [
        "Dr", "dr", "Prof", "Mr", "Mrs", "Ms", "St", "No", "Nos", "Vol", "vol", "hal", "Hal", "hlm", "Hlm",
        "vs", "Vs", "Fig", "Jr", "Sr",

        // Month abbreviations of both languages: Indonesian copy quotes English dates and vice versa.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Aug", "Sep", "Sept", "Okt", "Oct",
        "Nov", "Des", "Dec",
    ];

    private static readonly ImmutableArray<string> IndonesianAbbreviations =
    [
        "Jl", "Jln", "Gg", "Kel", "Kec", "Kab", "Prov", "Ir", "Hj", "Drs", "Dra", "drg", "KH", "Sdr", "Sdri",
        "Bpk", "Bp", "Ny", "Tn", "Nn", "Rp", "Tbk", "Kol", "Jend", "Letjen", "Mayjen", "Brigjen", "Laksda",
        "Marsda", "Kapt", "Pdt", "Telp", "Tlp", "tdk", "yg", "dgn", "utk", "dlm", "krn", "sbg", "thn", "tgl", "Tgl",
    ];

    private static readonly ImmutableArray<string> EnglishAbbreviations =
    [
        "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Rev", "Hon", "Adm", "Maj", "Brig", "Cmdr",
        "Supt", "Insp", "Mt", "Ft", "Ave", "Blvd", "Rd", "approx", "Messrs",
    ];

    private static readonly ImmutableArray<string> IndonesianFunctionWords =
    [
        "di", "ke", "dari", "dan", "yang", "untuk", "atau", "dengan", "pada", "dalam", "oleh", "bagi", "serta",
        "kepada", "terhadap", "tentang", "sebagai", "karena", "bahwa", "agar", "hingga", "sampai", "soal",
    ];

    private static readonly ImmutableArray<string> EnglishFunctionWords =
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "as", "into", "over", "up", "via", "per", "vs",
    ];

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

    private static LanguageRules Create(IEnumerable<string> abbreviations, IEnumerable<string> functionWords) => new(
        abbreviations.Concat(SharedAbbreviations).ToFrozenSet(StringComparer.Ordinal),
        functionWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}
