using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

internal sealed partial class FactParser
{
    private readonly record struct TimeRead(TimeOnly Time, TimeOnly? End, string? Zone, int Next, FactFlags Flags);

    private bool TryTime(int i, out int next)
    {
        next = i;
        if (!TryReadTime(i, out var read))
        {
            return false;
        }

        Add(i, read.Next, FactKind.Time, FactValue.FromTime(read.Time, read.End), read.Zone, flags: read.Flags);
        next = read.Next;
        return true;
    }

    /// <summary>pukul 14.32 WIB, pukul 9 pagi, 14.32 WIB, 14:32 / 2:32 p.m., 2pm, 14:32 GMT.</summary>
    private bool TryReadTime(int i, out TimeRead read)
    {
        read = default;
        if (i >= t.Count)
        {
            return false;
        }

        if (Info(i)?.NamedTime == true && NamedTime(i) is (var named, var length))
        {
            var after = i + length;
            read = new TimeRead(named, null, ReadZone(ref after), after, FactFlags.None);
            return true;
        }

        // "jam" after a count is hours of a duration (2 jam 10 menit), not a clock marker (jam 10).
        var marked = !english && Info(i)?.TimeMarker == true && !(i > 0 && t[i - 1].IsNumber && t.WordIs(i, "jam"));
        var k = marked ? SkipDot(i + 1) : i;
        if (!Clock(k, out var hour, out var minute, out var separator))
        {
            return false;
        }

        k++;
        int endHour = -1, endMinute = 0;
        if ((t.IsDash(k) || Info(k)?.RangeWord == true) && Clock(k + 1, out var h2, out var m2, out var sep2) && (sep2 != '\0' || marked || PeriodAfter(k + 2)))
        {
            (endHour, endMinute) = (h2, m2);
            k += 2;
        }

        var period = ReadPeriod(ref k);
        var zone = ReadZone(ref k);
        var colon = separator == ':';
        var accepted = marked || colon || (separator == '.' && (zone is not null || (english && period is not DayPeriod.None)))
            || (english && period is DayPeriod.Am or DayPeriod.Pm);
        if (!accepted || (english && separator == '\0' && hour > 12))
        {
            return false;
        }

        var flags = english && colon && period == DayPeriod.None && hour is >= 1 and <= 12 ? FactFlags.Ambiguous : FactFlags.None;
        var end = endHour >= 0 ? new TimeOnly(ToDay(endHour, period), endMinute) : (TimeOnly?)null;
        read = new TimeRead(new TimeOnly(ToDay(hour, period), minute), end, zone, k, flags);
        return true;
    }

    /// <summary>noon / midday / midnight; tengah hari / tengah malam: the time and how many words name it.</summary>
    private (TimeOnly Time, int Length)? NamedTime(int i)
    {
        if (english)
        {
            return t.WordIs(i, "midnight") ? (TimeOnly.MinValue, 1) : (new TimeOnly(12, 0), 1);
        }

        return t.WordIs(i + 1, "malam") ? (TimeOnly.MinValue, 2) : t.WordIs(i + 1, "hari") ? (new TimeOnly(12, 0), 2) : null;
    }

    /// <summary>An hour (1-2 digits) or hour and minutes written h.mm or h:mm; remembers the separator.</summary>
    private bool Clock(int k, out int hour, out int minute, out char separator)
    {
        hour = minute = 0;
        separator = '\0';
        if (!IsNumber(k))
        {
            return false;
        }

        var s = t.Chars(k);
        var at = s.IndexOfAny('.', ':');
        if (at < 0)
        {
            return Integer(k, 2, out hour) && hour <= 24;
        }

        separator = s[at];
        return at is 1 or 2 && s.Length == at + 3
            && int.TryParse(s[..at], out hour) && int.TryParse(s[(at + 1)..], out minute)
            && hour <= 24 && minute <= 59;
    }

    /// <summary>"7 to 9 a.m.": an English range of bare hours is a time range when a.m./p.m. closes it.</summary>
    private bool PeriodAfter(int k) => english && ReadPeriod(ref k) is DayPeriod.Am or DayPeriod.Pm;

    private DayPeriod ReadPeriod(ref int k)
    {
        if (Info(k)?.Period is { } period and not DayPeriod.None)
        {
            k++;

            // "pm." abbreviates; the full stop after "malam" or "pagi" ends the sentence.
            if (period is DayPeriod.Am or DayPeriod.Pm && t.IsSymbol(k, '.') && t.Adjacent(k))
            {
                k++;
            }

            return period;
        }

        // "a.m." and "p.m." come out of the lexer as a . m .
        if (english && (t.WordIs(k, "a") || t.WordIs(k, "p")) && t.IsSymbol(k + 1, '.') && t.WordIs(k + 2, "m") && t.Adjacent(k + 2))
        {
            var pm = t.WordIs(k, "p");
            k += t.IsSymbol(k + 3, '.') ? 4 : 3;
            return pm ? DayPeriod.Pm : DayPeriod.Am;
        }

        if (!english && t.WordIs(k, "dini") && t.WordIs(k + 1, "hari"))
        {
            k += 2;
            return DayPeriod.Morning;
        }

        return DayPeriod.None;
    }

    private string? ReadZone(ref int k)
    {
        // ET, CT, PT are zones only in capitals ("et al." is not Eastern Time).
        if (Info(k)?.TimeZone is { } zone && (zone.Length > 2 || t[k].IsAllCaps))
        {
            k++;
            return zone;
        }

        if ((t.WordIs(k, "waktu") && t.WordIs(k + 1, "setempat")) || (t.WordIs(k, "local") && t.WordIs(k + 1, "time")))
        {
            k += 2;
            return "local";
        }

        return null;
    }

    /// <summary>Hour of the day for a 12-hour reading: pukul 2 siang = 14, 7 malam = 19, 12 a.m. = 0.</summary>
    private static int ToDay(int hour, DayPeriod period) => period switch
    {
        DayPeriod.Pm or DayPeriod.Afternoon when hour < 12 => hour + 12,
        DayPeriod.Midday when hour < 11 => hour + 12,
        DayPeriod.Evening when hour is >= 5 and < 12 => hour + 12,
        DayPeriod.Evening or DayPeriod.Am or DayPeriod.Morning when hour == 12 => 0,
        _ => hour == 24 ? 0 : hour,
    };
}
