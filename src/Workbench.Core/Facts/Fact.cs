namespace Workbench.Core.Facts;

/// <summary>
/// A recognized span of text (Start..End, end exclusive, .NET string indices) with its kind and normalized value.
/// <see cref="Unit"/> is a currency code (IDR, USD), "%" or a unit (km, kg, t, ha, mi, m), or a time zone for times;
/// <see cref="Qualifier"/> is an English qualifier (about, more than, at least, less than, almost, up to) or "vague";
/// <see cref="Claimant"/> is who the sentence attributes the fact to.
/// </summary>
public sealed record Fact(
    int Start,
    int End,
    FactKind Kind,
    FactValue Value,
    string? Unit = null,
    string? Qualifier = null,
    string? Claimant = null,
    FactFlags Flags = FactFlags.None)
{
    public TextSpan Span => new(Start, End);

    public string GetText(string text) => Span.GetText(text);
}
