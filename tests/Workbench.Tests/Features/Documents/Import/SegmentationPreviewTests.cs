using Bunit;
using Workbench.Core.Segmentation;
using Workbench.Features.Documents.Import;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents.Import;

public class SegmentationPreviewTests : MudTestContext
{
    private static readonly IReadOnlyList<SegmentDraft> Drafts =
    [
        new(0, SegmentKind.Heading, "Pelabuhan Baru Mulai Beroperasi", false, null),
        new(1, SegmentKind.Body, "Pelabuhan itu dibuka pukul 09.00.", false, null),
        new(2, SegmentKind.Boilerplate, "Baca juga: Tarif Logistik Turun", true, "Related-article link"),
    ];

    private readonly HashSet<int> flipped = [];
    private int flippedChanged;

    private IRenderedComponent<SegmentationPreview> RenderPreview() => Render<SegmentationPreview>(p => p
        .Add(c => c.Segments, Drafts)
        .Add(c => c.Flipped, flipped)
        .Add(c => c.FlippedChanged, () => flippedChanged++));

    private static string Counts(IRenderedComponent<SegmentationPreview> cut)
        => string.Join(" ", cut.Find("[data-testid=preview-counts]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void ClickSwitch(IRenderedComponent<SegmentationPreview> cut, int row)
    {
        var input = cut.FindAll("[data-testid=preview-row]")[row].QuerySelector("input[type=checkbox]").ShouldNotBeNull();
        input.Change(!input.HasAttribute("checked"));
    }

    [Fact]
    public void Render_Drafts_ShowsRowsCountsAndExclusionReason()
    {
        var cut = RenderPreview();

        cut.FindAll("[data-testid=preview-row]").Count.ShouldBe(3);
        Counts(cut).ShouldBe("2 segments to translate · 1 excluded");
        cut.FindAll("[data-testid=preview-row]")[2].ClassList.ShouldContain("excluded");
        cut.FindAll("[data-testid=preview-row]")[2].TextContent.ShouldContain("Related-article link");
        cut.FindAll("[data-testid=preview-row]")[0].ClassList.ShouldNotContain("excluded");
    }

    [Fact]
    public void Switch_OnIncludedRow_ExcludesItAndUpdatesCounts()
    {
        var cut = RenderPreview();

        ClickSwitch(cut, 1);

        flipped.ShouldBe([1]);
        flippedChanged.ShouldBe(1);
        Counts(cut).ShouldBe("1 segment to translate · 2 excluded");
        cut.FindAll("[data-testid=preview-row]")[1].ClassList.ShouldContain("excluded");
    }

    [Fact]
    public void Switch_OnExcludedRow_IncludesIt()
    {
        var cut = RenderPreview();

        ClickSwitch(cut, 2);

        flipped.ShouldBe([2]);
        Counts(cut).ShouldBe("3 segments to translate · 0 excluded");
        cut.FindAll("[data-testid=preview-row]")[2].ClassList.ShouldNotContain("excluded");
    }

    [Fact]
    public void Switch_ClickedTwice_RestoresOriginal()
    {
        var cut = RenderPreview();

        ClickSwitch(cut, 0);
        ClickSwitch(cut, 0);

        flipped.ShouldBeEmpty();
        flippedChanged.ShouldBe(2);
        Counts(cut).ShouldBe("2 segments to translate · 1 excluded");
    }
}
