using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

/// <summary>Saves based on an older version: never overwrite, never lose text.</summary>
public class EditorServiceConflictTests(WorkbenchFactory factory) : EditorServiceTestBase(factory), IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task SaveAsync_StaleVersionDifferentText_IsConflictAndKeepsBothTexts()
    {
        var (_, importer) = await Factory.CreateActorAsync(Roles.Translator);
        var (alice, a) = await Factory.CreateActorAsync(Roles.Translator);
        var (bob, b) = await Factory.CreateActorAsync(Roles.Editor);
        var (id, document) = await NewDocumentAsync(importer);
        var loadedByBoth = document.Segments[2];

        var aliceSave = await SaveAsync(a, loadedByBoth, "Alice's translation.");
        var bobSave = await SaveAsync(b, loadedByBoth, "Bob's translation.");

        aliceSave.ShouldBeOfType<SaveResult.Saved>();
        var conflict = bobSave.ShouldBeOfType<SaveResult.Conflict>();
        conflict.Theirs.Target.ShouldBe("Alice's translation.");
        conflict.Theirs.UpdatedByName.ShouldBe(alice.DisplayName);
        conflict.Mine.ShouldBe("Bob's translation.");
        var current = await ReloadAsync(id, loadedByBoth);
        current.Target.ShouldBe("Alice's translation.");
        current.Version.ShouldBe(conflict.Theirs.Version);
        var history = await HistoryAsync(loadedByBoth);
        history.Count.ShouldBe(2);
        var copy = history.Single(r => r.IsConflictCopy);
        copy.Text.ShouldBe("Bob's translation.");
        copy.AuthorName.ShouldBe(bob.DisplayName);
        copy.Origin.ShouldBe(TranslationOrigin.Human);
        copy.Status.ShouldBe(SegmentStatus.Draft);
        history.Single(r => !r.IsConflictCopy).Text.ShouldBe("Alice's translation.");
    }

    [Fact]
    public async Task SaveAsync_StaleVersionSameText_IsNotAConflict()
    {
        var (_, a) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, b) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(a);
        var loadedByBoth = document.Segments[0];
        var aliceSaved = ((SaveResult.Saved)await SaveAsync(a, loadedByBoth, "Agreed translation.")).Segment;

        var bobSave = await SaveAsync(b, loadedByBoth, "Agreed translation.");

        bobSave.ShouldBeOfType<SaveResult.Saved>().Segment.Target.ShouldBe("Agreed translation.");
        (await ReloadAsync(id, loadedByBoth)).Version.ShouldBe(aliceSaved.Version);
        (await HistoryAsync(loadedByBoth)).ShouldAllBe(r => !r.IsConflictCopy);
    }

    [Fact]
    public async Task SaveAsync_StaleVersionSameTextWithConfirm_ConfirmsOnTopOfNewerVersion()
    {
        var (_, a) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, b) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(a);
        var loadedByBoth = document.Segments[0];
        await SaveAsync(a, loadedByBoth, "Agreed translation.");

        var bobConfirm = await SaveAsync(b, loadedByBoth, "Agreed translation.", confirm: true);

        bobConfirm.ShouldBeOfType<SaveResult.Saved>().Segment.Status.ShouldBe(SegmentStatus.Confirmed);
        (await DocumentRowAsync(id)).ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task SaveAsync_TwoSavesAtOnceFromSameVersion_OneSavedOneConflictNothingLost()
    {
        var (_, a) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, b) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(a);
        var loadedByBoth = document.Segments[1];

        var results = await Task.WhenAll(
            Task.Run(() => SaveAsync(a, loadedByBoth, "Text from A."), Ct),
            Task.Run(() => SaveAsync(b, loadedByBoth, "Text from B."), Ct));

        var saved = results.OfType<SaveResult.Saved>().ShouldHaveSingleItem();
        var conflict = results.OfType<SaveResult.Conflict>().ShouldHaveSingleItem();
        conflict.Theirs.Target.ShouldBe(saved.Segment.Target);
        (await ReloadAsync(id, loadedByBoth)).Target.ShouldBe(saved.Segment.Target);
        (await HistoryAsync(loadedByBoth)).Select(r => r.Text).Order().ShouldBe(["Text from A.", "Text from B."]);
        (await HistoryAsync(loadedByBoth)).Single(r => r.IsConflictCopy).Text.ShouldBe(conflict.Mine);
    }
}
