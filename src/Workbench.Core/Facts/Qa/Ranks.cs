using System.Text.RegularExpressions;
using Workbench.Core.Facts.Profiles;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Ranks and day counts, which the recognizers leave out of the counts on purpose (ke-3 and 3rd are not quantities):
/// ke-15, kedua … kesebelas, H-3 (three days before a holiday) / 15th, second … ninety-ninth. They are still values a
/// translation may change (peringkat ke-127 → "172nd") or render as a plain number ("pekan ke-15" → "week 15",
/// "kedua tersangka" → "the two suspects", "H-3 Lebaran" → "three days before Eid"). A day of a Hijri month
/// (1 Ramadan, 10 Zulhijah / Shawwal 1) is one too: the day it names, which English often says in words ("the start of
/// Ramadan", "Eid al-Adha"), not a count.
/// </summary>
internal static partial class Ranks
{
    internal readonly record struct Rank(int Value, TextSpan Span);

    public static List<Rank> Find(string text, LanguageProfile language)
    {
        var ranks = new List<Rank>();
        foreach (var m in (language.English ? EnglishRank() : IndonesianRank()).EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            if (Value(span, language.English) is int value and > 0)
            {
                ranks.Add(new Rank(value, new TextSpan(m.Index, m.Index + m.Length)));
            }
        }

        return ranks;
    }

    private static int? Value(ReadOnlySpan<char> span, bool english)
    {
        var digits = span.IndexOfAnyInRange('0', '9');
        if (digits >= 0)
        {
            var end = digits;
            while (end < span.Length && char.IsAsciiDigit(span[end]))
            {
                end++;
            }

            return int.Parse(span[digits..end], provider: System.Globalization.CultureInfo.InvariantCulture);
        }

        return english ? EnglishOrdinals.Value(span) : IndonesianOrdinal(span);
    }

    /// <summary>kedua … kesebelas: "ke" and a number word of the lexicon (the pattern admits 2 to 11).</summary>
    private static int? IndonesianOrdinal(ReadOnlySpan<char> span)
    {
        var lexicon = LanguageProfiles.Indonesian.Lexicon;
        return lexicon[lexicon.Find(span[2..])] is { Number: Text.NumberWord.Add, NumberValue: >= 2 and <= 11 } info ? (int)info.NumberValue : null;
    }

    // "first" stands alone only in compounds (twenty-first): on its own it is too often not a rank (at first, first-ever).
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:\d{1,2}\s+(?:Muharram|Safar|Rabi|Jumada|Rajab|Sha'?ban|Ramadan|Shawwal|Dhu)(?!\p{L})|(?:Muharram|Safar|Rajab|Sha'?ban|Ramadan|Shawwal)\s+\d{1,2}|\d{1,5}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRank();

    // H-3 / H+2 count days to or from a holiday (Lebaran, the polling day) and are written with a capital H.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:\d{1,2}\s+(?:Muharr?am|Safar|Rabiul|Jumadil|Rajab|Sya'?k?ban|Ramad[h]?an|Syawal|Dzulqa'?dah|Zulka[ie]dah|Dzulhijj?ah|Zulhijj?ah)(?!\p{L})|[kK]e-\d{1,4}|[kK]e(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)|H[-+]\d{1,3})(?![\p{L}\p{N}]|[.,]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex IndonesianRank();
}
