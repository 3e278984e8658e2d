using Workbench.Features.Documents;

namespace Workbench.Tests.Features.Documents;

public class DocumentProgressTests
{
    [Theory]
    [InlineData(0, 0, DocumentStatus.New)]
    [InlineData(10, 0, DocumentStatus.New)]
    [InlineData(10, 1, DocumentStatus.InTranslation)]
    [InlineData(10, 9, DocumentStatus.InTranslation)]
    [InlineData(10, 10, DocumentStatus.Translated)]
    [InlineData(1, 1, DocumentStatus.Translated)]
    public void StatusOf_Counts_GivesStatus(int segmentCount, int confirmedCount, DocumentStatus expected)
        => DocumentProgress.StatusOf(segmentCount, confirmedCount).ShouldBe(expected);

    [Fact]
    public void Status_OfDocument_FollowsItsCounters()
    {
        var document = new Document { Title = "t", CreatedById = "u", CreatedByName = "U", SegmentCount = 4, ConfirmedCount = 2 };

        document.Status.ShouldBe(DocumentStatus.InTranslation);
        document.ConfirmedCount = 4;
        document.Status.ShouldBe(DocumentStatus.Translated);
    }
}
