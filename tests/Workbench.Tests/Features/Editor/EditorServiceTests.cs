using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

public class EditorServiceTests(WorkbenchFactory factory) : EditorServiceTestBase(factory), IClassFixture<WorkbenchFactory>
{    [Fact]
    public async Task LoadAsync_UnknownDocument_ReturnsNull()
        => (await EditorAsync(e => e.LoadAsync(int.MaxValue, Ct))).ShouldBeNull();

    [Fact]
    public async Task SaveAsync_CurrentVersion_SavesBumpsVersionAndRecordsRevision()
    {
        var (user, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var segment = document.Segments[0];

        var result = await SaveAsync(translator, segment, "First sentence here.");

        var saved = result.ShouldBeOfType<SaveResult.Saved>().Segment;
        saved.Target.ShouldBe("First sentence here.");
        saved.Version.ShouldBe(segment.Version + 1);
        saved.Status.ShouldBe(SegmentStatus.Draft);
        saved.Origin.ShouldBe(TranslationOrigin.Human);
        saved.UpdatedByName.ShouldBe(user.DisplayName);
        (await ReloadAsync(id, segment)).ShouldBe(saved);
        var revision = (await HistoryAsync(segment)).ShouldHaveSingleItem();
        revision.Text.ShouldBe("First sentence here.");
        revision.Origin.ShouldBe(TranslationOrigin.Human);
        revision.Status.ShouldBe(SegmentStatus.Draft);
        revision.AuthorName.ShouldBe(user.DisplayName);
        revision.IsConflictCopy.ShouldBeFalse();
        (await DocumentRowAsync(id)).UpdatedByName.ShouldBe(user.DisplayName);
    }

    [Fact]
    public async Task SaveAsync_SameTextAgain_ChangesNothing()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var saved = ((SaveResult.Saved)await SaveAsync(translator, document.Segments[0], "Same.")).Segment;

        var again = await SaveAsync(translator, saved, "Same.");

        again.ShouldBeOfType<SaveResult.Saved>().Segment.Version.ShouldBe(saved.Version);
        (await HistoryAsync(saved)).Count.ShouldBe(1);
        (await ReloadAsync(id, saved)).Version.ShouldBe(saved.Version);
    }

    [Fact]
    public async Task SaveAsync_WindowsLineEndings_AreStoredAsNewlines()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, document) = await NewDocumentAsync(translator);

        var result = await SaveAsync(translator, document.Segments[0], "Line one\r\nLine two");

        result.ShouldBeOfType<SaveResult.Saved>().Segment.Target.ShouldBe("Line one\nLine two");
    }

    [Fact]
    public async Task SaveAsync_Confirm_SetsConfirmedAndDocumentCount()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);

        var result = await SaveAsync(translator, document.Segments[1], "Second sentence here.", confirm: true);

        result.ShouldBeOfType<SaveResult.Saved>().Segment.Status.ShouldBe(SegmentStatus.Confirmed);
        var row = await DocumentRowAsync(id);
        row.ConfirmedCount.ShouldBe(1);
        row.SegmentCount.ShouldBe(3);
        row.Status.ShouldBe(DocumentStatus.InTranslation);
        (await HistoryAsync(document.Segments[1])).ShouldHaveSingleItem().Status.ShouldBe(SegmentStatus.Confirmed);
    }

    [Fact]
    public async Task SaveAsync_ConfirmEverySegment_DocumentIsTranslated()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);

        foreach (var segment in document.Segments)
        {
            (await SaveAsync(translator, segment, "Done: " + segment.Source, confirm: true)).ShouldBeOfType<SaveResult.Saved>();
        }

        var row = await DocumentRowAsync(id);
        row.ConfirmedCount.ShouldBe(3);
        row.Status.ShouldBe(DocumentStatus.Translated);
    }

    [Fact]
    public async Task SaveAsync_EditAfterConfirm_ReturnsToDraftAndRecounts()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var confirmed = ((SaveResult.Saved)await SaveAsync(translator, document.Segments[0], "Confirmed text.", confirm: true)).Segment;

        var edited = await SaveAsync(translator, confirmed, "Edited text.");

        edited.ShouldBeOfType<SaveResult.Saved>().Segment.Status.ShouldBe(SegmentStatus.Draft);
        (await DocumentRowAsync(id)).ConfirmedCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public async Task SaveAsync_ConfirmEmptyTranslation_IsRejectedAndNothingChanges(string text)
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var segment = document.Segments[0];

        var result = await SaveAsync(translator, segment, text, confirm: true);

        result.ShouldBeOfType<SaveResult.Rejected>().Message.ShouldBe("An empty translation cannot be confirmed.");
        (await ReloadAsync(id, segment)).ShouldBe(segment);
        (await DocumentRowAsync(id)).ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task SaveAsync_TextOverMaximum_IsRejectedAndNothingChanges()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var segment = ((SaveResult.Saved)await SaveAsync(translator, document.Segments[0], "Before.")).Segment;

        var result = await SaveAsync(translator, segment, new string('x', EditorService.MaxTargetLength + 1));

        result.ShouldBeOfType<SaveResult.Rejected>().Message.ShouldContain("Nothing was saved.");
        (await ReloadAsync(id, segment)).ShouldBe(segment);
        (await HistoryAsync(segment)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task SaveAsync_TextAtMaximum_IsSaved()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, document) = await NewDocumentAsync(translator);

        (await SaveAsync(translator, document.Segments[0], new string('x', EditorService.MaxTargetLength))).ShouldBeOfType<SaveResult.Saved>();
    }

    [Fact]
    public async Task SaveAsync_AsFactChecker_IsRejectedAndNothingChanges()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, factChecker) = await Factory.CreateActorAsync(Roles.FactChecker);
        var (id, document) = await NewDocumentAsync(translator);
        var segment = document.Segments[0];

        var result = await SaveAsync(factChecker, segment, "Not allowed.", confirm: true);

        result.ShouldBeOfType<SaveResult.Rejected>().Message.ShouldBe("Only translators and editors can change translations.");
        (await ReloadAsync(id, segment)).ShouldBe(segment);
        (await HistoryAsync(segment)).ShouldBeEmpty();
    }

    [Fact]
    public async Task HistoryAsync_SeveralSaves_NewestFirst()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, document) = await NewDocumentAsync(translator);
        var segment = document.Segments[0];
        foreach (var text in new[] { "one", "two", "three" })
        {
            segment = ((SaveResult.Saved)await SaveAsync(translator, segment, text)).Segment;
        }

        segment = ((SaveResult.Saved)await SaveAsync(translator, segment, "three", confirm: true)).Segment;

        var history = await HistoryAsync(segment);

        history.Select(r => (r.Text, r.Status)).ShouldBe(
        [
            ("three", SegmentStatus.Confirmed),
            ("three", SegmentStatus.Draft),
            ("two", SegmentStatus.Draft),
            ("one", SegmentStatus.Draft),
        ]);
    }

    [Fact]
    public async Task SaveAsync_UnknownSegment_IsRejected()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);

        (await EditorAsync(e => e.SaveAsync(translator, int.MaxValue, 0, "x", false, Ct)))
            .ShouldBeOfType<SaveResult.Rejected>().Message.ShouldBe("This segment no longer exists. Reload the document.");
    }
}
