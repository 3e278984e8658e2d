using System.Globalization;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Compares calendar dates and clock times by value. A source date is satisfied by translation dates that agree
/// with it on every part both state and together give its day and month (the year and weekday may be dropped:
/// "Selasa, 29 Oktober 2024" → "Oct. 29"). Times match on the minute; "2:32" without a.m./p.m. matches 14:32.
/// </summary>
internal static class DateTimeCheck
{
    public static void Run(string source, string target, List<Fact> sourceFacts, List<Fact> targetFacts, List<QaFinding> findings)
    {
        var s = sourceFacts.Where(f => f.Kind == FactKind.Date).ToList();
        var t = targetFacts.Where(f => f.Kind == FactKind.Date).ToList();
        var used = new bool[t.Count];
        foreach (var a in s)
        {
            CheckDate(source, target, a, t, used, findings);
        }

        for (var k = 0; k < t.Count; k++)
        {
            if (!used[k] && t[k].Value.Date.HasDayAndMonth && !s.Any(a => Compatible(a.Value.Date, t[k].Value.Date)))
            {
                findings.Add(new QaFinding(QaCodes.DateAdded, QaKind.Date, QaSeverity.Warning, null, t[k].Span,
                    $"The translation has the date {ValueText.Quote(target, t[k].Span)}, which is not in the source."));
            }
        }

        CheckTimes(source, target, sourceFacts, targetFacts, findings);
    }

    private static void CheckDate(string source, string target, Fact a, List<Fact> t, bool[] used, List<QaFinding> findings)
    {
        var date = a.Value.Date;
        bool day = false, month = false, year = false, weekday = false;
        for (var k = 0; k < t.Count; k++)
        {
            var other = t[k].Value.Date;
            if (Compatible(date, other))
            {
                used[k] = true;
                day |= date.Day > 0 && other.Day > 0;
                month |= date.Month > 0 && other.Month > 0;
                year |= date.Year > 0 && other.Year > 0;
                weekday |= date.Weekday is not null && other.Weekday is not null;
            }
        }

        // A bare month kept as written is part of a name (Raja Juli Antoni), since English months are spelt
        // differently or, when the same (April), are read as dates of the translation.
        if (date.Day == 0 && date.Year == 0 && date.Weekday is null && !month && NameCheck.Present(target, source.AsSpan(a.Span.Start, a.Span.Length)))
        {
            return;
        }

        // "akhir Maret" → "the end of March": English reads a bare March or May as a month only next to a day or year
        // (they are also a verb and a modal), so a capitalised month name in the translation answers a bare month.
        if (date.Day == 0 && date.Year == 0 && date.Month > 0 && !month && MonthNamed(target, date.Month))
        {
            return;
        }

        var satisfied = date.HasDayAndMonth ? day && month
            : date.Month > 0 ? month && (date.Year == 0 || year)
            : date.Year > 0 ? year
            : weekday;

        // "Senin (13/1/2025)" → "on Monday": the weekday alone renders the Indonesian weekday-and-date, as English
        // news style does, when the translation has no other calendar day that could be a changed one.
        satisfied |= date.Weekday is not null && weekday && date.Day > 0
            && !Enumerable.Range(0, t.Count).Any(k => !used[k] && t[k].Value.Date.Day > 0);

        // "Kamis (14/11)" → "Friday (Nov. 14)": the day matches but a stated weekday contradicts.
        var weekdayRival = date.Weekday is not null && !weekday ? t.FindIndex(o => o.Value.Date.Weekday is { } w && w != date.Weekday) : -1;
        if (satisfied && weekdayRival < 0)
        {
            return;
        }

        var rival = weekdayRival >= 0 ? weekdayRival
            : Enumerable.Range(0, t.Count).Where(k => !used[k] && SameShape(date, t[k].Value.Date)).Select(k => (int?)k).FirstOrDefault();
        if (rival is { } r)
        {
            used[r] = true;
            findings.Add(new QaFinding(QaCodes.DateChanged, QaKind.Date, QaSeverity.Error, a.Span, t[r].Span,
                $"Date changed: {ValueText.Quote(source, a.Span)} is {ValueText.Date(date)} but the translation has {ValueText.Quote(target, t[r].Span)} ({ValueText.Date(t[r].Value.Date)})."));
            return;
        }

        findings.Add(new QaFinding(QaCodes.DateMissing, QaKind.Date, QaSeverity.Error, a.Span, null,
            $"Date {ValueText.Quote(source, a.Span)} ({ValueText.Date(date)}) is missing from the translation."));
    }

    private static bool MonthNamed(string target, int month)
    {
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        for (var at = target.IndexOf(name, StringComparison.Ordinal); at >= 0; at = target.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetter(target[at - 1])) && (end == target.Length || !char.IsLetter(target[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No part stated by both differs, and at least one part is shared.</summary>
    internal static bool Compatible(PartialDate a, PartialDate b)
    {
        if (Agrees(a, b))
        {
            return true;
        }

        var swapped = b with { Day = b.Month, Month = b.Day };
        return (b.DayMonthAmbiguous && Agrees(a, swapped)) || (a.DayMonthAmbiguous && Agrees(a with { Day = a.Month, Month = a.Day }, b));
    }

    private static bool Agrees(PartialDate a, PartialDate b)
    {
        var shared = 0;
        if (!Part(a.Year, b.Year, ref shared) || !Part(a.Month, b.Month, ref shared) || !Part(a.Day, b.Day, ref shared) || !Part(a.EndDay, b.EndDay, ref shared))
        {
            return false;
        }

        if (a.Weekday is { } x && b.Weekday is { } y)
        {
            if (x != y)
            {
                return false;
            }

            shared++;
        }

        return shared > 0;
    }

    private static bool Part(int a, int b, ref int shared)
    {
        if (a == 0 || b == 0)
        {
            return true;
        }

        shared += a == b ? 1 : 0;
        return a == b;
    }

    /// <summary>Dates that state the same kind of thing (both a day, both a month, both a year, both a weekday) can be a changed pair.</summary>
    private static bool SameShape(PartialDate a, PartialDate b) =>
        (a.Day > 0 && b.Day > 0) || (a.Day == 0 && b.Day == 0 && ((a.Month > 0 && b.Month > 0) || (a.Month == 0 && b.Month == 0 && ((a.Year > 0 && b.Year > 0) || (a.Weekday is not null && b.Weekday is not null)))))
        || (a.Weekday is not null && b.Weekday is not null && a.Weekday != b.Weekday);

    private static void CheckTimes(string source, string target, List<Fact> sourceFacts, List<Fact> targetFacts, List<QaFinding> findings)
    {
        var s = Times(sourceFacts);
        var t = Times(targetFacts);
        var lost = new List<Fact>();
        foreach (var a in s)
        {
            var k = t.FindIndex(b => SameTime(a, b));
            if (k >= 0)
            {
                t.RemoveAt(k);
            }
            else
            {
                lost.Add(a);
            }
        }

        for (var k = 0; k < lost.Count; k++)
        {
            var a = lost[k];
            findings.Add(k < t.Count
                ? new QaFinding(QaCodes.TimeChanged, QaKind.Time, QaSeverity.Error, a.Span, t[k].Span,
                    $"Time changed: {ValueText.Quote(source, a.Span)} is {ValueText.Time(a.Value.Time)} but the translation has {ValueText.Quote(target, t[k].Span)} ({ValueText.Time(t[k].Value.Time)}).")
                : new QaFinding(QaCodes.TimeMissing, QaKind.Time, QaSeverity.Error, a.Span, null,
                    $"Time {ValueText.Quote(source, a.Span)} ({ValueText.Time(a.Value.Time)}) is missing from the translation."));
        }

        foreach (var b in t.Skip(lost.Count))
        {
            if (NamesPartOfDay(source, target, b))
            {
                continue;
            }

            findings.Add(new QaFinding(QaCodes.TimeAdded, QaKind.Time, QaSeverity.Warning, null, b.Span,
                $"The translation has the time {ValueText.Quote(target, b.Span)}, which is not in the source."));
        }
    }

    /// <summary>
    /// "midday", "noon" or "midnight" written for a part of the day the source names without a clock (Rabu siang →
    /// "midday on Wednesday", tengah malam → "midnight"): the same time of day, not an added one.
    /// </summary>
    private static bool NamesPartOfDay(string source, string target, Fact added)
    {
        if (target.AsSpan(added.Start, added.End - added.Start).ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        return added.Value.Time == TimeOnly.MinValue
            ? HasWord(source, "malam") || HasWord(source, "midnight")
            : HasWord(source, "siang") || HasWord(source, "tengah") || HasWord(source, "noon") || HasWord(source, "midday");
    }

    private static bool HasWord(string text, string word)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = end;
        }

        return false;
    }

    /// <summary>Each end of a range is a time of its own: "pukul 10.00-15.00" = "from 10 a.m. to 3 p.m.".</summary>
    private static List<Fact> Times(List<Fact> facts)
    {
        var times = new List<Fact>();
        foreach (var f in facts.Where(f => f.Kind == FactKind.Time))
        {
            times.Add(f);
            if (f.Value.TimeEnd is { } end)
            {
                times.Add(f with { Value = FactValue.FromTime(end) });
            }
        }

        return times;
    }

    private static bool SameTime(Fact a, Fact b) => Minutes(a.Value.Time, b.Value.Time, a.Flags, b.Flags);

    /// <summary>Same clock minute; a 12-hour reading without a.m./p.m. also matches twelve hours later.</summary>
    private static bool Minutes(TimeOnly a, TimeOnly b, FactFlags fa, FactFlags fb)
    {
        if (a == b)
        {
            return true;
        }

        var ambiguous = ((fa | fb) & FactFlags.Ambiguous) != 0;
        return ambiguous && a.Minute == b.Minute && a.Hour % 12 == b.Hour % 12;
    }
}
