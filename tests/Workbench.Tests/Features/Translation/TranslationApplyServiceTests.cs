using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Features.Translation;

namespace Workbench.Tests.Features.Translation;

public class TranslationApplyServiceTests(TranslationTestFactory factory) : IClassFixture<TranslationTestFactory>
{
    private const string Article = "Kalimat pertama di sini.\n\nKalimat kedua di sini.\n\nKalimat ketiga di sini.\n\nKalimat keempat di sini.\n\nKalimat kelima di sini.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Id, IReadOnlyList<SegmentView> Segments)> NewDocumentAsync(ClaimsPrincipal importer)
    {
        var id = await factory.ImportAsync(importer, Article);
        var segments = (await LoadAsync(id)).Segments;
        segments.Count.ShouldBe(5);
        return (id, segments);
    }

    private async Task<EditorDocument> LoadAsync(int id) => (await factory.WithServiceAsync<EditorService, EditorDocument?>(e => e.LoadAsync(id, Ct)))!;

    private Task<SaveResult> SaveAsync(ClaimsPrincipal actor, SegmentView segment, string text, bool confirm = false)
        => factory.WithServiceAsync<EditorService, SaveResult>(e => e.SaveAsync(actor, segment.Id, segment.Version, text, confirm, Ct));

    private Task<TranslationApplyResult> ApplyAsync(ClaimsPrincipal actor, int documentId, IReadOnlyList<TranslationItem> items, bool overwriteHuman = false)
    {
        factory.Probe.Reset();
        return factory.WithServiceAsync<TranslationApplyService, TranslationApplyResult>(s => s.ApplyAsync(actor, documentId, items, overwriteHuman, Ct));
    }

    private static TranslationItem Machine(SegmentView s, string? text = null)
        => TranslationItem.Machine(s.Id, s.Version, s.Source, text ?? "MT " + s.Index, "Azure", "general", "0:6-0:4", s.Source.Length);

    private static List<TranslationItem> MachineFor(IEnumerable<SegmentView> segments) => segments.Select(s => Machine(s)).ToList();

    private async Task<List<TranslationCandidate>> CandidatesAsync(int documentId)
    {
        await using var db = factory.CreateDbContext();
        var ids = db.Segments.Where(s => s.DocumentId == documentId).Select(s => s.Id);
        return await db.TranslationCandidates.AsNoTracking().Where(c => ids.Contains(c.SegmentId)).OrderBy(c => c.Id).ToListAsync(Ct);
    }

    private async Task<List<SegmentRevision>> RevisionsAsync(int documentId)
    {
        await using var db = factory.CreateDbContext();
        var ids = db.Segments.Where(s => s.DocumentId == documentId).Select(s => s.Id);
        return await db.SegmentRevisions.AsNoTracking().Where(r => ids.Contains(r.SegmentId)).OrderBy(r => r.Id).ToListAsync(Ct);
    }

    private async Task<Document> DocumentRowAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, Ct);
    }

    [Fact]
    public async Task ApplyAsync_ManyItems_AppliesAllInOneTransactionWithOneRecount()
    {
        var (user, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);

        var result = await ApplyAsync(translator, id, MachineFor(segments));

        factory.Probe.Transactions.ShouldBe(1);
        factory.Probe.Recounts.ShouldBe(1);
        result.Succeeded.ShouldBeTrue();
        (result.Applied, result.SkippedHuman, result.SkippedStale, result.Refused, result.ReplacedHuman).ShouldBe((5, 0, 0, 0, 0));
        var after = (await LoadAsync(id)).Segments;
        after.Select(s => (s.Target, s.Status, s.Origin, s.Version, s.UpdatedByName)).ShouldBe(
            segments.Select(s => ("MT " + s.Index, SegmentStatus.Translated, (TranslationOrigin?)TranslationOrigin.Machine, s.Version + 1, (string?)user.DisplayName)));
        var revisions = await RevisionsAsync(id);
        revisions.Count.ShouldBe(5);
        revisions.ShouldAllBe(r => r.Origin == TranslationOrigin.Machine && r.Status == SegmentStatus.Translated && r.AuthorName == user.DisplayName);
        var candidates = await CandidatesAsync(id);
        candidates.Select(c => c.SegmentId).ShouldBe(segments.Select(s => s.Id));
        candidates.ShouldAllBe(c => c.Applied && c.Origin == TranslationOrigin.Machine && c.Engine == "Azure" && c.Model == "general"
            && c.Alignment == "0:6-0:4" && c.Score == null && c.CreatedById == user.Id);
        candidates[0].SourceText.ShouldBe(segments[0].Source);
        candidates[0].CharactersBilled.ShouldBe(segments[0].Source.Length);
        // Machine output is not a person's confirmation: the document has not progressed.
        var row = await DocumentRowAsync(id);
        (row.Status, row.SegmentCount, row.ConfirmedCount, row.UpdatedByName).ShouldBe((DocumentStatus.New, 5, 0, user.DisplayName));
    }

    [Fact]
    public async Task ApplyAsync_MemoryMatch_SetsMemoryOriginAndKeepsTheMatch()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        var s = segments[0];

        var result = await ApplyAsync(translator, id, [TranslationItem.Memory(s.Id, s.Version, s.Source, "The first sentence here.", 87,
            "Kalimat pertama di situ.", "The first sentence there.")]);

        result.Applied.ShouldBe(1);
        var saved = (await LoadAsync(id)).Segments[0];
        (saved.Target, saved.Origin, saved.Status).ShouldBe(("The first sentence here.", (TranslationOrigin?)TranslationOrigin.Memory, SegmentStatus.Translated));
        var candidate = (await CandidatesAsync(id)).ShouldHaveSingleItem();
        (candidate.Origin, candidate.Score, candidate.MemorySource, candidate.MemoryTarget, candidate.Engine, candidate.CharactersBilled)
            .ShouldBe((TranslationOrigin.Memory, (int?)87, "Kalimat pertama di situ.", "The first sentence there.", (string?)null, 0));
        (await RevisionsAsync(id)).ShouldHaveSingleItem().Origin.ShouldBe(TranslationOrigin.Memory);
    }

    [Fact]
    public async Task ApplyAsync_HumanTranslations_KeptReportedAndCandidatesStillRecorded()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        await SaveAsync(translator, segments[0], "A person's draft.");
        await SaveAsync(translator, segments[1], "A person's confirmed text.", confirm: true);
        (await factory.WithServiceAsync<TranslationApplyService, int>(s => s.CountHumanTranslationsAsync(id, Ct))).ShouldBe(2);
        var current = (await LoadAsync(id)).Segments;

        var result = await ApplyAsync(translator, id, MachineFor(current));

        (result.Applied, result.SkippedHuman, result.ReplacedHuman).ShouldBe((3, 2, 0));
        result.Items.Where(i => i.Status == ApplyItemStatus.SkippedHuman).Select(i => i.SegmentId).ShouldBe([segments[0].Id, segments[1].Id]);
        var after = (await LoadAsync(id)).Segments;
        (after[0].Target, after[0].Origin, after[0].Status).ShouldBe(("A person's draft.", (TranslationOrigin?)TranslationOrigin.Human, SegmentStatus.Draft));
        (after[1].Target, after[1].Status).ShouldBe(("A person's confirmed text.", SegmentStatus.Confirmed));
        after.Skip(2).ShouldAllBe(s => s.Origin == TranslationOrigin.Machine);
        (await CandidatesAsync(id)).Select(c => c.Applied).ShouldBe([false, false, true, true, true]);
        (await DocumentRowAsync(id)).ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task ApplyAsync_MachineOutputAgain_ReplacesUnconfirmedMachineTextWithoutOverwriteFlag()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        await ApplyAsync(translator, id, [Machine(segments[0], "Old engine output.")]);
        var current = (await LoadAsync(id)).Segments[0];

        var result = await ApplyAsync(translator, id, [Machine(current, "New engine output.")]);

        result.Applied.ShouldBe(1);
        (await LoadAsync(id)).Segments[0].Target.ShouldBe("New engine output.");
    }

    [Fact]
    public async Task ApplyAsync_OverwriteHuman_ReplacesReportsAndRecountsInTheSameTransaction()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        await SaveAsync(translator, segments[0], "A person's confirmed text.", confirm: true);
        (await DocumentRowAsync(id)).Status.ShouldBe(DocumentStatus.InTranslation);
        var current = (await LoadAsync(id)).Segments;

        var result = await ApplyAsync(translator, id, MachineFor(current), overwriteHuman: true);

        factory.Probe.Transactions.ShouldBe(1);
        factory.Probe.Recounts.ShouldBe(1);
        (result.Applied, result.SkippedHuman, result.ReplacedHuman).ShouldBe((5, 0, 1));
        var first = (await LoadAsync(id)).Segments[0];
        (first.Target, first.Origin, first.Status).ShouldBe(("MT 0", (TranslationOrigin?)TranslationOrigin.Machine, SegmentStatus.Translated));
        var row = await DocumentRowAsync(id);
        (row.Status, row.ConfirmedCount).ShouldBe((DocumentStatus.New, 0));
        await using var db = factory.CreateDbContext();
        var change = await db.DocumentStateChanges.Where(c => c.DocumentId == id).OrderBy(c => c.Id).LastAsync(Ct);
        (change.From, change.To).ShouldBe((DocumentStatus.InTranslation, DocumentStatus.New));
    }

    [Fact]
    public async Task ApplyAsync_SegmentChangedSinceBatchWasComputed_SkipsItAsStale()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        var batch = MachineFor(segments);
        await SaveAsync(translator, segments[2], "Typed while the engine ran.");

        var result = await ApplyAsync(translator, id, batch, overwriteHuman: true);

        (result.Applied, result.SkippedStale).ShouldBe((4, 1));
        result.Items.Single(i => i.Status == ApplyItemStatus.SkippedStale).SegmentId.ShouldBe(segments[2].Id);
        (await LoadAsync(id)).Segments[2].Target.ShouldBe("Typed while the engine ran.");
    }

    [Fact]
    public async Task ApplyAsync_MadeForAnotherSourceText_SkipsItAndKeepsNoCandidate()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        var s = segments[0];

        var result = await ApplyAsync(translator, id, [TranslationItem.Machine(s.Id, s.Version, "Kalimat lain.", "Another sentence.", "Azure")]);

        result.SkippedStale.ShouldBe(1);
        (await LoadAsync(id)).Segments[0].Target.ShouldBe("");
        (await CandidatesAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_ExcludedSegmentAndBadItems_AreRefusedTheRestApplied()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        (await factory.WithServiceAsync<EditorService, SaveResult>(e => e.SetExcludedAsync(translator, segments[4].Id, segments[4].Version, true, Ct)))
            .ShouldBeOfType<SaveResult.Saved>();
        var (otherId, otherSegments) = await NewDocumentAsync(translator);
        var current = (await LoadAsync(id)).Segments;

        var result = await ApplyAsync(translator, id,
        [
            Machine(current[0]),
            Machine(current[1], "   "),
            Machine(current[2], new string('x', Segment.MaxTargetLength + 1)),
            Machine(current[4]),
            Machine(otherSegments[0]),
        ]);

        result.Items.Select(i => i.Status).ShouldBe([ApplyItemStatus.Applied, ApplyItemStatus.RefusedInvalid, ApplyItemStatus.RefusedInvalid,
            ApplyItemStatus.RefusedExcluded, ApplyItemStatus.NotFound]);
        (await LoadAsync(id)).Segments.Skip(1).ShouldAllBe(s => s.Target == "");
        (await LoadAsync(otherId)).Segments[0].Target.ShouldBe("");
        (await CandidatesAsync(id)).ShouldHaveSingleItem().SegmentId.ShouldBe(current[0].Id);
        (await DocumentRowAsync(id)).SegmentCount.ShouldBe(4);
    }

    [Theory]
    [InlineData(Roles.Translator, true)]
    [InlineData(Roles.Editor, true)]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.FactChecker, false)]
    [InlineData(null, false)]
    public async Task ApplyAsync_Role_OnlyTranslatorsEditorsAndAdminsMayApply(string? role, bool allowed)
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        var (_, actor) = role is null ? await factory.CreateActorAsync() : await factory.CreateActorAsync(role);

        var result = await ApplyAsync(actor, id, MachineFor(segments));

        result.Succeeded.ShouldBe(allowed);
        (await LoadAsync(id)).Segments.All(s => s.Target.Length > 0).ShouldBe(allowed);
        (await CandidatesAsync(id)).Count.ShouldBe(allowed ? 5 : 0);
        if (!allowed)
        {
            result.Error.ShouldBe("Only translators, editors and admins can apply machine translations.");
            factory.Probe.Transactions.ShouldBe(0);
        }
    }

    [Fact]
    public async Task ApplyAsync_ApprovedDocument_RefusedAsFrozen()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        foreach (var s in segments)
        {
            await SaveAsync(translator, s, "Done.", confirm: true);
        }

        await using (var db = factory.CreateDbContext())
        {
            var now = DateTime.UtcNow;
            (await DocumentWorkflow.ChangeStateAsync(db, id, DocumentStatus.Translated, DocumentStatus.InReview, null, "Eddie", null, now, Ct)).ShouldBeTrue();
            (await DocumentWorkflow.ChangeStateAsync(db, id, DocumentStatus.InReview, DocumentStatus.Approved, null, "Eddie", null, now, Ct)).ShouldBeTrue();
        }

        var result = await ApplyAsync(translator, id, MachineFor((await LoadAsync(id)).Segments), overwriteHuman: true);

        result.Error.ShouldNotBeNull().ShouldContain("approved");
        (await LoadAsync(id)).Segments.ShouldAllBe(s => s.Target == "Done." && s.Status == SegmentStatus.Confirmed);
        (await CandidatesAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_HumanOrigin_IsAProgrammingError()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        var s = segments[0];

        await Should.ThrowAsync<ArgumentException>(() => ApplyAsync(translator, id, [new TranslationItem(s.Id, s.Version, s.Source, "x", TranslationOrigin.Human)]));
        await Should.ThrowAsync<ArgumentException>(() => ApplyAsync(translator, id, [Machine(s), Machine(s)]));
    }

    [Theory]
    [InlineData("INSERT INTO \"SegmentRevisions\"")]
    [InlineData("\"ConfirmedCount\" =")]
    public async Task ApplyAsync_FailureHalfWay_RollsEverythingBack(string failAt)
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (id, segments) = await NewDocumentAsync(translator);
        await SaveAsync(translator, segments[0], "A person's confirmed text.", confirm: true);
        var before = await DocumentRowAsync(id);
        var current = (await LoadAsync(id)).Segments;
        var revisionsBefore = (await RevisionsAsync(id)).Count;

        factory.Probe.Reset();
        factory.Probe.FailOn = failAt;
        try
        {
            await Should.ThrowAsync<Exception>(() => factory.WithServiceAsync<TranslationApplyService, TranslationApplyResult>(
                s => s.ApplyAsync(translator, id, MachineFor(current), overwriteHuman: true, Ct)));
        }
        finally
        {
            factory.Probe.FailOn = null;
        }

        (await LoadAsync(id)).Segments.ShouldBe(current);
        (await RevisionsAsync(id)).Count.ShouldBe(revisionsBefore);
        (await CandidatesAsync(id)).ShouldBeEmpty();
        var after = await DocumentRowAsync(id);
        (after.Status, after.ConfirmedCount, after.UpdatedAt).ShouldBe((before.Status, before.ConfirmedCount, before.UpdatedAt));
    }
}
