namespace Workbench.Core.Facts.Text;

/// <summary>How a number word combines with its neighbours when a spelled-out number is read.</summary>
internal enum NumberWord : byte
{
    None,

    /// <summary>Adds to the pending units: dua, tujuh, sepuluh, sebelas, seven, twenty.</summary>
    Add,

    /// <summary>Indonesian "belas": pending + 10 (dua belas = 12).</summary>
    Teen,

    /// <summary>Indonesian "puluh": pending × 10 (dua puluh = 20).</summary>
    Tens,

    /// <summary>ratus / hundred: pending × 100 (one when nothing is pending: seratus, a hundred).</summary>
    Hundred,

    /// <summary>ribu, juta, thousand, million …: everything so far × scale (one when nothing precedes: seribu).</summary>
    Scale,
}

internal enum DayPeriod : byte
{
    None,
    Morning,
    Midday,
    Afternoon,
    Evening,
    Am,
    Pm,
}

/// <summary>Direction of a qualifier, for telling "more than" from "fewer than" across languages.</summary>
internal enum QualifierDirection : byte
{
    None,
    Approximate,
    Above,
    Below,
}

/// <summary>Everything one word can mean to the recognizers; a word may play several roles ("hingga": up to, and a range separator).</summary>
internal sealed class WordInfo
{
    public NumberWord Number { get; set; }

    public decimal NumberValue { get; set; }

    /// <summary>Magnitude of a vague quantity word: ribuan, thousands → 1000.</summary>
    public decimal Vague { get; set; }

    /// <summary>Number words that are usually not counts (satu/one, twice, both).</summary>
    public bool Weak { get; set; }

    public int Month { get; set; }

    /// <summary>Okt, Oct, Sept: a month only next to a day or year.</summary>
    public bool MonthNeedsContext { get; set; }

    public DayOfWeek? Weekday { get; set; }

    public string? Qualifier { get; set; }

    public QualifierDirection Direction { get; set; }

    /// <summary>First word of a multi-word qualifier (lebih dari, at least).</summary>
    public bool QualifierStart { get; set; }

    public string? CurrencyBefore { get; set; }

    public string? CurrencyAfter { get; set; }

    public string? Unit { get; set; }

    public bool Percent { get; set; }

    public bool TimeMarker { get; set; }

    /// <summary>noon, midnight; Indonesian "tengah" (tengah hari, tengah malam).</summary>
    public bool NamedTime { get; set; }

    public string? TimeZone { get; set; }

    public DayPeriod Period { get; set; }

    /// <summary>The denominator a fraction word names after a count: tiga perempat, three quarters, two-thirds.</summary>
    public decimal Denominator { get; set; }

    /// <summary>kali, times: "dua kali" is "twice", not a count of two.</summary>
    public bool Multiplier { get; set; }

    public bool YearMarker { get; set; }

    /// <summary>st, nd, rd, th after digits.</summary>
    public bool OrdinalSuffix { get; set; }

    /// <summary>hingga, sampai, to: joins the two ends of a range.</summary>
    public bool RangeWord { get; set; }
}
