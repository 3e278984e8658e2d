using System.Collections.Frozen;
using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>Checks on the text as a whole: missing, untranslated and punctuation.</summary>
internal static class SurfaceChecks
{
    private static readonly FrozenSet<string> EnglishToo = new[]
    {
        "data", "bank", "program", "media", "total", "film", "hotel", "global", "final", "normal", "museum", "arena", "forum",
        "dialog", "status", "radio", "video", "sistem", "internet", "demo", "panel", "unit", "via", "per", "tank", "jet", "bom",
        "drone", "virus", "pasta", "area", "agenda", "drama", "festival", "klub", "tim", "liga", "final",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
    public static bool Untranslated(string source, string target, TokenList s, TokenList t, bool targetEnglish, List<QaFinding> findings)
    {
        if (Normalize(source).Equals(Normalize(target), StringComparison.OrdinalIgnoreCase) && Words(s, static w => w.Length > 1) >= 2)
        {
            findings.Add(new QaFinding(QaCodes.UntranslatedIdentical, QaKind.Untranslated, QaSeverity.Error, new TextSpan(0, source.Length), new TextSpan(0, target.Length),
                "The translation is the same as the source: it has not been translated."));
            return true;
        }

        if (!targetEnglish)
        {
            return false;
        }

        var total = Words(t, static w => true);
        var indonesian = Words(t, static w => IsIndonesian(w));
        if (total >= 3 && indonesian * 2 >= total)
        {
            findings.Add(new QaFinding(QaCodes.UntranslatedSourceLanguage, QaKind.Untranslated, QaSeverity.Error, null, new TextSpan(0, target.Length),
                "The translation is mostly Indonesian: it has not been translated."));
            return true;
        }

        if (IndonesianRun(t) is { } run)
        {
            findings.Add(new QaFinding(QaCodes.UntranslatedWords, QaKind.Untranslated, QaSeverity.Warning, null, run,
                $"{ValueText.Quote(target, run)} looks like untranslated Indonesian."));
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
    }

    /// <summary>Three or more lower-case Indonesian words in a row inside an English translation.</summary>
    private static TextSpan? IndonesianRun(TokenList t)
    {
        var start = -1;
        var count = 0;
        for (var k = 0; k < t.Count; k++)
        {
            var indonesian = t[k].IsWord && !t[k].IsCapitalized && IsIndonesian(t.Chars(k));
            if (!indonesian)
            {
                count = 0;
                continue;
            }

            start = count == 0 ? k : start;
            if (++count >= 3)
            {
                var end = k;
                while (end + 1 < t.Count && t[end + 1].IsWord && !t[end + 1].IsCapitalized && IsIndonesian(t.Chars(end + 1)))
                {
                    end++;
                }

                return new TextSpan(t[start].Start, t[end].End);
            }
        }

        return null;
    }

    /// <summary>An Indonesian word that is not also an English one (data, bank, program are both).</summary>
    private static bool IsIndonesian(ReadOnlySpan<char> word) =>
        word.Length > 1 && IndonesianVocabulary.Contains(word) && !Recognition.NameScanner.IsCommon(word, true) && !EnglishToo.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static int Words(TokenList t, Func<ReadOnlySpan<char>, bool> predicate)
    {
        var n = 0;
        for (var k = 0; k < t.Count; k++)
        {
            n += t[k].IsWord && predicate(t.Chars(k)) ? 1 : 0;
        }

        return n;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Letters(string text) => text.Count(char.IsLetter);

    private static int DoubleQuotes(string text) => text.Count(c => c is '"' or '“' or '”');

    private static int Balance(string text, char open, char close) => text.Count(c => c == open) - text.Count(c => c == close);

    private static bool EndsWithQuestion(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"”’')] ");
        return trimmed.Length > 0 && trimmed[^1] == '?';
    }
}
