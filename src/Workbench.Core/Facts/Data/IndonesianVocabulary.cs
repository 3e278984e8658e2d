using System.Collections.Frozen;
using Workbench.Core.Facts.Profiles;

namespace Workbench.Core.Facts.Data;

/// <summary>
/// Tells whether a word is ordinary Indonesian (so a capitalised "Kementerian" or "Pertahanan" is not a name).
/// Looks the word up as written, then after stripping the common affixes (ke-an, per-an, pe(N)-an, me(N)-kan, di-…)
/// with the nasal restored (menyerang → serang, pemberantasan → berantas).
/// </summary>
internal static class IndonesianVocabulary
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        LanguageProfiles.Indonesian.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> NativeLetters = System.Buffers.SearchValues.Create("abcdefghijklmnoprstuvwyz");

    // The affixes are data (Data/id/affixes.tsv); how they combine with a root (nasal agreement, the dropped consonant) is here.
    private static readonly string[] Suffixes = Affixes("suffix");

    private static readonly string[] Prefixes = Affixes("prefix");

    private static readonly string[] VerbPrefixesKan = Affixes("prefix-with-kan");

    private static readonly string[] VerbPrefixesI = Affixes("prefix-with-i");

    private static readonly string[] NounPrefixesAn = Affixes("prefix-with-an");

    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var n = word[..lower.Length].ToLowerInvariant(lower);
        var w = lower[..n];
        if (Lookup.Contains(w))
        {
            return true;
        }

        foreach (var suffix in Suffixes)
        {
            if (w.EndsWith(suffix) && w.Length - suffix.Length >= 3 && (Lookup.Contains(w[..^suffix.Length]) || StripPrefix(w[..^suffix.Length])))
            {
                return true;
            }
        }

        return StripPrefix(w) || Loanword(w);
    }

    /// <summary>
    /// True for a word whose shape is Indonesian derivation even when its root is not in the list: a clitic on a
    /// root of four letters or more (Jaraknya, Sayangnya, Bagaimanapun), a verb or noun confix whose prefix agrees with
    /// the root's first sound (Menanggapi, Ditandaskan, Pendaftaran, Pemungutan, Kebakaran), or a reduplication
    /// (Anak-anak, Mudah-mudahan). Meant for the first word of a sentence, where capitals say nothing: place names
    /// of the same shape (Kebayoran) mid-sentence stay names. Names ending in -nya or -lah have short or doubled
    /// roots (Kenya, Sonya, Abdullah, Jamilah) or foreign spelling (Chechnya), which this leaves alone.
    /// </summary>
    public static bool LooksDerived(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || word.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        var w = lower[..word.ToLowerInvariant(lower)];
        var dash = w.IndexOf('-');
        if (dash > 0)
        {
            // The repeated half is written in lower case (Baden-Baden and Bora-Bora are names): Anak-anak,
            // Mudah-mudahan, Sebanyak-banyaknya (se- on the first half), Tembak-menembak (meN- on the second).
            var first = w[..dash];
            var second = w[(dash + 1)..];
            if (dash < 3 || !char.IsLower(word[dash + 1]) || !NativeSpelling(first))
            {
                return false;
            }

            var root = first.StartsWith("se") ? first[2..] : first.StartsWith("ber") || first.StartsWith("ter") ? first[3..] : first;
            return second.StartsWith(first) || (root.Length >= 3 && second.StartsWith(root))
                || ((second.StartsWith("me") || second.StartsWith("be")) && second.Length > first.Length && second.EndsWith(first[1..]));
        }

        if ((w.EndsWith("nya") || w.EndsWith("pun")) && w.Length - 3 >= 4 && NativeSpelling(w[..^3]))
        {
            return true;
        }

        return Confix(w, "kan", VerbPrefixesKan) || Confix(w, "i", VerbPrefixesI) || Confix(w, "an", NounPrefixesAn);
    }

    private static bool Confix(ReadOnlySpan<char> w, string suffix, ReadOnlySpan<string> prefixes)
    {
        if (!w.EndsWith(suffix))
        {
            return false;
        }

        foreach (var prefix in prefixes)
        {
            if (w.StartsWith(prefix) && w.Length - prefix.Length - suffix.Length >= 3)
            {
                var root = w[prefix.Length..^suffix.Length];
                if (NasalAgrees(prefix, root[0]) && NativeSpelling(root))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>meN-/peN- take the nasal of the root's first sound (membawa, mendapat, menganggap, menyapu; a vowel after mem/men/meny/meng is a dropped p/t/s/k).</summary>
    private static bool NasalAgrees(string prefix, char first)
    {
        var vowel = first is 'a' or 'e' or 'i' or 'o' or 'u';
        return prefix switch
        {
            "mem" or "pem" => vowel || first is 'b' or 'f',
            "men" or "pen" => vowel || first is 'd' or 'c' or 'j' or 'z',
            "meng" or "peng" => vowel || first is 'g' or 'h' or 'k',
            "meny" or "peny" => vowel,
            "me" or "pe" => first is 'l' or 'r' or 'm' or 'n' or 'w' or 'y',
            _ => char.IsAsciiLetterLower(first),
        };
    }

    /// <summary>Spelt as Indonesian writes: no q or x, no doubled consonant (but ngg: tanggap), no ch/th/sh/ph/ck/tz, ends in a vowel or one consonant (ng, nk allowed).</summary>
    private static bool NativeSpelling(ReadOnlySpan<char> w)
    {
        if (w.IndexOfAnyExcept(NativeLetters) >= 0)
        {
            return false;
        }

        for (var i = 1; i < w.Length; i++)
        {
            var (a, b) = (w[i - 1], w[i]);
            if ((a == b && !IsVowel(a) && !(a == 'g' && i >= 2 && w[i - 2] == 'n')) || (b == 'h' && a is 't' or 'c' or 'p' or 's') || (a == 'c' && b == 'k') || (a == 't' && b == 'z'))
            {
                return false;
            }
        }

        return w.Length < 2 || IsVowel(w[^1]) || IsVowel(w[^2]) || (w[^2] == 'n' && w[^1] is 'g' or 'k');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Latinate loanwords by their Indonesian endings (geologi, demografi, ekonomi, komunikasi, universitas, kreatif,
    /// konferensi, toleransi): English translates them, and names almost never end so. Short words are left out so
    /// that place names like Bekasi stay names.
    /// </summary>
    private static bool Loanword(ReadOnlySpan<char> w) =>
        w.EndsWith("logi") || w.EndsWith("grafi") || w.EndsWith("nomi") || w.EndsWith("isme")
        || (w.Length >= 8 && (w.EndsWith("asi") || w.EndsWith("tif")))
        || (w.Length >= 7 && (w.EndsWith("itas") || w.EndsWith("ensi") || w.EndsWith("ansi")));

    private static string[] Affixes(string kind) => [.. Workbench.Core.Data.DataFiles.Load("id/affixes.tsv").Values("affix", "kind", kind)];

    private static bool StripPrefix(ReadOnlySpan<char> w)
    {
        foreach (var prefix in Prefixes)
        {
            if (!w.StartsWith(prefix) || w.Length - prefix.Length < 3)
            {
                continue;
            }

            var stem = w[prefix.Length..];
            if (Lookup.Contains(stem) || (stem.StartsWith("ke") && Lookup.Contains(stem[2..])) || Restored(prefix, stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>meN-/peN- drop the stem's first consonant: menyerang → serang, memukul → pukul, menembak → tembak, mengirim → kirim.</summary>
    private static bool Restored(string prefix, ReadOnlySpan<char> stem)
    {
        var first = prefix switch { "meny" or "peny" => 's', "mem" or "pem" => 'p', "men" or "pen" => 't', "meng" or "peng" => 'k', _ => '\0' };
        if (first == '\0' || stem.Length > 62)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[stem.Length + 1];
        buffer[0] = first;
        stem.CopyTo(buffer[1..]);
        return Lookup.Contains(buffer);
    }
}
