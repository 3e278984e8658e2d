namespace Workbench.Core.Facts;

/// <summary>What a recognized span states; the names are the claim kinds the CLI writes.</summary>
public enum FactKind
{
    Quantity,
    Money,
    Percent,
    Date,
    Time,
    Quote,
    Source,
    Name,
}

/// <summary>How firmly a value was stated, which decides how strictly QA compares it.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Deferred: the rename would collide with the language-profile rewrite of the facts engine (issue 11, item 1); rename after it lands.")]
public enum FactFlags
{
    None = 0,

    /// <summary>An order of magnitude rather than a count: ribuan, thousands, tens of thousands, the 1990s.</summary>
    Approximate = 1,

    /// <summary>A word that often is not a count at all (satu in "salah satu", "one of", "dua kali" → "twice").</summary>
    Weak = 2,

    /// <summary>Written in the other locale's convention, e.g. "10.000" inside English text.</summary>
    ForeignFormat = 4,

    /// <summary>More than one reading: "10,000" in Indonesian text, "5/1" or "2:30" without a.m./p.m. in English.</summary>
    Ambiguous = 8,

    /// <summary>A range (3.000 hingga 5.000): the value is the lower bound, <see cref="FactValue.Max"/> the upper.</summary>
    Range = 16,

    /// <summary>A factor rather than a count: dua kali lipat, three times, doubled, tripled.</summary>
    Multiple = 32,
}
