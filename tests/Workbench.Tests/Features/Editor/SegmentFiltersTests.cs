using Workbench.Core.Segmentation;
using Workbench.Features.Documents;
using Workbench.Features.Editor;

namespace Workbench.Tests.Features.Editor;

public class SegmentFiltersTests
{
    private static SegmentView Segment(int id, string source, string target = "", SegmentStatus status = SegmentStatus.New, bool excluded = false)
        => new(id, id - 1, 0, SegmentKind.Body, source, target, status, null, excluded, null, null, DateTime.UnixEpoch, 0);

    [Theory]
    [InlineData("tentara", true)]
    [InlineData("TENTARA", true)]
    [InlineData("troops", true)]
    [InlineData("  troops  ", true)]
    [InlineData("kapal", false)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void ContainsText_SourceOrTarget_MatchesIgnoringCase(string? text, bool expected)
        => SegmentFilters.ContainsText(Segment(1, "Sekitar 10.000 tentara", "About 10,000 troops"), text).ShouldBe(expected);

    [Fact]
    public void ContainsText_AccentedText_MatchesWithoutAccents()
        => SegmentFilters.ContainsText(Segment(1, "Kunjungan ke Pokrovsk", "The visit to Pokróvsk"), "pokrovsk").ShouldBeTrue();

    [Fact]
    public void NextUnconfirmed_AfterCurrent_SkipsConfirmedAndExcluded()
    {
        SegmentView[] segments =
        [
            Segment(1, "a", "x", SegmentStatus.Confirmed),
            Segment(2, "b", "", SegmentStatus.New, excluded: true),
            Segment(3, "c", "y", SegmentStatus.Confirmed),
            Segment(4, "d", "z", SegmentStatus.Draft),
        ];
        var rows = segments.Select((_, i) => new EditorRow(i, i)).ToList();

        SegmentFilters.NextUnconfirmed(rows, segments, segmentId: 1).ShouldBe(3);
    }

    [Fact]
    public void NextUnconfirmed_AtTheEnd_WrapsToTheFirstOpenRow()
    {
        SegmentView[] segments =
        [
            Segment(1, "a", "", SegmentStatus.New),
            Segment(2, "b", "y", SegmentStatus.Confirmed),
        ];
        var rows = segments.Select((_, i) => new EditorRow(i, i)).ToList();

        SegmentFilters.NextUnconfirmed(rows, segments, segmentId: 2).ShouldBe(0);
    }

    [Fact]
    public void NextUnconfirmed_EverythingConfirmed_ReturnsMinusOne()
    {
        SegmentView[] segments = [Segment(1, "a", "x", SegmentStatus.Confirmed), Segment(2, "b", "y", SegmentStatus.Confirmed)];
        var rows = segments.Select((_, i) => new EditorRow(i, i)).ToList();

        SegmentFilters.NextUnconfirmed(rows, segments, segmentId: 1).ShouldBe(-1);
    }
}
