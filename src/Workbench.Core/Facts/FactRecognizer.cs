using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Recognition;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts;

/// <summary>
/// Recognizes facts in the languages of <see cref="LanguageProfiles"/> (Indonesian "id", English "en"): quantities,
/// money, percentages, dates, times, quotations with their claimant, cited sources and proper names. Stateless and
/// thread-safe. Other languages are not recognized: ask <see cref="Supports"/> before calling.
/// </summary>
public static class FactRecognizer
{
    private static readonly Comparer<Fact> ByStart = Comparer<Fact>.Create(static (a, b) => a.Start.CompareTo(b.Start));

    /// <summary>True when the facts of <paramref name="language"/> ("id", "en-GB", "id_ID"…) can be recognized.</summary>
    public static bool Supports(string language) => LanguageProfiles.Find(language) is not null;

    /// <summary>All facts of <paramref name="text"/>, ordered by start (a quotation comes before the facts inside it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="lang">Its language code, e.g. "id", "en", "en-GB".</param>
    /// <exception cref="ArgumentException">
    /// The language has no profile (<see cref="Supports"/> is false): a caller's mistake, so it is not hidden behind an
    /// empty list that would read as "no facts". Callers that accept any language check <see cref="Supports"/> first.
    /// </exception>
    public static IReadOnlyList<Fact> Recognize(string text, string lang = "id") =>
        Recognize(text, LanguageProfiles.Get(lang, nameof(lang)));

    /// <summary>All facts of <paramref name="text"/> written in <paramref name="language"/>, ordered by start.</summary>
    public static IReadOnlyList<Fact> Recognize(string text, LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var lexicon = language.Lexicon;
        using var tokens = Lexer.Tokenize(text, lexicon);
        var facts = new List<Fact>();
        new FactParser(tokens, language, facts).Run();

        var values = facts.Count;

        // Names come in text order and the values are put in it, so one forward pass finds the values a name
        // overlaps (comparing every name with every value is quadratic: minutes for a few megabytes).
        facts.Sort(0, values, ByStart);
        var valueEnds = values == 0 ? [] : new int[values];
        for (var v = 0; v < values; v++)
        {
            valueEnds[v] = v == 0 ? facts[v].End : Math.Max(valueEnds[v - 1], facts[v].End);
        }

        var next = 0;
        var names = NameScanner.Scan(tokens, language, language.Exonyms);
        var openers = SentenceOpeners(tokens, names, language);
        foreach (var name in names)
        {
            var (start, end) = (tokens[name.First].Start, tokens[name.Last].End);
            while (next < values && valueEnds[next] <= start)
            {
                next++;
            }

            if ((!name.SentenceInitial || (openers is { } opener && opener.Contains(tokens.Chars(name.First)))) && !(next < values && facts[next].Start < end))
            {
                facts.Add(new Fact(start, end, FactKind.Name, FactValue.None));
            }
        }

        QuoteScanner.Scan(text, facts);

        var sentences = Sentences.Split(tokens);
        var claimants = new Attribution(tokens, lexicon).Scan(sentences, facts);
        AssignClaimants(tokens, sentences, claimants, facts);
        facts.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return facts;
    }

    /// <summary>
    /// The lone capitalised words opening a sentence that are names. Capitals say nothing there and no word list is
    /// complete, so the rest of the text decides: a word written in lower case elsewhere is a common word (Truk … truk);
    /// in English, whose list here is short, an opener is a name only as an acronym (NATO, WASHINGTON) or when the
    /// text names it mid-sentence too (Joe Biden … Biden said). Null when no name opens a sentence.
    /// </summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? SentenceOpeners(TokenList tokens, List<NameSpan> names, LanguageProfile language)
    {
        HashSet<string>? openers = null;
        HashSet<string>? named = null;
        foreach (var name in names)
        {
            if (name.SentenceInitial)
            {
                (openers ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(tokens.Chars(name.First).ToString());
            }
            else if (language.English)
            {
                for (var k = name.First; k <= name.Last; k++)
                {
                    (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens.Chars(k).ToString());
                }
            }
        }

        if (openers is null)
        {
            return null;
        }

        var lookup = openers.GetAlternateLookup<ReadOnlySpan<char>>();

        // Words equal ignoring case have equal lengths: hash only the lower-case words as long as some opener
        // (a bit per length, the last bit for 63 and longer), not every word of the text.
        var lengths = 0UL;
        foreach (var opener in openers)
        {
            lengths |= 1UL << Math.Min(opener.Length, 63);
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && (lengths & (1UL << Math.Min(tokens[k].Length, 63))) != 0 && lookup.Contains(tokens.Chars(k)))
            {
                lookup.Remove(tokens.Chars(k));
            }
        }

        if (language.English)
        {
            foreach (var name in names)
            {
                var word = tokens.Chars(name.First);
                if (name.SentenceInitial && !NameScanner.IsAcronym(tokens, name.First, language) && named?.Contains(word.ToString()) != true)
                {
                    lookup.Remove(word);
                }
            }
        }

        return lookup;
    }

    /// <summary>Quotations take the claimant of the sentence they end in; quantities that of their sentence.</summary>
    private static void AssignClaimants(TokenList tokens, List<Sentence> sentences, string?[] claimants, List<Fact> facts)
    {
        for (var f = 0; f < facts.Count; f++)
        {
            var fact = facts[f];
            if (fact.Kind is not (FactKind.Quote or FactKind.Quantity or FactKind.Money or FactKind.Percent))
            {
                continue;
            }

            var at = SentenceAt(tokens, sentences, fact.Kind == FactKind.Quote ? fact.End - 1 : fact.Start);
            var claimant = at >= 0 ? claimants[at] : null;
            if (claimant is null && fact.Kind == FactKind.Quote)
            {
                // "“…” ucapnya" can be split from its quote when the quote ends a sentence: look at the next one too.
                at = SentenceAt(tokens, sentences, fact.End);
                claimant = at >= 0 && tokens[sentences[at].First].Start <= fact.End + 3 ? claimants[at] : null;
            }

            if (claimant is not null)
            {
                facts[f] = fact with { Claimant = claimant };
            }
        }
    }

    private static int SentenceAt(TokenList tokens, List<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[sentences[mid].Last].End <= offset)
            {
                lo = mid + 1;
            }
            else if (tokens[sentences[mid].First].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
