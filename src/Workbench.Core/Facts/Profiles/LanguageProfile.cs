using System.Collections.Frozen;
using Workbench.Core.Data;
using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Recognition;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Profiles;

/// <summary>
/// What the facts engine knows about one language: how it writes numbers, its month and day names, its number,
/// unit and currency words, its negators, the names it writes differently from English, and which of the engine's
/// hand-written word-order rules apply to it. Obtained from <see cref="LanguageProfiles"/>; immutable and
/// thread-safe. The word lists are data files (src/Workbench.Core/Data), loaded once on first use.
/// </summary>
public sealed class LanguageProfile
{
    private readonly Lazy<Lexicon> lexicon;
    private readonly Lazy<NegationVocabulary> negation;
    private readonly Lazy<QualifierPhrases.Phrase[]> qualifierPhrases;
    private readonly Lazy<FrozenSet<string>> commonWords;
    private readonly Lazy<Exonyms>? exonyms;

    /// <summary>A profile whose word lists are the data files of Data/&lt;<paramref name="code"/>&gt;/, read on first use.</summary>
    internal LanguageProfile(string code, string name, LanguageGrammar grammar, char decimalSeparator, char groupSeparator, string numberExample)
    {
        Code = code;
        Name = name;
        Grammar = grammar;
        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        NumberExample = numberExample;
        qualifierPhrases = new(() => Recognition.QualifierPhrases.Load(code));
        lexicon = new(() => Lexicon.Load(code, QualifierPhrases));
        negation = new(() => NegationVocabulary.Load(code));

        // Every file named common-words*.tsv of the language: the general list and the topical ones beside it.
        commonWords = new(() => DataFiles.Names.Where(n => n.StartsWith($"{code}/common-words", StringComparison.Ordinal))
            .SelectMany(n => DataFiles.Load(n).Values("word")).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        exonyms = DataFiles.Exists($"{code}/exonyms.tsv") ? new(() => new Exonyms(DataFiles.Load($"{code}/exonyms.tsv"))) : null;
    }

    /// <summary>The primary language subtag: "id", "en".</summary>
    public string Code { get; }

    /// <summary>The language's English name: "Indonesian".</summary>
    public string Name { get; }

    /// <summary>The decimal separator of the language's numerals: ',' in Indonesian (2,5), '.' in English (2.5).</summary>
    public char DecimalSeparator { get; }

    /// <summary>The thousands separator: '.' in Indonesian (10.000), ',' in English (10,000).</summary>
    public char GroupSeparator { get; }

    /// <summary>How the language writes ten thousand and two and a half, for messages: "10.000 dan 2,5".</summary>
    public string NumberExample { get; }

    /// <summary>The full month names, January first, in lower case as the lexicon holds them.</summary>
    public IReadOnlyList<string> MonthNames => Lexicon.MonthNames;

    /// <summary>The day names, Sunday first (as <see cref="DayOfWeek"/>), in lower case.</summary>
    public IReadOnlyList<string> DayNames => Lexicon.DayNames;

    /// <summary>Which hand-written rules of word order and idiom (C#, not data) read this language.</summary>
    internal LanguageGrammar Grammar { get; }

    /// <summary>Shorthand for the English rules (a.m./p.m., month-first dates, "a hundred", n't…).</summary>
    internal bool English => Grammar == LanguageGrammar.English;

    /// <summary>Number, date, time, unit and currency words.</summary>
    internal Lexicon Lexicon => lexicon.Value;

    internal NegationVocabulary Negation => negation.Value;

    /// <summary>Multi-word qualifiers before a quantity (more than, lebih dari).</summary>
    internal QualifierPhrases.Phrase[] QualifierPhrases => qualifierPhrases.Value;

    /// <summary>
    /// Ordinary words of the language (common-words*.tsv) that are not names when capitalised: titles, institutions,
    /// calendar words. Indonesian also recognizes derived forms of them (<see cref="IndonesianVocabulary"/>).
    /// </summary>
    internal FrozenSet<string> CommonWords => commonWords.Value;

    /// <summary>One word list of the language, Data/&lt;code&gt;/&lt;<paramref name="list"/>&gt;.tsv, by its first column.</summary>
    internal FrozenSet<string> WordList(string list)
    {
        var table = DataFiles.Load($"{Code}/{list}.tsv");
        return table.Set(table.Columns[0]);
    }

    /// <summary>Names of this language that English writes differently (Korea Utara → North Korea); null when none are known.</summary>
    internal Exonyms? Exonyms => exonyms?.Value;

    public override string ToString() => $"{Code} ({Name})";
}

/// <summary>The families of hand-written rules the engine has; a new language picks the one its grammar follows.</summary>
internal enum LanguageGrammar
{
    Indonesian,
    English,
}

/// <summary>
/// A language's negation words. <see cref="Core"/> negators must be answered by the other side; <see cref="Loose"/>
/// are the looser ways a text may carry the same negation (unable, denied, menolak…) and only excuse.
/// </summary>
internal sealed class NegationVocabulary(
    FrozenSet<string> core,
    FrozenSet<string> loose,
    FrozenSet<string> litotes,
    FrozenSet<string> opposition,
    FrozenSet<string> keep,
    FrozenSet<string> notNegativePrefix)
{
    /// <summary>The lists of Data/&lt;code&gt;/negation.tsv by their kind; a kind the file lacks is empty.</summary>
    public static NegationVocabulary Load(string code)
    {
        var table = DataFiles.Load($"{code}/negation.tsv");
        FrozenSet<string> Kind(string kind) => table.Set("word", "kind", kind);
        return new NegationVocabulary(Kind("core"), Kind("loose"), Kind("litotes"), Kind("opposition"), Kind("keep"), Kind("not-negative-prefix"));
    }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Core { get; } = core.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Loose { get; } = loose.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after a negator that make a litotes, translated without a negation (tidak jauh → near).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Litotes { get; } = litotes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words another language's loose negative translates without a negation: melawan → against.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Opposition { get; } = opposition.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of "stay out", "keep away".</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Keep { get; } = keep.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that start like a negative prefix (un-) without being negations: under, union.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNegativePrefix { get; } = notNegativePrefix.GetAlternateLookup<ReadOnlySpan<char>>();
}
