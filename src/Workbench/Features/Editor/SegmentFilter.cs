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
}
