using System.Collections.Frozen;

namespace Workbench.Core.Segmentation;

/// <summary>
/// Splits a whitespace-collapsed paragraph into sentences in one left-to-right pass.
/// A boundary needs sentence punctuation (plus any closing quotes or brackets) followed by a
/// space, and a next word that does not start in lowercase. That alone keeps numbers ("10.000",
/// "14.32"), domains and "U.S." together (no space after the dot) and keeps quotes that continue
/// the sentence ("…,” ucapnya." / "…?” tanya dia.") together; abbreviations and initials are then
/// checked on the word before a single dot.
/// </summary>
internal static class SentenceSplitter
{
    private const string Openers = "\"“‘'«([{„";
    private const string Closers = "\"”’'»)]}";

    // Internet domains whose last label is short enough to pass for a dotted abbreviation ("x.com").
    private static readonly FrozenSet<string> ShortTopLevelDomains = Data.DataFiles.Words("common/short-domains.tsv", "domain");

    /// <summary>Returns the ranges of the sentences of <paramref name="text"/>, which has single spaces and no outer whitespace.</summary>
    public static List<Range> Split(ReadOnlySpan<char> text, LanguageRules rules)
    {
        var sentences = new List<Range>();
        int start = 0, i = 0, lastLetterOrDigit = -1;
        while (i < text.Length)
        {
            if (!IsTerminal(text[i]))
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    lastLetterOrDigit = i;
                }

                i++;
                continue;
            }

            var terminalStart = i;
            while (i < text.Length && IsTerminal(text[i]))
            {
                i++;
            }

            var singleDot = i - terminalStart == 1 && text[terminalStart] == '.';
            while (i < text.Length && Closers.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i >= text.Length || text[i] != ' ')
            {
                continue;
            }

            // A lone "“..." opening a quote has no words of its own yet: it belongs to what follows.
            var hasWords = lastLetterOrDigit >= start;
            if (hasWords && StartsNewSentence(text[(i + 1)..])
                && !(singleDot && IsAbbreviation(WordBefore(text, start, terminalStart), rules)))
            {
                sentences.Add(start..i);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add(start..text.Length);
        }

        return sentences;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool StartsNewSentence(ReadOnlySpan<char> rest)
    {
        var word = rest.TrimStart(Openers);
        return !word.IsEmpty && !char.IsLower(word[0]);
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int sentenceStart, int dot)
    {
        var wordStart = text[sentenceStart..dot].LastIndexOf(' ') + 1 + sentenceStart;
        return text[wordStart..dot].TrimStart(Openers);
    }

    /// <summary>True when a single dot after <paramref name="word"/> marks an abbreviation, not a sentence end.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> word, LanguageRules rules)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        // Initials: "B. J. Habibie", "H. Agus Salim".
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (rules.Abbreviations.Contains(word.ToString()))
        {
            return true;
        }

        return word.Contains('.') && IsDottedAbbreviation(word);
    }

    /// <summary>"U.S", "S.H", "M.Si", "a.n", "e.g", "Ph.D": dot-separated parts of one to three letters, not a domain.</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        var lastPart = ReadOnlySpan<char>.Empty;
        foreach (var part in word.Split('.'))
        {
            var chars = word[part];
            if (chars.IsEmpty || chars.Length > 3 || !IsAllLetters(chars))
            {
                return false;
            }

            lastPart = chars;
        }

        return !ShortTopLevelDomains.Contains(lastPart.ToString());
    }

    private static bool IsAllLetters(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
