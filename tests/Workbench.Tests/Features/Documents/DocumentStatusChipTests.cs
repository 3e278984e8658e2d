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
}
