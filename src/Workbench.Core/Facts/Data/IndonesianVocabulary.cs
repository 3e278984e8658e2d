using System.Collections.Frozen;

namespace Workbench.Core.Facts.Data;

/// <summary>
/// Tells whether a word is ordinary Indonesian (so a capitalised "Kementerian" or "Pertahanan" is not a name).
/// Looks the word up as written, then after stripping the common affixes (ke-an, per-an, pe(N)-an, me(N)-kan, di-…)
/// with the nasal restored (menyerang → serang, pemberantasan → berantas).
/// </summary>
internal static class IndonesianVocabulary
{
    private static readonly FrozenSet<string> Words =
        (IndonesianVocabularyData.Words + "\n" + IndonesianInstitutionWords.Words)
            .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Suffixes = ["nya", "lah", "kah", "kan", "an", "i"];

    private static readonly string[] Prefixes = ["memper", "meng", "meny", "mem", "men", "me", "ber", "be", "di", "ter", "peng", "peny", "pem", "pen", "per", "pe", "ke", "se"];

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
    /// Latinate loanwords by their Indonesian endings (geologi, demografi, ekonomi, komunikasi, universitas, kreatif,
    /// konferensi, toleransi): English translates them, and names almost never end so. Short words are left out so
    /// that place names like Bekasi stay names.
    /// </summary>
    private static bool Loanword(ReadOnlySpan<char> w) =>
        w.EndsWith("logi") || w.EndsWith("grafi") || w.EndsWith("nomi") || w.EndsWith("isme")
        || (w.Length >= 8 && (w.EndsWith("asi") || w.EndsWith("tif")))
        || (w.Length >= 7 && (w.EndsWith("itas") || w.EndsWith("ensi") || w.EndsWith("ansi")));

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
