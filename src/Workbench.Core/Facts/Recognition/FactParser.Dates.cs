using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

internal sealed partial class FactParser
{
    private readonly record struct DateRead(PartialDate Date, int Next, FactFlags Flags = FactFlags.None);

    private bool TryDate(int i, out int next)
    {
        next = i;
        if (!TryReadDate(i, out var read))
        {
            return false;
        }

        Add(i, read.Next, FactKind.Date, FactValue.FromDate(read.Date), flags: read.Flags);
        next = read.Next;
        return true;
    }

    private bool TryReadDate(int i, out DateRead read)
    {
        read = default;
        if (i >= t.Count)
        {
            return false;
        }

        if (t[i].IsNumber)
        {
            return TryCalendar(i, out read) || TryNumericDate(i, t.IsSymbol(i - 1, '('), out read) || TryYear(i, out read);
        }

        var w = Info(i);
        if (w is null || !t[i].IsWord)
        {
            return false;
        }

        if (w.Weekday is { } weekday && t[i].IsCapitalized && !IsWeekNoun(i))
        {
            var k = t.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
            if (TryCalendar(k, out var day))
            {
                read = day with { Date = day.Date with { Weekday = weekday } };
            }
            else if (t.IsSymbol(i + 1, '(') && TryNumericDate(i + 2, true, out day) && t.IsSymbol(day.Next, ')'))
            {
                read = new DateRead(day.Date with { Weekday = weekday }, day.Next + 1, day.Flags);
            }
            else
            {
                read = new DateRead(new PartialDate(0, 0, 0, weekday), i + 1);
            }

            return true;
        }

        if (w.YearMarker && TryYear(i + 1, out read))
        {
            return true;
        }

        return TryCalendar(i, out read);
    }

    /// <summary>"Minggu lalu" is "last week": Minggu is Sunday only when no week word follows.</summary>
    private bool IsWeekNoun(int i) =>
        !english && t.WordIs(i, "minggu") && IsWord(i + 1)
        && t.Chars(i + 1).ToString().ToLowerInvariant() is "lalu" or "depan" or "ini" or "ke" or "kemarin" or "pertama" or "terakhir" or "yang";

    /// <summary>29 Oktober 2024, 29-30 Oktober, Oktober 2024 / October 29, 2024, Oct. 29, 29 October 2024, October.</summary>
    private bool TryCalendar(int i, out DateRead read)
    {
        read = default;
        if (Integer(i, 2, out var day) && day is >= 1 and <= 31)
        {
            var k = i + 1;
            if (english && t.Adjacent(k) && Info(k)?.OrdinalSuffix == true)
            {
                k++;
            }

            var endDay = 0;
            if (t.IsDash(k) && Integer(k + 1, 2, out var second) && second > day && second <= 31)
            {
                endDay = second;
                k += 2;
            }

            if (MonthAt(k, true) is var month and > 0)
            {
                // The full stop of "29 Okt. 2024" abbreviates; after "5 Mei." it ends the sentence.
                var afterMonth = k + 1;
                k = SkipDot(afterMonth);
                var year = ReadYear(ref k);
                if (year == 0)
                {
                    k = afterMonth;
                }

                read = new DateRead(new PartialDate(year, month, day, null, endDay), k);
                return true;
            }

            return false;
        }

        if (MonthAt(i, false) is not (var m and > 0))
        {
            return false;
        }

        var j = SkipDot(i + 1);
        if (english && Integer(j, 2, out var d) && d is >= 1 and <= 31 && !IsYearLike(j))
        {
            j++;
            if (t.Adjacent(j) && Info(j)?.OrdinalSuffix == true)
            {
                j++;
            }

            var end = 0;
            if (t.IsDash(j) && Integer(j + 1, 2, out var d2) && d2 > d && d2 <= 31)
            {
                end = d2;
                j += 2;
            }

            var y = ReadYear(ref j);
            read = new DateRead(new PartialDate(y, m, d, null, end), j);
            return true;
        }

        var onlyYear = ReadYear(ref j);
        if (onlyYear > 0 || !Info(i)!.MonthNeedsContext)
        {
            read = new DateRead(new PartialDate(onlyYear, m, 0, null), onlyYear > 0 ? j : i + 1);
            return true;
        }

        return false;
    }

    /// <summary>The month named at <paramref name="k"/>; abbreviations and May/March only count when a day is known.</summary>
    private int MonthAt(int k, bool dayKnown)
    {
        var w = Info(k);
        if (w is null || w.Month == 0 || !t[k].IsWord)
        {
            return 0;
        }

        if (!t[k].IsCapitalized && (english || !dayKnown))
        {
            return 0;
        }

        return dayKnown || !w.MonthNeedsContext || IsYearLike(SkipDot(k + 1)) || (english && IsNumber(SkipDot(k + 1))) ? w.Month : 0;
    }

    private int SkipDot(int k) => t.IsSymbol(k, '.') && t.Adjacent(k) ? k + 1 : k;

    private int ReadYear(ref int k)
    {
        var at = t.IsSymbol(k, ',') ? k + 1 : k;
        if (IsYearLike(at) && Integer(at, 4, out var year))
        {
            k = at + 1;
            return year;
        }

        return 0;
    }

    private bool IsYearLike(int k) => Integer(k, 4, out var year) && year is >= 1000 and <= 2999 && t.Chars(k).Length == 4;

    /// <summary>29/10/2024, (13/1) in Indonesian (day first); 10/29/2024 in English, both readings kept when unclear.</summary>
    private bool TryNumericDate(int i, bool allowNoYear, out DateRead read)
    {
        read = default;
        if (!IsNumber(i))
        {
            return false;
        }

        // A day range before the date: (11-12/1) is January 11 to 12.
        if (!english && Integer(i, 2, out var first) && t.IsDash(i + 1) && t.Adjacent(i + 1) && t.Adjacent(i + 2)
            && TryNumericDate(i + 2, allowNoYear, out var last) && first >= 1 && first < last.Date.Day)
        {
            read = last with { Date = last.Date with { Day = first, EndDay = last.Date.Day } };
            return true;
        }

        var s = t.Chars(i);
        Span<Range> parts = stackalloc Range[4];
        var n = s.Split(parts, '/');
        if (n is < 2 or > 3 || (n == 2 && !allowNoYear))
        {
            return false;
        }

        if (!int.TryParse(s[parts[0]], out var a) || !int.TryParse(s[parts[1]], out var b))
        {
            return false;
        }

        var year = 0;
        if (n == 3 && (!int.TryParse(s[parts[2]], out year) || s[parts[2]].Length is not (2 or 4)))
        {
            return false;
        }

        year = year is > 0 and < 100 ? 2000 + year : year;
        var (day, month) = english && b <= 31 && a <= 12 ? (b, a) : (a, b);
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        var ambiguous = english && a <= 12 && b <= 12;
        read = new DateRead(new PartialDate(year, month, day, null) { DayMonthAmbiguous = ambiguous }, i + 1, ambiguous ? FactFlags.Ambiguous : 0);
        return true;
    }

    /// <summary>A year on its own (tahun 1998, in 2024, 1990-an, the 1990s), unless money, a scale or a unit makes it a count.</summary>
    private bool TryYear(int i, out DateRead read)
    {
        read = default;
        if (!IsYearLike(i) || !Integer(i, 4, out var year) || year is < 1900 or > 2100)
        {
            return false;
        }

        var before = Info(i - 1);
        if (before?.CurrencyBefore is not null || t.IsSymbol(i - 1, '$'))
        {
            return false;
        }

        var after = Info(i + 1);
        if (t.IsSymbol(i + 1, '%') || (after is not null && (after.Number is not NumberWord.None || after.Unit is not null || after.Percent || after.CurrencyAfter is not null)))
        {
            return false;
        }

        if (t.IsDash(i + 1) && t.Adjacent(i + 1) && t.WordIs(i + 2, "an"))
        {
            read = new DateRead(new PartialDate(year, 0, 0, null), i + 3, FactFlags.Approximate);
            return true;
        }

        if (english && t.Adjacent(i + 1) && t.WordIs(i + 1, "s"))
        {
            read = new DateRead(new PartialDate(year, 0, 0, null), i + 2, FactFlags.Approximate);
            return true;
        }

        read = new DateRead(new PartialDate(year, 0, 0, null), i + 1);
        return true;
    }
}
