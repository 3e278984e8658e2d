using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>Spelling tests for names: does a word look foreign, which translation word is a near miss of a name.</summary>
internal static class NameSpelling
{
    /// <summary>
    /// Spelling Indonesian words do not have: a doubled consonant (Rutte), th/sh/ph/ch/ck/gh/sch/tz (Singh), q or x,
    /// a final y (Zelensky) or a final consonant pair other than ng/nk (Mark, Kursk).
    /// </summary>
    internal static bool LooksForeign(ReadOnlySpan<char> word)
    {
        Span<char> w = stackalloc char[Math.Min(word.Length, 64)];
        var n = word[..w.Length].ToLowerInvariant(w);
        w = w[..n];
        if (w.Length < 3 || w.IndexOfAny('q', 'x') >= 0 || w[^1] == 'y')
        {
            return true;
        }

        for (var i = 1; i < w.Length; i++)
        {
            var (a, b) = (w[i - 1], w[i]);
            if ((a == b && IsConsonant(a)) || (b == 'h' && a is 't' or 's' or 'p' or 'c' or 'g') || (a == 'c' && b == 'k') || (a == 't' && b == 'z'))
            {
                return true;
            }
        }

        var (x, y) = (w[^2], w[^1]);
        return IsConsonant(x) && IsConsonant(y) && !(x == 'n' && y is 'g' or 'k');
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u');

    /// <summary>
    /// A capitalised translation word one edit away (two for long names) that the source does not contain itself;
    /// apostrophes and hyphens are ignored, so Asy'ari → Ashari is one edit.
    /// </summary>
    internal static TextSpan? NearMiss(string source, TokenList t, ReadOnlySpan<char> name, List<string>? rendered)
    {
        Span<char> buffer = stackalloc char[64];
        var letters = Letters(name, buffer);
        if (letters.Length < 4)
        {
            return null;
        }

        Span<char> other = stackalloc char[64];
        var limit = letters.Length >= 8 ? 2 : 1;
        for (var k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord || !t[k].IsCapitalized)
            {
                continue;
            }

            // A hyphenated group is compared whole: Tae-yong against Tae-young.
            var end = k;
            while (end + 2 < t.Count && t.IsDash(end + 1) && t.Adjacent(end + 1) && t.Adjacent(end + 2) && t[end + 2].IsWord)
            {
                end += 2;
            }

            var word = t.Text.AsSpan(t[k].Start, t[end].End - t[k].Start);
            if (word.Length > 3 && word[^1] == 's' && word[^2] is '\'' or '’')
            {
                word = word[..^2]; // possessive: Merapi → Marapi's
            }

            var candidate = Letters(word, other);
            if (Math.Abs(candidate.Length - letters.Length) <= limit && candidate.Length > 0 && candidate[0] == letters[0]
                && Distance.Within(letters, candidate, limit) && !NameCheck.Present(source, word) && !IsRendered(word, rendered)
                && !SpellingVariant(letters, candidate))
            {
                return new TextSpan(t[k].Start, t[end].End);
            }
        }

        return null;
    }

    /// <summary>
    /// Another name in the place of a name word: the rest of the name stands in the translation and, next to it where
    /// the word belongs, is a different capitalised word with the same initial that the source does not have
    /// (Budi Santoso → Budi Susanto). Too far from the original for <see cref="NearMiss"/>, yet plainly the same slot.
    /// </summary>
    internal static TextSpan? Substitute(TokenList s, TokenList t, Recognition.NameSpan name, int first, int last, List<string>? rendered)
    {
        var before = first - 1 >= name.First && s[first - 1].IsWord && s[first - 1].IsCapitalized ? first - 1 : -1;
        var after = last + 1 <= name.Last && s[last + 1].IsWord && s[last + 1].IsCapitalized ? last + 1 : -1;
        if (before < 0 && after < 0)
        {
            return null;
        }

        var initial = char.ToLowerInvariant(s.Text[s[first].Start]);
        for (var j = 0; j < t.Count; j++)
        {
            if (!t[j].IsWord || !t[j].IsCapitalized || t[j].IsAllCaps || t[j].Length < 3 || char.ToLowerInvariant(t.Text[t[j].Start]) != initial)
            {
                continue;
            }

            var besideBefore = before >= 0 && j > 0 && t[j - 1].IsWord && t.Chars(j - 1).Equals(s.Chars(before), StringComparison.OrdinalIgnoreCase);
            var besideAfter = after >= 0 && j + 1 < t.Count && t[j + 1].IsWord && t.Chars(j + 1).Equals(s.Chars(after), StringComparison.OrdinalIgnoreCase);
            if (!besideBefore && !besideAfter)
            {
                continue;
            }

            // Written together or apart (Hamengku Buwono → Hamengkubuwono) is the same name.
            var word = t.Chars(j);
            var original = s.Chars(first);
            if (NameCheck.Present(s.Text, word) || IsRendered(word, rendered) || Recognition.NameScanner.IsCommon(word, Profiles.LanguageProfiles.English)
                || word.StartsWith(original, StringComparison.OrdinalIgnoreCase) || original.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Span<char> a = stackalloc char[64];
            Span<char> b = stackalloc char[64];
            if (SpellingVariant(Letters(s.Text.AsSpan(s[first].Start, s[last].End - s[first].Start), a), Letters(word, b)))
            {
                continue;
            }

            return new TextSpan(t[j].Start, t[j].End);
        }

        return null;
    }

    private static bool IsRendered(ReadOnlySpan<char> word, List<string>? rendered)
    {
        foreach (var form in rendered ?? [])
        {
            if (NameCheck.Present(form, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same name in the old (Dutch-era) and the current Indonesian spelling, as newsrooms mix them:
    /// Soeharto = Suharto, Djoko = Joko, Tjahjo = Cahyo, Sjafrie = Syafrie, Ramadhan = Ramadan.
    /// </summary>
    internal static bool SpellingVariant(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<char> x = stackalloc char[64];
        Span<char> y = stackalloc char[64];
        return Modern(a, x).SequenceEqual(Modern(b, y));
    }

    /// <summary>Lower-case letters in the current spelling, with j and y merged (old j = y, old dj = j).</summary>
    private static ReadOnlySpan<char> Modern(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        for (var i = 0; i < word.Length && n < buffer.Length; i++)
        {
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            var (put, skip) = (word[i], next) switch
            {
                ('o', 'e') => ('u', true),
                ('d', 'j') => ('y', true),
                ('t', 'j') => ('c', true),
                ('d', 'h') => ('d', true),
                ('j', _) => ('y', false),
                var (c, _) => (c, false),
            };
            buffer[n++] = put;
            i += skip ? 1 : 0;
        }

        return buffer[..n];
    }

    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && n < buffer.Length)
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..n];
    }
}
