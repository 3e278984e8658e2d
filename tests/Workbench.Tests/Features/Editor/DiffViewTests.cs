using Bunit;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

public class DiffViewTests : MudTestContext
{
    [Fact]
    public void Render_ChangedWord_MarksDeletionAndInsertion()
    {
        var cut = Render<DiffView>(p => p.Add(d => d.OldText, "The port opened on Monday.").Add(d => d.NewText, "The port opened on Tuesday."));

        cut.Find(".diff-deleted").TextContent.ShouldBe("Monday");
        cut.Find(".diff-inserted").TextContent.ShouldBe("Tuesday");
        cut.Find("[data-testid=diff]").TextContent.ShouldBe("The port opened on MondayTuesday.");
    }

    [Fact]
    public void Render_MarkupInText_IsShownAsText()
    {
        var cut = Render<DiffView>(p => p.Add(d => d.OldText, "<b>bold</b>").Add(d => d.NewText, "<img src=x onerror=alert(1)>"));

        cut.FindAll("[data-testid=diff] b, [data-testid=diff] img").ShouldBeEmpty();
        cut.Find("[data-testid=diff]").TextContent.ShouldContain("<img src=x onerror=alert(1)>");
    }

    [Fact]
    public void Render_NewParameters_RebuildsPieces()
    {
        var cut = Render<DiffView>(p => p.Add(d => d.OldText, "same").Add(d => d.NewText, "same"));
        cut.FindAll(".diff-inserted").ShouldBeEmpty();

        cut.Render(p => p.Add(d => d.NewText, "same changed"));

        cut.FindAll(".diff-inserted").ShouldNotBeEmpty();
    }
}
