using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Features.Qa;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

/// <summary>The editor's "segments with QA errors" filter.</summary>
public class SegmentFilterQaTests
{
    [Fact]
    public void Label_QaErrors_IsReadable() => SegmentFilters.Label(SegmentFilter.QaErrors).ShouldBe("QA errors");

    [Fact]
    public void Matches_QaErrorsWithAnError_IsTrue()
    {
        var segment = Segment(TroopsSource, TroopsIndonesianFormat);

        SegmentFilters.Matches(segment, Evaluate(TroopsSource, TroopsIndonesianFormat), SegmentFilter.QaErrors).ShouldBeTrue();
    }

    [Fact]
    public void Matches_QaErrorsWithOnlyAWarning_IsFalse()
    {
        var segment = Segment(ShipsSource, ShipsTwo);
        var qa = Evaluate(ShipsSource, ShipsTwo);
        qa.Items.ShouldNotBeEmpty();

        SegmentFilters.Matches(segment, qa, SegmentFilter.QaErrors).ShouldBeFalse();
    }

    [Fact]
    public void Matches_QaErrorsWithoutFindings_IsFalse()
        => SegmentFilters.Matches(Segment(ShipsSource, ShipsCorrect), SegmentQa.None, SegmentFilter.QaErrors).ShouldBeFalse();

    [Fact]
    public void Matches_QaErrorsOnAnExcludedSegment_IsFalse()
    {
        var errors = Evaluate(TroopsSource, TroopsIndonesianFormat);
        errors.HasErrors.ShouldBeTrue();

        SegmentFilters.Matches(Segment(TroopsSource, TroopsIndonesianFormat, excluded: true), errors, SegmentFilter.QaErrors).ShouldBeFalse();
    }

    [Fact]
    public void Matches_QaErrorsOnAConfirmedSegment_IsTrue()
        => SegmentFilters.Matches(Segment(RutteSource, RutteMisspelled, status: SegmentStatus.Confirmed), Evaluate(RutteSource, RutteMisspelled),
            SegmentFilter.QaErrors).ShouldBeTrue();

    [Theory]
    [InlineData(SegmentFilter.All, true)]
    [InlineData(SegmentFilter.Draft, true)]
    [InlineData(SegmentFilter.Confirmed, false)]
    [InlineData(SegmentFilter.Excluded, false)]
    public void Matches_OtherFilters_IgnoreQa(SegmentFilter filter, bool expected)
    {
        var segment = Segment(TroopsSource, TroopsIndonesianFormat, status: SegmentStatus.Draft);
        var errors = Evaluate(TroopsSource, TroopsIndonesianFormat);

        SegmentFilters.Matches(segment, errors, filter).ShouldBe(expected);
        SegmentFilters.Matches(segment, SegmentQa.None, filter).ShouldBe(expected);
    }
}
