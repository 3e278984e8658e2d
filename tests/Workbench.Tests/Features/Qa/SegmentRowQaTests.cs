using Bunit;
using Workbench.Features.Editor;
using Workbench.Features.Qa;
using Workbench.Tests.Infrastructure;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

/// <summary>The QA part of an editor row: badge, marks in both columns, findings list.</summary>
public class SegmentRowQaTests : MudTestContext
{
    private readonly List<QaItem> overrides = [];

    public SegmentRowQaTests() => RenderPopoverProvider();

    private IRenderedComponent<SegmentRow> RenderRow(SegmentView segment, SegmentQa qa, bool canEdit = true) => Render<SegmentRow>(p => p
        .Add(r => r.Segment, segment)
        .Add(r => r.CanEdit, canEdit)
        .Add(r => r.Qa, qa)
        .Add(r => r.OnOverride, item => overrides.Add(item)));

    private static string BadgeText(IRenderedComponent<SegmentRow> cut) => cut.Find("[data-testid=qa-badge]").TextContent.Trim();

    [Fact]
    public void Render_ErrorAndOpenWarning_BadgeCountsBoth()
    {
        var qa = Evaluate(MixedSource, MixedTarget);
        (qa.ErrorCount, qa.OpenWarningCount).ShouldBe((1, 1));

        var cut = RenderRow(Segment(MixedSource, MixedTarget), qa);

        BadgeText(cut).ShouldBe("2");
        cut.Find("[data-testid=qa-badge]").GetAttribute("title").ShouldBe("1 QA error(s), 1 open warning(s)");
    }

    [Fact]
    public void Render_OverriddenWarning_IsNotCountedInTheBadge()
    {
        var key = Evaluate(MixedSource, MixedTarget).Items.Single(i => !i.IsError).Key;

        var cut = RenderRow(Segment(MixedSource, MixedTarget), Evaluate(MixedSource, MixedTarget, [OverrideOf(key)]));

        BadgeText(cut).ShouldBe("1");
    }

    [Fact]
    public void Render_OnlyOverriddenWarnings_HasNoBadgeButStillListsThem()
    {
        var key = Evaluate(ShipsSource, ShipsTwo).Items[0].Key;

        var cut = RenderRow(Segment(ShipsSource, ShipsTwo), Evaluate(ShipsSource, ShipsTwo, [OverrideOf(key)]));

        cut.FindAll("[data-testid=qa-badge]").ShouldBeEmpty();
        cut.Find("[data-testid=qa-finding]").ClassList.ShouldContain("qa-overridden");
    }

    [Fact]
    public void Render_NoFindings_HasNoBadgeNoMarksAndNoList()
    {
        var cut = RenderRow(Segment(TroopsSource, TroopsCorrect), Evaluate(TroopsSource, TroopsCorrect));

        cut.FindAll("[data-testid=qa-badge]").ShouldBeEmpty();
        cut.FindAll("mark").ShouldBeEmpty();
        cut.FindAll("[data-testid=qa-findings]").ShouldBeEmpty();
        cut.Find("[data-testid=segment-source]").TextContent.ShouldBe(TroopsSource);
    }

    [Fact]
    public void Render_Error_MarksTheSpanInTheSourceColumnWithTheMessage()
    {
        var qa = Evaluate(TroopsSource, TroopsIndonesianFormat);

        var cut = RenderRow(Segment(TroopsSource, TroopsIndonesianFormat), qa);

        var source = cut.Find("[data-testid=segment-source]");
        source.TextContent.ShouldBe(TroopsSource);
        var mark = source.QuerySelectorAll("mark[data-testid=qa-mark]").ShouldHaveSingleItem();
        mark.TextContent.ShouldBe("Sekitar 10.000");
        mark.GetAttribute("title").ShouldBe(qa.Items[0].Finding.Message);
        mark.ClassList.ShouldContain("qa-error");
    }

    [Fact]
    public void Render_Error_MarksTheSpanInTheTranslationColumn()
    {
        var cut = RenderRow(Segment(TroopsSource, TroopsIndonesianFormat), Evaluate(TroopsSource, TroopsIndonesianFormat));

        var backdrop = cut.Find(".segment-target .qa-backdrop");
        backdrop.TextContent.ShouldBe(TroopsIndonesianFormat);
        backdrop.QuerySelectorAll("mark").ShouldHaveSingleItem().TextContent.ShouldBe("About 10.000");
        cut.Find("textarea[data-testid=segment-target]").GetAttribute("value").ShouldBe(TroopsIndonesianFormat);
    }

    [Fact]
    public void Render_TruncatedTranslationWithAnError_MarksTheErrorNotTheWholeBox()
    {
        const string source = "Sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia untuk membantu perang melawan Ukraina di wilayah Kursk.";
        const string target = "About 10.000 troops.";
        var qa = Evaluate(source, target);
        qa.Items.ShouldContain(i => i.Finding.Code == Workbench.Core.Facts.Qa.QaCodes.MissingTruncated);

        var cut = RenderRow(Segment(source, target), qa);

        var mark = cut.FindAll(".qa-backdrop mark").ShouldHaveSingleItem();
        mark.TextContent.ShouldBe("About 10.000");
        mark.ClassList.ShouldContain("qa-error");
        cut.FindAll("[data-testid=qa-finding]").Count.ShouldBe(qa.Items.Count);
    }

    [Fact]
    public void Render_MisspelledName_MarksTheNameInBothColumns()
    {
        var cut = RenderRow(Segment(RutteSource, RutteMisspelled), Evaluate(RutteSource, RutteMisspelled));

        cut.Find("[data-testid=segment-source] mark").TextContent.ShouldBe("Rutte");
        cut.Find(".qa-backdrop mark").TextContent.ShouldBe("Rute");
        BadgeText(cut).ShouldBe("1");
    }

    [Fact]
    public void Render_Findings_ListsThemUnderTheTranslation()
    {
        var qa = Evaluate(MixedSource, MixedTarget);

        var cut = RenderRow(Segment(MixedSource, MixedTarget), qa);

        cut.FindAll(".segment-target [data-testid=qa-finding]").Select(li => li.GetAttribute("data-code"))
            .ShouldBe(qa.Items.Select(i => i.Finding.Code), ignoreOrder: true);
    }

    [Fact]
    public void OverrideButton_CanEdit_RaisesOnOverrideWithTheWarning()
    {
        var qa = Evaluate(MixedSource, MixedTarget);
        var cut = RenderRow(Segment(MixedSource, MixedTarget), qa);

        cut.Find("button[data-testid=qa-override]").Click();

        overrides.ShouldHaveSingleItem().ShouldBe(qa.Items.Single(i => !i.IsError));
    }

    [Fact]
    public void Render_CannotEdit_ShowsFindingsWithoutOverride()
    {
        var cut = RenderRow(Segment(MixedSource, MixedTarget), Evaluate(MixedSource, MixedTarget), canEdit: false);

        cut.FindAll("[data-testid=qa-finding]").Count.ShouldBe(2);
        cut.FindAll("button[data-testid=qa-override]").ShouldBeEmpty();
        BadgeText(cut).ShouldBe("2");
    }

    [Fact]
    public void Render_WithoutQaParameter_HasNoBadge()
    {
        var cut = Render<SegmentRow>(p => p.Add(r => r.Segment, Segment(TroopsSource, TroopsIndonesianFormat)));

        cut.FindAll("[data-testid=qa-badge]").ShouldBeEmpty();
        cut.FindAll("mark").ShouldBeEmpty();
    }
}
