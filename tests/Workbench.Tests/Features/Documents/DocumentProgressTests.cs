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
        var document = new Document { Title = "t", CreatedById = "u", CreatedByName = "U" };
        document.SetCounts(4, 2);

        document.Status.ShouldBe(DocumentStatus.InTranslation);
        document.SetCounts(4, 4);
        document.Status.ShouldBe(DocumentStatus.Translated);
    }

    [Theory]
    [InlineData(DocumentStatus.New, 10, 3, DocumentStatus.InTranslation)]
    [InlineData(DocumentStatus.Translated, 10, 9, DocumentStatus.InTranslation)]
    [InlineData(DocumentStatus.InTranslation, 10, 0, DocumentStatus.New)]
    [InlineData(DocumentStatus.InReview, 10, 9, DocumentStatus.InReview)]
    [InlineData(DocumentStatus.InReview, 10, 0, DocumentStatus.InReview)]
    [InlineData(DocumentStatus.Approved, 10, 9, DocumentStatus.Approved)]
    [InlineData(DocumentStatus.Reopened, 10, 10, DocumentStatus.Reopened)]
    public void Next_Recount_DerivesOnlyTranslationPhaseStates(DocumentStatus current, int segmentCount, int confirmedCount, DocumentStatus expected)
        => DocumentProgress.Next(current, segmentCount, confirmedCount).ShouldBe(expected);

    [Theory]
    [InlineData(DocumentStatus.Translated, DocumentStatus.InReview, true)]
    [InlineData(DocumentStatus.InReview, DocumentStatus.Approved, true)]
    [InlineData(DocumentStatus.InReview, DocumentStatus.InTranslation, true)]
    [InlineData(DocumentStatus.Approved, DocumentStatus.Reopened, true)]
    [InlineData(DocumentStatus.Reopened, DocumentStatus.InReview, true)]
    [InlineData(DocumentStatus.Reopened, DocumentStatus.Translated, true)]
    [InlineData(DocumentStatus.InTranslation, DocumentStatus.InReview, false)]
    [InlineData(DocumentStatus.New, DocumentStatus.Translated, false)]
    [InlineData(DocumentStatus.Translated, DocumentStatus.Approved, false)]
    [InlineData(DocumentStatus.Approved, DocumentStatus.InTranslation, false)]
    [InlineData(DocumentStatus.Approved, DocumentStatus.InReview, false)]
    public void IsAllowed_Transition_FollowsTheWorkflow(DocumentStatus from, DocumentStatus to, bool expected)
        => DocumentWorkflow.IsAllowed(from, to).ShouldBe(expected);
}
