using Bunit;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

public class SegmentStatusChipTests : MudTestContext
{
    [Theory]
    [InlineData(SegmentStatus.New, "mud-chip-color-default")]
    [InlineData(SegmentStatus.Draft, "mud-chip-color-warning")]
    [InlineData(SegmentStatus.Translated, "mud-chip-color-info")]
    [InlineData(SegmentStatus.Confirmed, "mud-chip-color-success")]
    public void Render_Status_ShowsNameAndColor(SegmentStatus status, string colorClass)
    {
        var chip = Render<SegmentStatusChip>(p => p.Add(c => c.Status, status)).Find(".segment-status");

        chip.TextContent.Trim().ShouldBe(status.ToString());
        chip.GetAttribute("data-status").ShouldBe(status.ToString());
        chip.ClassList.ShouldContain(colorClass);
    }

    [Fact]
    public void Render_Confirmed_IsFilledOthersOutlined()
    {
        Render<SegmentStatusChip>(p => p.Add(c => c.Status, SegmentStatus.Confirmed)).Find(".segment-status").ClassList.ShouldContain("mud-chip-filled");
        Render<SegmentStatusChip>(p => p.Add(c => c.Status, SegmentStatus.Draft)).Find(".segment-status").ClassList.ShouldContain("mud-chip-outlined");
    }
}
