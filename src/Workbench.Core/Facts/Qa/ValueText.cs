using System.Globalization;

namespace Workbench.Core.Facts.Qa;

/// <summary>Formats values for messages the English way (10,000; 3.2), whatever the text's locale.</summary>
internal static class ValueText
{
    public static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    public static string Quote(string text, TextSpan span) => $"“{span.GetText(text)}”";

    public static string Date(PartialDate d)
    {
        var parts = new List<string>(4);
        if (d.Weekday is { } w)
        {
            parts.Add(w.ToString());
        }

        if (d.Month > 0)
        {
            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);
            parts.Add(d.Day > 0 ? string.Create(CultureInfo.InvariantCulture, $"{month} {d.Day}") : month);
        }

        if (d.Year > 0)
        {
            parts.Add(d.Year.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
