using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>Multi-word qualifiers in front of a quantity; single words (sekitar, about) are in the lexicons.</summary>
internal static class QualifierPhrases
{
    internal sealed record Phrase(string[] Words, string? Qualifier, QualifierDirection Direction, bool Between = false);

    // "sebanyak", "as many as" and "an estimated" only introduce a number; they are consumed but state no bound.
    public static readonly Phrase[] Indonesian =
    [
        new(["tidak", "kurang", "dari"], "at least", QualifierDirection.Above),
        new(["tidak", "lebih", "dari"], "up to", QualifierDirection.Below),
        new(["lebih", "dari"], "more than", QualifierDirection.Above),
        new(["lebih", "daripada"], "more than", QualifierDirection.Above),
        new(["kurang", "dari"], "less than", QualifierDirection.Below),
        new(["di", "atas"], "more than", QualifierDirection.Above),
        new(["di", "bawah"], "less than", QualifierDirection.Below),
        new(["paling", "sedikit"], "at least", QualifierDirection.Above),
        new(["paling", "banyak"], "up to", QualifierDirection.Below),
        new(["sekurang", "-", "kurangnya"], "at least", QualifierDirection.Above),
        new(["setidak", "-", "tidaknya"], "at least", QualifierDirection.Above),
        new(["kurang", "lebih"], "about", QualifierDirection.Approximate),
        new(["lebih", "kurang"], "about", QualifierDirection.Approximate),
        new(["kira", "-", "kira"], "about", QualifierDirection.Approximate),
        new(["antara"], null, QualifierDirection.None, Between: true),
        new(["sebanyak"], null, QualifierDirection.None),
        new(["mencapai"], null, QualifierDirection.None),
    ];

    public static readonly Phrase[] English =
    [
        new(["no", "fewer", "than"], "at least", QualifierDirection.Above),
        new(["no", "less", "than"], "at least", QualifierDirection.Above),
        new(["no", "more", "than"], "up to", QualifierDirection.Below),
        new(["more", "than"], "more than", QualifierDirection.Above),
        new(["less", "than"], "less than", QualifierDirection.Below),
        new(["fewer", "than"], "less than", QualifierDirection.Below),
        new(["at", "least"], "at least", QualifierDirection.Above),
        new(["at", "most"], "up to", QualifierDirection.Below),
        new(["up", "to"], "up to", QualifierDirection.Below),
        new(["close", "to"], "almost", QualifierDirection.Below),
        new(["upwards", "of"], "more than", QualifierDirection.Above),
        new(["in", "excess", "of"], "more than", QualifierDirection.Above),
        new(["between"], null, QualifierDirection.None, Between: true),
        new(["as", "many", "as"], null, QualifierDirection.None),
        new(["as", "much", "as"], null, QualifierDirection.None),
        new(["an", "estimated"], "about", QualifierDirection.Approximate),
    ];

    /// <summary>First words of the phrases, marked in the lexicons so the scanner only stops on them.</summary>
    public static void MarkStarts(Lexicon.Builder builder, Phrase[] phrases)
    {
        foreach (var phrase in phrases)
        {
            builder.Set(phrase.Words[0], w => w.QualifierStart = true);
        }
    }
}
