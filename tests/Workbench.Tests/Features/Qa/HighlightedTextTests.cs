using Bunit;
using Workbench.Features.Qa;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Qa;

public class HighlightedTextTests : MudTestContext
{
    private IRenderedComponent<HighlightedText> RenderText(string text, params TextMark[] marks)
        => Render<HighlightedText>(p => p.Add(c => c.Text, text).Add(c => c.Marks, marks));

    [Fact]
    public void Render_NoMarks_IsThePlainText()
    {
        var cut = RenderText("Kapal tiba di pelabuhan.");

        cut.FindAll("mark").ShouldBeEmpty();
        cut.Markup.ShouldBe("Kapal tiba di pelabuhan.");
    }

    [Fact]
    public void Render_Marks_WrapsTheSpansWithClassAndMessageAsTitle()
    {
        var cut = RenderText("Two ships and 10.000 troops.",
            new TextMark(14, 20, "qa-mark qa-error", "Written the Indonesian way."),
            new TextMark(0, 3, "qa-mark qa-warning", "Not in the source."));

        var marks = cut.FindAll("mark[data-testid=qa-mark]");
        marks.Select(m => m.TextContent).ShouldBe(["Two", "10.000"]);
        marks[0].GetAttribute("title").ShouldBe("Not in the source.");
        marks[0].ClassName.ShouldBe("qa-mark qa-warning");
        marks[1].GetAttribute("title").ShouldBe("Written the Indonesian way.");
        marks[1].ClassList.ShouldContain("qa-error");
        cut.Nodes.Select(n => n.TextContent).Aggregate(string.Concat).ShouldBe("Two ships and 10.000 troops.");
    }

    [Fact]
    public void Render_MarkupInText_IsShownAsTextNotAsElements()
    {
        var cut = RenderText("Say <b>x</b> & <script>alert(1)</script> now", new TextMark(4, 12, "qa-mark qa-error", "<i>title</i>"));

        cut.FindAll("b").ShouldBeEmpty();
        cut.FindAll("script").ShouldBeEmpty();
        cut.FindAll("i").ShouldBeEmpty();
        var mark = cut.Find("mark");
        mark.TextContent.ShouldBe("<b>x</b>");
        mark.Children.ShouldBeEmpty();
        mark.GetAttribute("title").ShouldBe("<i>title</i>");
        cut.Nodes.Select(n => n.TextContent).Aggregate(string.Concat).ShouldBe("Say <b>x</b> & <script>alert(1)</script> now");
        cut.Markup.ShouldContain("&lt;b&gt;x&lt;/b&gt;");
    }

    [Fact]
    public void Render_ErrorOverlappingAWarning_ShowsTheErrorAndKeepsAllText()
    {
        var cut = RenderText("About 10.000 troops",
            new TextMark(0, 19, "qa-mark qa-warning", "warning", Priority: 1),
            new TextMark(6, 12, "qa-mark qa-error", "error", Priority: 0));

        var mark = cut.FindAll("mark").ShouldHaveSingleItem();
        mark.GetAttribute("title").ShouldBe("error");
        mark.TextContent.ShouldBe("10.000");
        cut.Nodes.Select(n => n.TextContent).Aggregate(string.Concat).ShouldBe("About 10.000 troops");
    }
}
