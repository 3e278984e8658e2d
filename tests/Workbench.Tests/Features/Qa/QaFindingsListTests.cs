using Bunit;
using Workbench.Features.Qa;
using Workbench.Tests.Infrastructure;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

public class QaFindingsListTests : MudTestContext
{
    private readonly List<QaItem> overridden = [];

    /// <summary>An error (number.format) and an open warning (number.added on "Two") from the real checker.</summary>
    private static SegmentQa Mixed(params QaOverrideView[] overrides) => Evaluate(MixedSource, MixedTarget, overrides);

    private static QaItem WarningOf(SegmentQa qa) => qa.Items.Single(i => !i.IsError);

    private static QaItem ErrorOf(SegmentQa qa) => qa.Items.Single(i => i.IsError);

    private IRenderedComponent<QaFindingsList> RenderList(SegmentQa qa, bool canOverride = true) => Render<QaFindingsList>(p => p
        .Add(c => c.Qa, qa)
        .Add(c => c.CanOverride, canOverride)
        .Add(c => c.OnOverride, item => overridden.Add(item)));

    private static string OverrideKeyOfWarning() => WarningOf(Mixed()).Key;

    [Fact]
    public void Render_Findings_ShowsEveryMessageWithItsCodeAndSeverity()
    {
        var qa = Mixed();
        qa.Items.Count.ShouldBe(2);

        var cut = RenderList(qa);

        var rows = cut.FindAll("li[data-testid=qa-finding]");
        rows.Count.ShouldBe(2);
        foreach (var item in qa.Items)
        {
            var row = rows.Single(r => r.GetAttribute("data-code") == item.Finding.Code);
            row.QuerySelector(".qa-message")!.TextContent.ShouldContain(item.Finding.Message);
            row.ClassList.ShouldContain(item.IsError ? "qa-error" : "qa-warning");
        }
    }

    [Fact]
    public void Render_CanOverride_OffersOverrideOnlyOnTheOpenWarning()
    {
        var qa = Mixed();

        var cut = RenderList(qa);

        cut.FindAll("button[data-testid=qa-override]").ShouldHaveSingleItem();
        cut.Find($"li[data-code='{WarningOf(qa).Finding.Code}']").QuerySelectorAll("button[data-testid=qa-override]").Length.ShouldBe(1);
        cut.Find($"li[data-code='{ErrorOf(qa).Finding.Code}']").QuerySelectorAll("button").Length.ShouldBe(0);
    }

    [Fact]
    public void Render_OnlyErrors_OffersNoOverride()
    {
        var cut = RenderList(Evaluate(RutteSource, RutteMisspelled));

        cut.FindAll("li[data-testid=qa-finding]").ShouldHaveSingleItem();
        cut.FindAll("button[data-testid=qa-override]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_CannotOverride_OffersNoOverrideEvenForWarnings()
    {
        var cut = RenderList(Mixed(), canOverride: false);

        cut.FindAll("li[data-testid=qa-finding]").Count.ShouldBe(2);
        cut.FindAll("button[data-testid=qa-override]").ShouldBeEmpty();
    }

    [Fact]
    public void OverrideButton_Click_RaisesOnOverrideWithTheWarning()
    {
        var qa = Mixed();
        var cut = RenderList(qa);

        cut.Find("button[data-testid=qa-override]").Click();

        overridden.ShouldHaveSingleItem().ShouldBe(WarningOf(qa));
    }

    [Fact]
    public void Render_OverriddenWarning_ShowsWhoWhenAndWhyAndNoButton()
    {
        var view = new QaOverrideView(OverrideKeyOfWarning(), "The photo caption names two ships.", "Tari Translator", At);
        var qa = Mixed(view);
        WarningOf(qa).IsOpen.ShouldBeFalse();

        var cut = RenderList(qa);

        var row = cut.Find($"li[data-code='{WarningOf(qa).Finding.Code}']");
        row.ClassList.ShouldContain("qa-overridden");
        var note = row.QuerySelector(".qa-override-note").ShouldNotBeNull();
        note.TextContent.ShouldContain("Overridden by Tari Translator");
        note.TextContent.ShouldContain("The photo caption names two ships.");
        note.TextContent.ShouldContain("2 Nov 2026, 09:15 UTC");
        cut.FindAll("button[data-testid=qa-override]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_OpenFindings_ShowNoOverrideNote()
        => RenderList(Mixed()).FindAll(".qa-override-note").ShouldBeEmpty();

    [Fact]
    public void Render_ReasonWithMarkup_IsShownAsText()
    {
        var qa = Mixed(new QaOverrideView(OverrideKeyOfWarning(), "<b>two</b> in caption", "<i>Tari</i>", At));

        var cut = RenderList(qa);

        cut.FindAll("li b, li i").ShouldBeEmpty();
        cut.Find(".qa-override-note").TextContent.ShouldContain("<b>two</b> in caption");
    }
}
