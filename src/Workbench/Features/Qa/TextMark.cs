using Workbench.Core.Facts.Qa;

namespace Workbench.Features.Qa;

/// <summary>A highlighted range of a text (end exclusive) with a tooltip; lower <see cref="Priority"/> wins an overlap.</summary>
public sealed record TextMark(int Start, int End, string Css, string Title, int Priority = 0);

public static class TextMarks
{
    /// <summary>
    /// Cuts <paramref name="text"/> into plain and marked pieces. Where marks overlap, the one with
    /// the lower priority (then the shorter one) is kept and the other dropped rather than nested, so
    /// an error is never hidden behind a warning and the pieces always concatenate back to the text.
    /// </summary>
    public static IReadOnlyList<(string Text, TextMark? Mark)> Split(string text, IEnumerable<TextMark> marks)
    {
        var chosen = new List<TextMark>();
        foreach (var mark in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start)
                     .OrderBy(m => m.Priority).ThenBy(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (!chosen.Any(c => c.Start < mark.End && mark.Start < c.End))
            {
                chosen.Add(mark);
            }
        }

        var pieces = new List<(string, TextMark?)>();
        var position = 0;
        foreach (var mark in chosen.OrderBy(m => m.Start))
        {
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

    // Whole-text findings (missing, untranslated) are listed under the box, not painted over all of it.
    public static IEnumerable<TextMark> ForSource(SegmentQa qa) => qa.Items
        .Where(i => i.Finding.Source is not null && !CoversWholeText(i))
        .Select(i => new TextMark(i.Finding.Source!.Value.Start, i.Finding.Source.Value.End, CssOf(i), i.Finding.Message, PriorityOf(i)));

    public static IEnumerable<TextMark> ForTarget(SegmentQa qa) => qa.Items
        .Where(i => i.Finding.Target is not null && !CoversWholeText(i))
        .Select(i => new TextMark(i.Finding.Target!.Value.Start, i.Finding.Target.Value.End, CssOf(i), i.Finding.Message, PriorityOf(i)));

    private static bool CoversWholeText(QaItem item) => item.Finding.Code is QaCodes.MissingEmpty or QaCodes.MissingTruncated
        or QaCodes.UntranslatedIdentical or QaCodes.UntranslatedSourceLanguage;

    private static int PriorityOf(QaItem item) => item.IsError ? 0 : item.IsOpen ? 1 : 2;

    private static string CssOf(QaItem item) => item.IsError ? "qa-mark qa-error" : item.IsOpen ? "qa-mark qa-warning" : "qa-mark qa-overridden";
}
