using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// A negation in one text that the other does not carry in any form is a meaning flip: "tidak mengonfirmasi" →
/// "confirmed". Idioms that contain a negator without negating are ignored on both sides: tidak hanya … tetapi juga /
/// not only, belum lama ini (recently), tak lama kemudian (soon after), atau tidak / whether or not, no fewer than.
/// </summary>
internal static class NegationCheck
{
    public static void Run(TokenList s, TokenList t, LanguageProfile sourceLanguage, LanguageProfile targetLanguage, List<QaFinding> findings)
    {
        if (Find(s, sourceLanguage, core: true) is { } lost && !HasNegator(t, targetLanguage)
            && CountLoose(t, targetLanguage) <= CountLoose(s, sourceLanguage))
        {
            findings.Add(new QaFinding(QaCodes.NegationLost, QaKind.Negation, QaSeverity.Error, lost, null,
                $"The source is negated ({ValueText.Quote(s.Text, lost)}) but the translation has no negation: the meaning may be reversed."));
        }

        if (Find(t, targetLanguage, core: true) is { } added && Find(s, sourceLanguage, core: false) is null)
        {
            findings.Add(new QaFinding(QaCodes.NegationAdded, QaKind.Negation, QaSeverity.Error, null, added,
                $"The translation is negated ({ValueText.Quote(t.Text, added)}) but the source is not: the meaning may be reversed."));
        }
    }

    /// <summary>The first negation of the text: a core negator, or with <paramref name="core"/> false any negative form.</summary>
    internal static TextSpan? Find(TokenList t, LanguageProfile language, bool core)
    {
        var words = language.Negation;
        var english = language.English;
        for (var k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            var word = t.Chars(k);
            var isCore = words.Core.Contains(word) || (english && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)));
            // An idiom (tidak hanya, tidak ragu) does not need answering but may be answered ("did not hesitate").
            if (isCore && (!core || !(english ? EnglishIdiom(t, k) : IndonesianIdiom(t, k, words))))
            {
                return new TextSpan(t[k].Start, t[k].End);
            }

            if (!core && (words.Loose.Contains(word) || (english ? AffixNegative(word, words) || KeepAway(t, k, words) : IndonesianAffixNegative(word))))
            {
                return new TextSpan(t[k].Start, t[k].End);
            }
        }

        return null;
    }

    /// <summary>A core negator anywhere, idioms included: "will not leave until" answers "tidak akan pergi sampai".</summary>
    private static bool HasNegator(TokenList t, LanguageProfile language)
    {
        var coreWords = language.Negation.Core;
        var english = language.English;
        for (var k = 0; k < t.Count; k++)
        {
            if (t[k].IsWord && (coreWords.Contains(t.Chars(k))
                || (english && (t.Chars(k).EndsWith("n't", StringComparison.OrdinalIgnoreCase) || t.Chars(k).EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The looser negative forms of a text (canceled, against, unable / dibatalkan, melawan). A translation's loose form
    /// carries a lost negator only when the source has fewer of its own: in "tidak ada penerbangan yang dibatalkan" →
    /// "several flights were canceled", "canceled" is "dibatalkan", and "tidak" is gone; in "tidak bermain bertahan
    /// melawan Jepang" → "would play defensively against Japan", "against" is "melawan".
    /// </summary>
    private static int CountLoose(TokenList t, LanguageProfile language)
    {
        var words = language.Negation;
        var english = language.English;
        var n = 0;
        for (var k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            var word = t.Chars(k);
            if (words.Loose.Contains(word) || (english ? AffixNegative(word, words) || KeepAway(t, k, words) : IndonesianAffixNegative(word) || words.Opposition.Contains(word)))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>stay out, keep away, stay indoors: avoidance said positively ("diimbau tidak mendekat" → "urged to stay away", "tidak keluar rumah" → "stay home").</summary>
    private static bool KeepAway(TokenList t, int k, NegationVocabulary words) =>
        words.Keep.Contains(t.Chars(k)) && k + 1 < t.Count && t[k + 1].IsWord
        && (t.WordIs(k + 1, "out") || t.WordIs(k + 1, "away") || t.WordIs(k + 1, "clear") || t.WordIs(k + 1, "indoors")
            || t.WordIs(k + 1, "inside") || t.WordIs(k + 1, "home"));

    private static bool IndonesianIdiom(TokenList t, int k, NegationVocabulary words)
    {
        var word = t.Chars(k);
        var notWord = word.Equals("tidak", StringComparison.OrdinalIgnoreCase) || word.Equals("tak", StringComparison.OrdinalIgnoreCase) || word.Equals("bukan", StringComparison.OrdinalIgnoreCase);
        if (notWord && (t.WordIs(k + 1, "hanya") || t.WordIs(k + 1, "saja") || t.WordIs(k + 1, "sekadar") || t.WordIs(k + 1, "cuma")
            || t.WordIs(k + 1, "sedikit") || t.WordIs(k + 1, "lain") || t.WordIs(k + 1, "main")))
        {
            return true;
        }

        // Litotes English says positively: tidak jauh (near), tak jarang (often), tidak kalah (just as), tidak lepas dari
        // (owes to), tak pelak / tak ayal (inevitably), bukan tidak mungkin (possibly), tidak menutup kemungkinan.
        if (notWord && ((k + 1 < t.Count && t[k + 1].IsWord && words.Litotes.Contains(t.Chars(k + 1)))
            || (t.WordIs(k + 1, "menutup") && t.WordIs(k + 2, "kemungkinan"))))
        {
            return true;
        }

        if (word.Equals("bukan", StringComparison.OrdinalIgnoreCase) && (t.WordIs(k + 1, "tidak") || t.WordIs(k + 1, "tak")))
        {
            return true;
        }

        if ((word.Equals("tidak", StringComparison.OrdinalIgnoreCase) || word.Equals("tak", StringComparison.OrdinalIgnoreCase)) && t.WordIs(k - 1, "bukan"))
        {
            return true;
        }

        return t.WordIs(k + 1, "lama")
            || (word.Equals("belum", StringComparison.OrdinalIgnoreCase) && t.WordIs(k + 1, "lagi"))
            || ((t.WordIs(k + 1, "kurang") || t.WordIs(k + 1, "lebih")) && (t.WordIs(k + 2, "dari") || t.WordIs(k + 2, "daripada")))
            || t.WordIs(k - 1, "atau") || t.WordIs(k - 1, "mau")
            || (word.Equals("bukan", StringComparison.OrdinalIgnoreCase) && t.IsSymbol(k + 1, '?'))
            || (word.Equals("jangan", StringComparison.OrdinalIgnoreCase) && t.IsDash(k + 1));
    }

    private static bool EnglishIdiom(TokenList t, int k)
    {
        if (t.WordIs(k, "not"))
        {
            // "did not start until 11:15" is when it started ("baru dimulai pukul 11.15"), not whether.
            return t.WordIs(k + 1, "only") || t.WordIs(k + 1, "just") || t.WordIs(k + 1, "least") || t.WordIs(k + 1, "until")
                || t.WordIs(k + 2, "until") || (t.WordIs(k + 3, "until") && t[k + 1].IsWord && t[k + 2].IsWord)
                || t.WordIs(k - 1, "or") || (t.WordIs(k + 1, "to") && t.WordIs(k + 2, "mention"));
        }

        if (t.WordIs(k, "no"))
        {
            return ((t.WordIs(k + 1, "fewer") || t.WordIs(k + 1, "less") || t.WordIs(k + 1, "more") || t.WordIs(k + 1, "later")
                    || t.WordIs(k + 1, "earlier")) && t.WordIs(k + 2, "than"))
                || t.WordIs(k + 1, "doubt") || t.WordIs(k + 1, "matter") || (t.IsSymbol(k + 1, '.') && t.Adjacent(k + 1));
        }

        return (t.WordIs(k, "nothing") && t.WordIs(k + 1, "but")) || (t.WordIs(k, "none") && t.WordIs(k + 1, "other"));
    }

    /// <summary>unclear, unknown, unconfirmed, non-stop, countless, visa-free…</summary>
    private static bool AffixNegative(ReadOnlySpan<char> word, NegationVocabulary words) =>
        (word.Length >= 5 && word.StartsWith("un", StringComparison.OrdinalIgnoreCase) && !words.NotNegativePrefix.Contains(word))
        || (word.Length >= 5 && word.StartsWith("non", StringComparison.OrdinalIgnoreCase))
        || (word.Length >= 6 && word.EndsWith("less", StringComparison.OrdinalIgnoreCase));

    /// <summary>ketidakpastian, ketidakhadiran: nouns built on "tidak".</summary>
    private static bool IndonesianAffixNegative(ReadOnlySpan<char> word) =>
        word.StartsWith("ketidak", StringComparison.OrdinalIgnoreCase) || word.StartsWith("non", StringComparison.OrdinalIgnoreCase);
}
