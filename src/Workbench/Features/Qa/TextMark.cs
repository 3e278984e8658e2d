namespace Workbench.Features.Qa;

/// <summary>A highlighted range of a text (end exclusive) with a tooltip.</summary>
public sealed record TextMark(int Start, int End, string Css, string Title);

public static class TextMarks
{
    /// <summary>
    /// Cuts <paramref name="text"/> into plain and marked pieces. Overlapping or out-of-range marks are
    /// dropped rather than nested, so the pieces always concatenate back to the text.
    /// </summary>
    public static IReadOnlyList<(string Text, TextMark? Mark)> Split(string text, IEnumerable<TextMark> marks)
    {
        var pieces = new List<(string, TextMark?)>();
        var position = 0;
        foreach (var mark in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start).OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mark.Start < position)
            {
                continue;
            }

            if (mark.Start > position)
            {
                pieces.Add((text[position..mark.Start], null));
            }

            pieces.Add((text[mark.Start..mark.End], mark));
            position = mark.End;
        }

        if (position < text.Length)
        {
            pieces.Add((text[position..], null));
        }

        return pieces;
    }

    public static IEnumerable<TextMark> ForSource(SegmentQa qa) => qa.Items
        .Where(i => i.Finding.Source is not null && i.Finding.Kind != Workbench.Core.Facts.Qa.QaKind.Missing && i.Finding.Kind != Workbench.Core.Facts.Qa.QaKind.Untranslated)
        .Select(i => new TextMark(i.Finding.Source!.Value.Start, i.Finding.Source.Value.End, CssOf(i), i.Finding.Message));

    public static IEnumerable<TextMark> ForTarget(SegmentQa qa) => qa.Items
        .Where(i => i.Finding.Target is not null && i.Finding.Kind != Workbench.Core.Facts.Qa.QaKind.Untranslated)
        .Select(i => new TextMark(i.Finding.Target!.Value.Start, i.Finding.Target.Value.End, CssOf(i), i.Finding.Message));

    private static string CssOf(QaItem item) => item.IsError ? "qa-mark qa-error" : item.IsOpen ? "qa-mark qa-warning" : "qa-mark qa-overridden";
}
