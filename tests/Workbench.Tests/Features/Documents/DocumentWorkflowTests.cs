using Microsoft.EntityFrameworkCore;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Tests.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents;

/// <summary>The persisted workflow state: recounts own the translation phase, explicit actions the rest, and every change is recorded.</summary>
public class DocumentWorkflowTests(WorkbenchFactory factory) : EditorServiceTestBase(factory), IClassFixture<WorkbenchFactory>
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);

    private async Task<List<DocumentStateChange>> ChangesAsync(int documentId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.DocumentStateChanges.AsNoTracking().Where(c => c.DocumentId == documentId).OrderBy(c => c.Id).ToListAsync(Ct);
    }

    private async Task<bool> ChangeAsync(int documentId, DocumentStatus from, DocumentStatus to, string? reason = null)
    {
        await using var db = Factory.CreateDbContext();
        return await DocumentWorkflow.ChangeStateAsync(db, documentId, from, to, "editor-id", "Eddie", reason, Now, Ct);
    }

    private async Task<(int Id, Workbench.Features.Editor.EditorDocument Document)> TranslatedDocumentAsync(System.Security.Claims.ClaimsPrincipal translator)
    {
        var (id, document) = await NewDocumentAsync(translator);
        foreach (var segment in document.Segments)
        {
            await SaveAsync(translator, segment, "Done " + segment.Index, confirm: true);
        }

        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.Translated);
        return (id, (await EditorAsync(e => e.LoadAsync(id, Ct)))!);
    }

    [Fact]
    public async Task ImportAsync_NewDocument_RecordsItsFirstState()
    {
        var (user, translator) = await Factory.CreateActorAsync(Roles.Translator);

        var (id, _) = await NewDocumentAsync(translator);

        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.New);
        var first = (await ChangesAsync(id)).ShouldHaveSingleItem();
        (first.From, first.To, first.Reason, first.ByName, first.ById).ShouldBe((null, DocumentStatus.New, "Imported", user.DisplayName, user.Id));
    }

    [Fact]
    public async Task SaveAsync_ConfirmingSegments_MovesTheStoredStateAndRecordsEachChange()
    {
        var (user, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);

        await SaveAsync(translator, document.Segments[0], "One.", confirm: true);
        var row = await DocumentRowAsync(id);
        (row.Status, row.ConfirmedCount, row.SegmentCount).ShouldBe((DocumentStatus.InTranslation, 1, 3));
        await SaveAsync(translator, document.Segments[1], "Two, a draft.");
        await SaveAsync(translator, document.Segments[2], "Three.", confirm: true);
        await SaveAsync(translator, (await ReloadAsync(id, document.Segments[1])), "Two.", confirm: true);

        row = await DocumentRowAsync(id);
        (row.Status, row.ConfirmedCount).ShouldBe((DocumentStatus.Translated, 3));
        var changes = await ChangesAsync(id);
        changes.Select(c => (c.From, c.To)).ShouldBe(
        [
            (null, DocumentStatus.New),
            (DocumentStatus.New, DocumentStatus.InTranslation),
            (DocumentStatus.InTranslation, DocumentStatus.Translated),
        ]);
        changes[^1].ByName.ShouldBe(user.DisplayName);
        changes[^1].ById.ShouldBe(user.Id);
        changes[^1].Reason.ShouldBe("3 of 3 included segments confirmed");
    }

    [Fact]
    public async Task SaveAsync_EditWhileInReview_KeepsReviewAndUpdatesCounters()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await TranslatedDocumentAsync(translator);
        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeTrue();

        var edited = await SaveAsync(translator, document.Segments[1], "Changed after review started.");

        edited.ShouldBeOfType<Workbench.Features.Editor.SaveResult.Saved>();
        var row = await DocumentRowAsync(id);
        (row.Status, row.ConfirmedCount, row.SegmentCount).ShouldBe((DocumentStatus.InReview, 2, 3));
        (await ChangesAsync(id))[^1].To.ShouldBe(DocumentStatus.InReview);
    }

    [Fact]
    public async Task ChangeStateAsync_DocumentNotInExpectedState_ChangesAndRecordsNothing()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, _) = await NewDocumentAsync(translator);

        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeFalse();

        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.New);
        (await ChangesAsync(id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ChangeStateAsync_BackToTranslation_OnlyToTheStateTheCountersGive()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await TranslatedDocumentAsync(translator);
        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeTrue();
        await SaveAsync(translator, document.Segments[0], "Needs another look.");

        (await ChangeAsync(id, DocumentStatus.InReview, DocumentStatus.Translated, "Back to the translator")).ShouldBeFalse();
        (await ChangeAsync(id, DocumentStatus.InReview, DocumentStatus.InTranslation, "Back to the translator")).ShouldBeTrue();

        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.InTranslation);
        var last = (await ChangesAsync(id))[^1];
        (last.From, last.To, last.Reason, last.ByName, last.At).ShouldBe((DocumentStatus.InReview, DocumentStatus.InTranslation, "Back to the translator", "Eddie", Now));
    }

    [Fact]
    public async Task ChangeStateAsync_ApproveAndReopen_RecordsTheWholePath()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, _) = await TranslatedDocumentAsync(translator);

        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeTrue();
        (await ChangeAsync(id, DocumentStatus.InReview, DocumentStatus.Approved)).ShouldBeTrue();
        (await ChangeAsync(id, DocumentStatus.Approved, DocumentStatus.Reopened, "Quote attribution corrected")).ShouldBeTrue();

        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.Reopened);
        (await ChangesAsync(id)).Select(c => (c.From, c.To, c.Reason))
            .TakeLast(3).ShouldBe(
            [
                (DocumentStatus.Translated, DocumentStatus.InReview, null),
                (DocumentStatus.InReview, DocumentStatus.Approved, null),
                (DocumentStatus.Approved, DocumentStatus.Reopened, "Quote attribution corrected"),
            ]);
    }

    [Fact]
    public async Task ChangeStateAsync_ReopenedWithUnconfirmedSegment_DoesNotGoToReview()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await TranslatedDocumentAsync(translator);
        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeTrue();
        (await ChangeAsync(id, DocumentStatus.InReview, DocumentStatus.Approved)).ShouldBeTrue();
        (await ChangeAsync(id, DocumentStatus.Approved, DocumentStatus.Reopened, "Headline figure wrong")).ShouldBeTrue();
        await SaveAsync(translator, document.Segments[2], "Fixed figure, not yet confirmed.");

        (await ChangeAsync(id, DocumentStatus.Reopened, DocumentStatus.InReview)).ShouldBeFalse();
        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.Reopened);
        await SaveAsync(translator, await ReloadAsync(id, document.Segments[2]), "Fixed figure.", confirm: true);
        (await ChangeAsync(id, DocumentStatus.Reopened, DocumentStatus.InReview)).ShouldBeTrue();
    }

    [Fact]
    public async Task ChangeStateAsync_ReopenWithoutReasonOrSkippingReview_ThrowsAndChangesNothing()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, _) = await TranslatedDocumentAsync(translator);

        await Should.ThrowAsync<ArgumentException>(() => ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.Approved));
        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeTrue();
        (await ChangeAsync(id, DocumentStatus.InReview, DocumentStatus.Approved)).ShouldBeTrue();
        await Should.ThrowAsync<ArgumentException>(() => ChangeAsync(id, DocumentStatus.Approved, DocumentStatus.Reopened, "  "));

        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.Approved);
    }

    [Fact]
    public async Task RecountAsync_OutsideATransaction_Throws()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, _) = await NewDocumentAsync(translator);
        await using var db = Factory.CreateDbContext();

        await Should.ThrowAsync<InvalidOperationException>(() => DocumentProgress.RecountAsync(db, id, Now, null, "x", Ct));
    }

    [Fact]
    public async Task ListAsync_ReviewState_ShowsTheStoredState()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, _) = await TranslatedDocumentAsync(translator);
        (await ChangeAsync(id, DocumentStatus.Translated, DocumentStatus.InReview)).ShouldBeTrue();

        var page = await Factory.WithServiceAsync<DocumentService, DocumentListPage>(s => s.ListAsync(null, 0, 200, Ct));

        page.Items.Single(d => d.Id == id).Status.ShouldBe(DocumentStatus.InReview);
    }
}
