using Bunit;
using Workbench.Features.Documents;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents;

public class DocumentStatusChipTests : MudTestContext
{
    [Theory]
    [InlineData(DocumentStatus.New, "New", "mud-chip-color-default")]
    [InlineData(DocumentStatus.InTranslation, "In translation", "mud-chip-color-info")]
    [InlineData(DocumentStatus.Translated, "Translated", "mud-chip-color-success")]
    public void Render_Status_ShowsLabelAndColor(DocumentStatus status, string label, string colorClass)
    {
        var chip = Render<DocumentStatusChip>(p => p.Add(c => c.Status, status)).Find(".mud-chip");

        chip.TextContent.Trim().ShouldBe(label);
        chip.ClassList.ShouldContain(colorClass);
    }

    [Theory]
    [InlineData(DocumentStatus.InReview, "In review", "mud-chip-color-secondary")]
    [InlineData(DocumentStatus.Approved, "Approved", "mud-chip-color-success")]
    [InlineData(DocumentStatus.Reopened, "Reopened", "mud-chip-color-warning")]
    public void Render_WorkflowStatus_ShowsLabelAndColor(DocumentStatus status, string label, string colorClass)
    {
        var chip = Render<DocumentStatusChip>(p => p.Add(c => c.Status, status)).Find(".mud-chip");

        chip.TextContent.Trim().ShouldBe(label);
        chip.ClassList.ShouldContain(colorClass);
    }

    [Fact]
    public void Render_Approved_IsFilledUnlikeTranslated()
    {
        Render<DocumentStatusChip>(p => p.Add(c => c.Status, DocumentStatus.Approved)).Find(".mud-chip").ClassList.ShouldContain("mud-chip-filled");
        Render<DocumentStatusChip>(p => p.Add(c => c.Status, DocumentStatus.Translated)).Find(".mud-chip").ClassList.ShouldNotContain("mud-chip-filled");
    }
}
