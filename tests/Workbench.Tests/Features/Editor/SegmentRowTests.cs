using Bunit;
using Workbench.Core.Segmentation;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

public class SegmentRowTests : MudTestContext
{
    private static readonly SegmentView Draft = new(
        Id: 42, Index: 6, Paragraph: 3, SegmentKind.Body,
        Source: "Pelabuhan itu dibuka pukul 09.00 WITA.", Target: "The port opened at 09:00 WITA.",
        SegmentStatus.Draft, TranslationOrigin.Human, Excluded: false, ExclusionReason: null,
        UpdatedByName: "Tari Translator", UpdatedAt: new DateTime(2026, 11, 2, 9, 15, 0, DateTimeKind.Utc), Version: 3);

    private readonly List<SegmentEdit> saved = [];
    private readonly List<SegmentEdit> confirmed = [];
    private readonly List<SegmentView> toggled = [];
    private readonly List<SegmentView> histories = [];

    public SegmentRowTests() => RenderPopoverProvider();

    private IRenderedComponent<SegmentRow> RenderRow(SegmentView segment, bool canEdit = true) => Render<SegmentRow>(p => p
        .Add(r => r.Segment, segment)
        .Add(r => r.CanEdit, canEdit)
        .Add(r => r.OnSave, e => saved.Add(e))
        .Add(r => r.OnConfirm, e => confirmed.Add(e))
        .Add(r => r.OnToggleExcluded, s => toggled.Add(s))
        .Add(r => r.OnHistory, s => histories.Add(s)));

    [Fact]
    public void Render_Segment_ShowsNumberSourceTargetAndStatus()
    {
        var cut = RenderRow(Draft);

        cut.Find(".segment-number").TextContent.Trim().ShouldBe("7");
        cut.Find("[data-testid=segment-source]").TextContent.ShouldBe(Draft.Source);
        var textarea = cut.Find("textarea[data-testid=segment-target]");
        textarea.GetAttribute("value").ShouldBe(Draft.Target);
        textarea.HasAttribute("readonly").ShouldBeFalse();
        cut.Find(".segment-status").TextContent.Trim().ShouldBe("Draft");
        cut.Find("[data-testid=segment-author]").TextContent.ShouldBe("Tari Translator");
        cut.Find("[data-testid=segment-row]").GetAttribute("data-segment-id").ShouldBe("42");
    }

    [Fact]
    public void Render_NonBodyKind_ShowsKindUnderNumber()
        => RenderRow(Draft with { Kind = SegmentKind.Heading }).Find(".segment-kind").TextContent.ShouldBe("Heading");

    [Fact]
    public void ChangeEvent_OnTextarea_RaisesOnSaveWithNewText()
    {
        var cut = RenderRow(Draft);

        cut.Find("textarea").Change("The port opened at nine.");

        var edit = saved.ShouldHaveSingleItem();
        edit.Text.ShouldBe("The port opened at nine.");
        edit.Segment.ShouldBe(Draft);
        confirmed.ShouldBeEmpty();
    }

    [Fact]
    public void ConfirmButton_Click_RaisesOnConfirmWithSegment()
    {
        var cut = RenderRow(Draft);

        cut.Find("button[data-testid=confirm]").Click();

        var edit = confirmed.ShouldHaveSingleItem();
        edit.Segment.ShouldBe(Draft);
        edit.Text.ShouldBe(Draft.Target);
        saved.ShouldBeEmpty();
    }

    /// <summary>
    /// Typing then clicking Confirm fires change (blur) and then click. The click must confirm what the
    /// translator typed, not the text the row was rendered with before the save came back.
    /// </summary>
    [Fact]
    public void ConfirmButton_AfterTyping_ConfirmsTheTypedText()
    {
        var cut = RenderRow(Draft);

        cut.Find("textarea").Change("Typed just now.");
        cut.Find("button[data-testid=confirm]").Click();

        confirmed.ShouldHaveSingleItem().Text.ShouldBe("Typed just now.");
    }

    [Fact]
    public void ToggleExcludedButton_Click_RaisesOnToggleExcluded()
    {
        var cut = RenderRow(Draft);

        cut.Find("button[data-testid=toggle-excluded]").Click();

        toggled.ShouldHaveSingleItem().ShouldBe(Draft);
    }

    [Fact]
    public void HistoryButton_Click_RaisesOnHistory()
    {
        var cut = RenderRow(Draft);

        cut.Find("button[data-testid=history]").Click();

        histories.ShouldHaveSingleItem().ShouldBe(Draft);
    }

    [Fact]
    public void Render_ExcludedSegment_ShowsExcludedNoteAndNoTextarea()
    {
        var cut = RenderRow(Draft with { Excluded = true, ExclusionReason = "Related-article link" });

        cut.Find("[data-testid=excluded-note]").TextContent.ShouldBe("Excluded: Related-article link");
        cut.FindAll("textarea").ShouldBeEmpty();
        cut.FindAll("button[data-testid=confirm]").ShouldBeEmpty();
        cut.FindAll("button[data-testid=toggle-excluded]").ShouldHaveSingleItem().GetAttribute("aria-label").ShouldBe("Include");
        cut.Find("[data-testid=segment-row]").ClassList.ShouldContain("excluded");
    }

    [Fact]
    public void Render_ExcludedWithoutReason_ShowsPlainNote()
        => RenderRow(Draft with { Excluded = true }).Find("[data-testid=excluded-note]").TextContent.ShouldBe("Excluded");

    [Fact]
    public void Render_CannotEdit_IsReadOnlyWithoutConfirmOrExclude()
    {
        var cut = RenderRow(Draft, canEdit: false);

        cut.Find("textarea").HasAttribute("readonly").ShouldBeTrue();
        cut.FindAll("button[data-testid=confirm]").ShouldBeEmpty();
        cut.FindAll("button[data-testid=toggle-excluded]").ShouldBeEmpty();
        cut.FindAll("button[data-testid=history]").ShouldHaveSingleItem();
    }

    [Fact]
    public void Render_ConfirmedSegment_HasNoConfirmButton()
    {
        var cut = RenderRow(Draft with { Status = SegmentStatus.Confirmed });

        cut.FindAll("button[data-testid=confirm]").ShouldBeEmpty();
        cut.Find(".segment-status").TextContent.Trim().ShouldBe("Confirmed");
        cut.Find("[data-testid=segment-row]").ClassList.ShouldContain("confirmed");
    }

    [Fact]
    public void Render_MarkupInText_IsShownAsText()
    {
        var cut = RenderRow(Draft with { Source = "<b>bold</b> & <script>x()</script>" });

        cut.Find("[data-testid=segment-source]").TextContent.ShouldBe("<b>bold</b> & <script>x()</script>");
        cut.FindAll("[data-testid=segment-source] b").ShouldBeEmpty();
    }
}
