using System.Globalization;
using Workbench.Features.Documents;
using Workbench.Features.Qa;

namespace Workbench.Features.Editor;

public enum SegmentFilter
{
    All,
    New,
    Draft,
    Translated,
    Confirmed,
    Excluded,
    QaErrors,
}

public static class SegmentFilters
{
    public const int MaxSearchLength = 200;

    public static string Label(SegmentFilter filter) => filter == SegmentFilter.QaErrors ? "QA errors" : filter.ToString();

    public static bool Matches(SegmentView s, SegmentQa qa, SegmentFilter filter) => filter switch
    {
        SegmentFilter.All => true,
        SegmentFilter.Excluded => s.Excluded,
        SegmentFilter.QaErrors => !s.Excluded && qa.HasErrors,
        SegmentFilter.New => !s.Excluded && s.Status == SegmentStatus.New,
        SegmentFilter.Draft => !s.Excluded && s.Status == SegmentStatus.Draft,
        SegmentFilter.Translated => !s.Excluded && s.Status == SegmentStatus.Translated,
        SegmentFilter.Confirmed => !s.Excluded && s.Status == SegmentStatus.Confirmed,
        _ => true,
    };

    /// <summary>
    /// Whether the source or the translation contains <paramref name="text"/>, ignoring case and
    /// accents. The list is virtualized, so the browser's own find cannot see rows off screen.
    /// </summary>
    public static bool ContainsText(SegmentView s, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var compare = CultureInfo.InvariantCulture.CompareInfo;
        const CompareOptions options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        var needle = text.Trim();
        return compare.IndexOf(s.Source, needle, options) >= 0 || compare.IndexOf(s.Target, needle, options) >= 0;
    }

    /// <summary>The position of the next row after <paramref name="segmentId"/> still to confirm (wrapping), or -1.</summary>
    internal static int NextUnconfirmed(IReadOnlyList<EditorRow> rows, IReadOnlyList<SegmentView> segments, int segmentId)
    {
        var current = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (segments[rows[i].SegmentIndex].Id == segmentId)
            {
                current = i;
                break;
            }
        }

        for (var step = 1; step <= rows.Count; step++)
        {
            var row = rows[(current + step + rows.Count) % rows.Count];
            var s = segments[row.SegmentIndex];
            if (!s.Excluded && s.Status != SegmentStatus.Confirmed)
            {
                return row.Position;
            }
        }

        return -1;
    }
}
