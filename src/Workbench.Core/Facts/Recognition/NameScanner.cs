using System.Collections.Frozen;
using Workbench.Core.Data;
using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>A proper name found in text: its tokens (inclusive range) and how it should be checked.</summary>
internal readonly record struct NameSpan(int First, int Last, bool Exonym, bool SentenceInitial);

/// <summary>
/// Finds proper names: runs of capitalised words (joined by hyphens and particles such as bin, van, al),
/// split where an exonym starts (Korea Utara), where ordinary words stand (Presiden, Kementerian, Selasa) and
/// between an acronym and a person (NATO | Mark Rutte). Generic place words (Oblast, Provinsi) stay attached to a name.
/// </summary>
internal static class NameScanner
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = DataFiles.Words("common/name-particles.tsv").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> GeoGeneric = DataFiles.Words("common/place-generic-words.tsv");

    /// <summary>English words that begin place names (New York, South Korea, United States, Great Britain, West Java).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceModifiers = LanguageProfiles.English.WordList("place-modifiers").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles that follow a place without belonging to it: North Jakarta Mayor, New Zealand Prime Minister.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = LanguageProfiles.English.WordList("titles-after-place").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup =
        LanguageProfiles.English.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GeoLookup = GeoGeneric.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordFilter GeoFilter = new(GeoGeneric);

    public static bool IsGeoGeneric(ReadOnlySpan<char> word) => GeoFilter.MayContain(word) && GeoLookup.Contains(word);

    /// <summary>True for words of the language that are not names when capitalised.</summary>
    public static bool IsCommon(ReadOnlySpan<char> word, LanguageProfile language) =>
        language.English ? EnglishLookup.Contains(word) : IndonesianVocabulary.Contains(word) || (word.Length <= 3 && EnglishLookup.Contains(word));

    /// <summary>
    /// The names of <paramref name="t"/>; <paramref name="exonyms"/> (null when the language has none) splits a run where
    /// a name starts that the translation writes differently.
    /// </summary>
    public static List<NameSpan> Scan(TokenList t, LanguageProfile language, Exonyms? exonyms)
    {
        var names = new List<NameSpan>();
        var i = 0;
        while (i < t.Count)
        {
            if (!t[i].IsWord || !t[i].IsCapitalized)
            {
                i++;
                continue;
            }

            if (DottedAbbreviationEnd(t, i) is var dotted and > 0)
            {
                // U.S., U.N., B.J. Habibie: the letters and their full stops are one name, with the name they start.
                var runEnd = RunEnd(t, dotted);
                var count = names.Count;
                if (runEnd > dotted)
                {
                    SplitRun(t, dotted + 1, runEnd, language, exonyms, names);
                }

                if (names.Count > count && names[count].First == dotted + 1)
                {
                    names[count] = new NameSpan(i, names[count].Last, false, false);
                }
                else
                {
                    names.Insert(count, new NameSpan(i, dotted, false, false));
                }

                i = runEnd + 1;
                continue;
            }

            var end = RunEnd(t, i);
            SplitRun(t, i, end, language, exonyms, names);
            i = end + 1;
        }

        return names;
    }

    /// <summary>The closing full stop of single capitals joined by full stops (U.S., U.N., B.J.), or -1.</summary>
    private static int DottedAbbreviationEnd(TokenList t, int i)
    {
        var k = i;
        var letters = 0;
        while (k + 1 < t.Count && t[k].IsWord && t[k].Length == 1 && t[k].IsCapitalized && t.IsSymbol(k + 1, '.') && t.Adjacent(k + 1)
            && (letters == 0 || t.Adjacent(k)))
        {
            letters++;
            k += 2;
        }

        return letters >= 2 ? k - 1 : -1;
    }

    /// <summary>Last token of the capitalised run starting at <paramref name="i"/>.</summary>
    private static int RunEnd(TokenList t, int i)
    {
        var last = i;
        var k = i + 1;
        while (k < t.Count)
        {
            if (t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1) && k + 1 < t.Count && t[k + 1].IsWord)
            {
                last = k + 1;
                k += 2;
            }
            else if (t[k].IsWord && t[k].IsCapitalized && !t[k].NewlineBefore && DottedAbbreviationEnd(t, k) < 0)
            {
                last = k++;
            }
            else if (t[k].IsWord && k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsCapitalized && Particles.Contains(t.Chars(k)))
            {
                last = k + 1;
                k += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    private static void SplitRun(TokenList t, int first, int last, LanguageProfile language, Exonyms? exonyms, List<NameSpan> names)
    {
        var pieceStart = -1;
        var k = first;
        var placeContinues = false;
        var placeEnd = -1;
        while (k <= last)
        {
            var unitEnd = UnitEnd(t, k, last);
            var exonymEnd = exonyms is null ? -1 : MatchExonym(t, k, last, exonyms);
            if (exonymEnd >= 0)
            {
                Flush(t, ref pieceStart, k - 1, names);
                names.Add(new NameSpan(k, exonymEnd, true, false));
                k = exonymEnd + 1;
                continue;
            }

            var word = t.Chars(k);
            var common = (unitEnd == k && ((IsCommon(word, language) && !IsGeoGeneric(word) && !IsAcronym(t, k, language)) || IsMeasure(t, k, language) || IsShoutedEnglish(t, k, language)))
                || (unitEnd > k && language.English && IsCommonCompound(t, k, unitEnd))
                || (k == first && !language.English && IsSentenceStart(t, k) && IndonesianVocabulary.LooksDerived(t.Text.AsSpan(t[k].Start, t[unitEnd].End - t[k].Start)));

            // "New", "South", "United" start a place with the capitalised word after them (South Korea, United States),
            // and "New" in Indonesian text too (New York, New Delhi).
            var place = unitEnd < last && (language.English ? PlaceModifiers.Contains(word) : word.Equals("New", StringComparison.Ordinal)) && t[unitEnd + 1].IsWord && !Titles.Contains(t.Chars(unitEnd + 1));
            if (place || placeContinues)
            {
                common = false;
            }

            placeContinues = place;
            var caseBreak = pieceStart >= 0 && t[pieceStart].IsAllCaps != t[k].IsAllCaps;
            if (common || caseBreak || k == placeEnd + 1)
            {
                Flush(t, ref pieceStart, k - 1, names);
            }

            if (!common && pieceStart < 0)
            {
                pieceStart = k;
            }

            // The office of a place names its holder next: "Wali Kota Surabaya Eri Cahyadi" is Kota Surabaya and
            // Eri Cahyadi. Only with the office before it and two more words after the place (Kabupaten Puncak Jaya).
            if (!language.English && IsGeoGeneric(word) && k > 0 && IsIn(Offices, t, k - 1) && CountUnits(t, unitEnd + 1, last) >= 3)
            {
                placeEnd = UnitEnd(t, unitEnd + 1, last);
            }

            k = unitEnd + 1;
        }

        Flush(t, ref pieceStart, last, names);
    }

    /// <summary>Offices held over a place, followed by the place and then the holder's name.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Offices = LanguageProfiles.Indonesian.WordList("place-offices").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsIn(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, TokenList t, int k) => t[k].IsWord && set.Contains(t.Chars(k));

    private static int CountUnits(TokenList t, int k, int last)
    {
        var n = 0;
        while (k <= last)
        {
            k = UnitEnd(t, k, last) + 1;
            n++;
        }

        return n;
    }

    /// <summary>An English title written with hyphens: Secretary-General, President-elect (Suk-yeol and Al-Qaeda stay names).</summary>
    private static bool IsCommonCompound(TokenList t, int k, int end)
    {
        if (!EnglishLookup.Contains(t.Chars(k)))
        {
            return false;
        }

        for (var p = k + 2; p <= end; p += 2)
        {
            if (t[p].IsCapitalized && !EnglishLookup.Contains(t.Chars(p)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// In English an all-capital word is an acronym even when it spells a common word (US, IT, WHO), unless its
    /// neighbours are capitals too: a shouted line ("FOLLOW US") is not a row of acronyms.
    /// </summary>
    internal static bool IsAcronym(TokenList t, int k, LanguageProfile language)
    {
        if (!language.English || !t[k].IsAllCaps)
        {
            return false;
        }

        return !InShoutedLine(t, k);
    }

    /// <summary>English prompts that Indonesian news pages print in capitals around an article (FOLLOW US, READ MORE).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PageChrome = LanguageProfiles.English.WordList("page-prompts").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A page prompt in a shouted line of an Indonesian page ("FOLLOW US", "READ MORE"): Indonesian text only trusts
    /// short English words as common, and no word list knows these, but in capitals beside capitals they are chrome.
    /// </summary>
    private static bool IsShoutedEnglish(TokenList t, int k, LanguageProfile language)
    {
        if (language.English || !t[k].IsAllCaps || !PageChrome.Contains(t.Chars(k)))
        {
            return false;
        }

        return InShoutedLine(t, k);
    }

    /// <summary>An all-capital word with an all-capital word beside it on the same line.</summary>
    private static bool InShoutedLine(TokenList t, int k)
    {
        var before = k > 0 && t[k - 1].IsWord && t[k - 1].IsAllCaps && !t[k].NewlineBefore;
        var after = k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsAllCaps && !t[k + 1].NewlineBefore;
        return before || after;
    }

    private static void Flush(TokenList t, ref int start, int end, List<NameSpan> names)
    {
        if (start < 0)
        {
            return;
        }

        // A generic place word alone ("Provinsi") is not a name; next to one it is part of it (Oblast Kursk).
        var onlyGeneric = true;
        for (var k = start; k <= end && onlyGeneric; k++)
        {
            onlyGeneric = !t[k].IsWord || IsGeoGeneric(t.Chars(k));
        }

        // A lone letter is an initial or part of an identifier (Grup C, F-16, G20), not a name.
        if (!onlyGeneric && t[end].End - t[start].Start > 1)
        {
            var initial = start == end && IsSentenceStart(t, start);
            names.Add(new NameSpan(start, end, false, initial));
        }

        start = -1;
    }

    /// <summary>A unit written before its number (Tol Cipali Km 102, KM 50): a measurement, not part of the name.</summary>
    private static bool IsMeasure(TokenList t, int k, LanguageProfile language) =>
        k + 1 < t.Count && t[k + 1].IsNumber && language.Lexicon[t[k].Info]?.Unit is not null;

    /// <summary>A hyphenated group (Suk-yeol, Indo-Pasifik) is one unit; returns its last token.</summary>
    internal static int UnitEnd(TokenList t, int k, int last)
    {
        while (k + 2 <= last && t.IsDash(k + 1) && t.Adjacent(k + 1) && t.Adjacent(k + 2))
        {
            k += 2;
        }

        return k;
    }

    private static int MatchExonym(TokenList t, int k, int last, Exonyms exonyms)
    {
        // A window matches a key only if its first word starts that key and it is no longer than the key.
        var longest = t[k].IsWord ? exonyms.LongestStartingWith(t.Chars(k)) : int.MaxValue;
        if (longest == 0)
        {
            return -1;
        }

        for (var end = Math.Min(last, k + (exonyms.MaxWords * 2)); end >= k; end--)
        {
            if (t[end].IsWord && t[end].End - t[k].Start <= longest && exonyms.TryGet(t.Text.AsSpan(t[k].Start, t[end].End - t[k].Start), out _))
            {
                return end;
            }
        }

        return -1;
    }

    internal static bool IsSentenceStart(TokenList t, int k)
    {
        var p = k - 1;
        while (p >= 0 && t[p].Kind == TokenKind.Symbol && t.Text[t[p].Start] is '"' or '“' or '‘' or '(' or '\'')
        {
            p--;
        }

        return p < 0 || t[k].NewlineBefore || (t[p].Kind == TokenKind.Symbol && t.Text[t[p].Start] is '.' or '?' or '!' or ':' or '•' or '-' or '–');
    }
}
