using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Recognition;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts;

/// <summary>
/// Recognizes facts in Indonesian ("id") or English ("en") text: quantities, money, percentages, dates, times,
/// quotations with their claimant, cited sources and proper names. Stateless and thread-safe.
/// </summary>
public static class FactRecognizer
{
    private static readonly Comparer<Fact> ByStart = Comparer<Fact>.Create(static (a, b) => a.Start.CompareTo(b.Start));

    /// <summary>All facts of <paramref name="text"/>, ordered by start (a quotation comes before the facts inside it).</summary>
    public static IReadOnlyList<Fact> Recognize(string text, string lang = "id")
    {
        ArgumentNullException.ThrowIfNull(text);
        var english = IsEnglish(lang);
        var lexicon = english ? Lexicon.English : Lexicon.Indonesian;
        using var tokens = Lexer.Tokenize(text, lexicon);
        var facts = new List<Fact>();
        new FactParser(tokens, lexicon, english, facts).Run();

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
        var names = NameScanner.Scan(tokens, english, Exonyms.Default);
        var openers = SentenceOpeners(tokens, names, english);
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
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? SentenceOpeners(TokenList tokens, List<NameSpan> names, bool english)
    {
        HashSet<string>? openers = null;
        HashSet<string>? named = null;
        foreach (var name in names)
        {
            if (name.SentenceInitial)
            {
                (openers ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(tokens.Chars(name.First).ToString());
            }
            else if (english)
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

        if (english)
        {
            foreach (var name in names)
            {
                var word = tokens.Chars(name.First);
                if (name.SentenceInitial && !NameScanner.IsAcronym(tokens, name.First, true) && named?.Contains(word.ToString()) != true)
                {
                    lookup.Remove(word);
                }
            }
        }

        return lookup;
    }

    /// <summary>True for "en" and "en-…"; false for "id" and "id-…"; other languages are not supported.</summary>
    public static bool IsEnglish(string lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        if (lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) && (lang.Length == 2 || lang[2] is '-' or '_'))
        {
            return true;
        }

        if (lang.StartsWith("id", StringComparison.OrdinalIgnoreCase) && (lang.Length == 2 || lang[2] is '-' or '_'))
        {
            return false;
        }

        throw new ArgumentException($"Language '{lang}' is not supported; use 'id' (Indonesian) or 'en' (English).", nameof(lang));
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
