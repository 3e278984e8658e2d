using System.Collections.Frozen;
using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>Checks on the text as a whole: missing, untranslated and punctuation.</summary>
internal static class SurfaceChecks
{
    /// <summary>Indonesian words spelt like English ones (data, bank, program): kept in a translation, they are not untranslated.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishToo =
        LanguageProfiles.Indonesian.WordList("also-english").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Missing(string source, string target, List<QaFinding> findings)
    {
        int sourceLetters = Letters(source), targetLetters = Letters(target);
        if (sourceLetters >= 40 && targetLetters * 2 < sourceLetters)
        {
            findings.Add(new QaFinding(QaCodes.MissingTruncated, QaKind.Missing, QaSeverity.Warning, null, new TextSpan(0, target.Length),
                "The translation is much shorter than the source: part of it may be missing."));
        }
    }

    /// <summary>True (and reported) when the translation is the source again or mostly source-language words.</summary>
    public static bool Untranslated(string source, string target, TokenList s, TokenList t, LanguageProfile targetLanguage, List<QaFinding> findings)
    {
        if (SameWords(source, target) && CountWords(s) >= 2)
        {
            findings.Add(new QaFinding(QaCodes.UntranslatedIdentical, QaKind.Untranslated, QaSeverity.Error, new TextSpan(0, source.Length), new TextSpan(0, target.Length),
                "The translation is the same as the source: it has not been translated."));
            return true;
        }

        if (!targetLanguage.English)
        {
            return false;
        }

        // One pass: how many words are Indonesian, and where the first run of three lower-case ones is.
        int total = 0, indonesian = 0, run = 0, runStart = -1, runEnd = -1;
        var runDone = false;
        for (var k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            total++;
            var isIndonesian = IsIndonesian(t.Chars(k));
            indonesian += isIndonesian ? 1 : 0;
            if (runDone)
            {
                continue;
            }

            if (isIndonesian && !t[k].IsCapitalized)
            {
                runStart = run++ == 0 ? k : runStart;
                runEnd = k;
            }
            else
            {
                runDone = run >= 3;
                run = runDone ? run : 0;
            }
        }

        // Words copied from the source that no list knows (memburu, sopir) only add to known Indonesian ones, and
        // must then make a clear majority: alone they may be English the source borrowed (big match, early warning system).
        if (total >= 3 && (indonesian * 2 >= total || (indonesian > 0 && (indonesian + Copied(s, t)) * 2 > total)))
        {
            findings.Add(new QaFinding(QaCodes.UntranslatedSourceLanguage, QaKind.Untranslated, QaSeverity.Error, null, new TextSpan(0, target.Length),
                "The translation is mostly Indonesian: it has not been translated."));
            return true;
        }

        if (run >= 3)
        {
            var span = new TextSpan(t[runStart].Start, t[runEnd].End);
            findings.Add(new QaFinding(QaCodes.UntranslatedWords, QaKind.Untranslated, QaSeverity.Warning, null, span,
                $"{ValueText.Quote(target, span)} looks like untranslated Indonesian."));
        }

        return false;
    }

    public static void Punctuation(string source, string target, List<QaFinding> findings)
    {
        if (DoubleQuotes(source) % 2 != DoubleQuotes(target) % 2 || Balance(source, '“', '”') != Balance(target, '“', '”'))
        {
            findings.Add(new QaFinding(QaCodes.PunctuationQuotes, QaKind.Punctuation, QaSeverity.Error, null, null,
                "Quotation marks are not balanced as in the source: an opening or closing quote is missing."));
        }

        if (Balance(source, '(', ')') != Balance(target, '(', ')') || Balance(source, '[', ']') != Balance(target, '[', ']'))
        {
            findings.Add(new QaFinding(QaCodes.PunctuationBrackets, QaKind.Punctuation, QaSeverity.Error, null, null,
                "Brackets are not balanced as in the source: an opening or closing bracket is missing."));
        }

        if (EndsWithQuestion(source) && !EndsWithQuestion(target))
        {
            findings.Add(new QaFinding(QaCodes.PunctuationQuestion, QaKind.Punctuation, QaSeverity.Warning, null, null,
                "The source is a question but the translation does not end with a question mark."));
        }
        else if (source.Contains('?', StringComparison.Ordinal) && !target.Contains('?', StringComparison.Ordinal))
        {
            // A quoted question inside a statement: “Apakah …?” tanya Rieke → “Is …,” asked Rieke.
            findings.Add(new QaFinding(QaCodes.PunctuationQuestion, QaKind.Punctuation, QaSeverity.Warning, null, null,
                "The source asks a question but the translation has no question mark."));
        }
    }

    /// <summary>An Indonesian word that is not also an English one (data, bank, program are both).</summary>
    private static bool IsIndonesian(ReadOnlySpan<char> word) =>
        word.Length > 1 && !Recognition.NameScanner.IsCommon(word, LanguageProfiles.English) && !EnglishToo.Contains(word) && IndonesianVocabulary.Contains(word);

    /// <summary>Lower-case translation words that are not known Indonesian but were copied from the source.</summary>
    private static int Copied(TokenList s, TokenList t)
    {
        var copied = 0;
        for (var k = 0; k < t.Count; k++)
        {
            if (t[k].IsWord && !t[k].IsCapitalized && !IsIndonesian(t.Chars(k)) && CopiedFromSource(s, t.Chars(k)))
            {
                copied++;
            }
        }

        return copied;
    }

    /// <summary>
    /// A lower-case word taken over from the source that is not one of the common English words (memburu, sopir, taksi):
    /// no word list knows every Indonesian word, but one copied next to known ones is untranslated whatever it is.
    /// </summary>
    private static bool CopiedFromSource(TokenList s, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || Recognition.NameScanner.IsCommon(word, LanguageProfiles.English) || EnglishToo.Contains(word))
        {
            return false;
        }

        for (var k = 0; k < s.Count; k++)
        {
            if (s[k].IsWord && !s[k].IsCapitalized && s.Chars(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(TokenList t)
    {
        var n = 0;
        for (var k = 0; k < t.Count; k++)
        {
            n += t[k].IsWord && t[k].Length > 1 ? 1 : 0;
        }

        return n;
    }

    /// <summary>Equal ignoring case and runs of white space, without allocating.</summary>
    private static bool SameWords(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            var spaceA = i > 0 && char.IsWhiteSpace(a[i - 1]);
            var spaceB = j > 0 && char.IsWhiteSpace(b[j - 1]);
            if (spaceA != spaceB || char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>
    /// Letters, with a sign that stands for a word (% for persen, $ for dolar AS) counted as one: English news writes
    /// "rose 0.8% to $74.60" where Indonesian spells the words out, and that is not a shorter translation.
    /// </summary>
    private static int Letters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsLetter(c) ? 1 : c is '%' or '$' or '€' or '£' or '¥' ? WordLength : 0;
        }

        return n;
    }

    private const int WordLength = 6;

    private static int DoubleQuotes(string text) => text.Count(c => c is '"' or '“' or '”');

    private static int Balance(string text, char open, char close) => text.Count(c => c == open) - text.Count(c => c == close);

    private static bool EndsWithQuestion(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"”’')] ");
        return trimmed.Length > 0 && trimmed[^1] == '?';
    }
}
