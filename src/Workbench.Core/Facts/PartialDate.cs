using System.Globalization;

namespace Workbench.Core.Facts;

/// <summary>
/// A calendar date as precise as the text states it: any of year, month, day and weekday may be absent (0 / null).
/// "29-30 Oktober" keeps the second day in <see cref="EndDay"/>.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DayOfWeek? Weekday, int EndDay = 0)
{
    /// <summary>Set for English numeric dates such as 5/1/2025 whose day and month can be read either way.</summary>
    public bool DayMonthAmbiguous { get; init; }

    public bool HasDayAndMonth => Day > 0 && Month > 0;

    /// <summary>
    /// ISO 8601 text for the stated precision: 2024-10-29, 2024-10, --10-29 (no year), 2024, --10 (a month alone);
    /// null when only a weekday is known.
    /// </summary>
    public string? ToIsoString()
    {
        var inv = CultureInfo.InvariantCulture;
        if (Year > 0 && Month > 0 && Day > 0)
        {
            return string.Create(inv, $"{Year:D4}-{Month:D2}-{Day:D2}");
        }

        if (Year > 0 && Month > 0)
        {
            return string.Create(inv, $"{Year:D4}-{Month:D2}");
        }

        if (Month > 0 && Day > 0)
        {
            return string.Create(inv, $"--{Month:D2}-{Day:D2}");
        }

        if (Year > 0)
        {
            return Year.ToString("D4", inv);
        }

        return Month > 0 ? string.Create(inv, $"--{Month:D2}") : null;
    }
}
