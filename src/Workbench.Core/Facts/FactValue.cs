using System.Globalization;

namespace Workbench.Core.Facts;

public enum FactValueKind
{
    None,
    Number,
    Date,
    Time,
    Text,
}

/// <summary>
/// The normalized value of a fact: a number (decimal, never double: 2,5 and 2.5 must compare exactly),
/// a partial date, a clock time, or a text (the cited source's name).
/// </summary>
public readonly record struct FactValue
{
    public FactValueKind Kind { get; init; }

    public decimal Number { get; init; }

    /// <summary>Upper bound of a range (3.000 hingga 5.000 → 5000).</summary>
    public decimal? Max { get; init; }

    /// <summary>The other reading of an ambiguous numeral ("10,000" in Indonesian is 10 but probably meant 10000).</summary>
    public decimal? Alternative { get; init; }

    public PartialDate Date { get; init; }

    public TimeOnly Time { get; init; }

    /// <summary>End of a time range (pukul 10.00-12.00).</summary>
    public TimeOnly? TimeEnd { get; init; }

    public string? Text { get; init; }

    public static FactValue None => default;

    public static FactValue FromNumber(decimal value, decimal? max = null, decimal? alternative = null) =>
        new() { Kind = FactValueKind.Number, Number = Normalize(value), Max = max is { } m ? Normalize(m) : null, Alternative = alternative is { } a ? Normalize(a) : null };

    public static FactValue FromDate(PartialDate date) => new() { Kind = FactValueKind.Date, Date = date };

    public static FactValue FromTime(TimeOnly time, TimeOnly? end = null) => new() { Kind = FactValueKind.Time, Time = time, TimeEnd = end };

    public static FactValue FromText(string text) => new() { Kind = FactValueKind.Text, Text = text };

    /// <summary>Invariant text: 10000, 3000..5000, 2024-10-29, 14:32, or the text; empty for none.</summary>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return Kind switch
        {
            FactValueKind.Number when Max is { } max => string.Create(inv, $"{Number}..{max}"),
            FactValueKind.Number => Number.ToString(inv),
            FactValueKind.Date => Date.ToIsoString() ?? Date.Weekday?.ToString() ?? string.Empty,
            FactValueKind.Time => Time.ToString("HH:mm", inv),
            FactValueKind.Text => Text ?? string.Empty,
            _ => string.Empty,
        };
    }

    /// <summary>Drops trailing zeros so 1,2 juta (1.2 × 1000000 = 1200000.0) prints and compares as 1200000.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
