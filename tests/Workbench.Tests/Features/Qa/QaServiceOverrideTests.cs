using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Core.Facts.Qa;
using Workbench.Features.Accounts;
using Workbench.Features.Editor;
using Workbench.Features.Qa;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

/// <summary>
/// Overrides through the real app: import (DocumentService), save (EditorService), then QaService on the
/// saved text, against a migrated SQLite file.
/// </summary>
public class QaServiceOverrideTests(QaFactory factory) : IClassFixture<QaFactory>
{
    /// <summary>Three paragraphs: the troops sentence, the ships sentence, the Rutte sentence.</summary>
    private const string Article = TroopsSource + "\n\n" + ShipsSource + "\n\n" + RutteSource;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<T> QaAsync<T>(Func<QaService, Task<T>> action) => factory.WithServiceAsync(action);

    /// <summary>Imports the article as <paramref name="actor"/> and saves <paramref name="target"/> for the segment whose source is <paramref name="source"/>.</summary>
    private async Task<(int DocumentId, SegmentView Segment)> TranslateAsync(ClaimsPrincipal actor, string source, string target)
    {
        var documentId = await factory.ImportAsync(actor, Article);
        var document = (await factory.WithServiceAsync<EditorService, EditorDocument?>(e => e.LoadAsync(documentId, Ct))).ShouldNotBeNull();
        var segment = document.Segments.Single(s => s.Source == source);
        segment.Excluded.ShouldBeFalse();
        return (documentId, await SaveAsync(actor, segment, target));
    }

    private async Task<SegmentView> SaveAsync(ClaimsPrincipal actor, SegmentView segment, string text)
    {
        var result = await factory.WithServiceAsync<EditorService, SaveResult>(e => e.SaveAsync(actor, segment.Id, segment.Version, text, false, Ct));
        return result.ShouldBeOfType<SaveResult.Saved>().Segment;
    }

    private async Task<SegmentQa> EvaluateAsync(int documentId, SegmentView segment)
    {
        var overrides = await QaAsync(q => q.LoadOverridesAsync(documentId, Ct));
        await using var scope = factory.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<QaService>().Evaluate(segment, "id", "en", overrides.GetValueOrDefault(segment.Id));
    }

    private Task<OverrideResult> OverrideAsync(ClaimsPrincipal actor, int segmentId, string key, string reason)
        => QaAsync(q => q.OverrideAsync(actor, segmentId, key, reason, Ct));

    private async Task<List<QaOverride>> RowsAsync(int segmentId)
    {
        await using var db = factory.CreateDbContext();
        return await db.QaOverrides.AsNoTracking().Where(o => o.SegmentId == segmentId).ToListAsync(Ct);
    }

    private async Task<(ApplicationUser User, ClaimsPrincipal Principal, int DocumentId, SegmentView Segment, QaItem Warning)> WarningAsync(
        params string[] roles)
    {
        var (user, principal) = await factory.CreateActorAsync(roles.Length == 0 ? [Roles.Translator] : roles);
        var (documentId, segment) = await TranslateAsync(principal, ShipsSource, ShipsTwo);
        var warning = (await EvaluateAsync(documentId, segment)).Items.ShouldHaveSingleItem();
        warning.Finding.Code.ShouldBe(QaCodes.NumberAdded);
        warning.IsError.ShouldBeFalse();
        return (user, principal, documentId, segment, warning);
    }

    [Fact]
    public async Task SaveAsync_WrongTranslation_IsCheckedOnTheSavedText()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (documentId, segment) = await TranslateAsync(translator, TroopsSource, TroopsIndonesianFormat);

        var qa = await EvaluateAsync(documentId, segment);

        var item = qa.Items.ShouldHaveSingleItem();
        item.Finding.Code.ShouldBe(QaCodes.NumberFormat);
        (item.SourceText, item.TargetText).ShouldBe(("Sekitar 10.000", "About 10.000"));
        qa.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public async Task OverrideAsync_WarningWithReason_IsRecordedWithUserAndTime()
    {
        var (user, translator, _, segment, warning) = await WarningAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        var result = await OverrideAsync(translator, segment.Id, warning.Key, "  The photo caption names two ships.  ");

        result.Succeeded.ShouldBeTrue(result.Error);
        result.Error.ShouldBeNull();
        var view = result.Override.ShouldNotBeNull();
        view.FindingKey.ShouldBe(warning.Key);
        view.Reason.ShouldBe("The photo caption names two ships.");
        view.UserName.ShouldBe(user.DisplayName);
        view.CreatedAt.ShouldBe(now);

        var row = (await RowsAsync(segment.Id)).ShouldHaveSingleItem();
        row.Code.ShouldBe(QaCodes.NumberAdded);
        row.FindingKey.ShouldBe(warning.Key);
        row.Reason.ShouldBe("The photo caption names two ships.");
        row.UserId.ShouldBe(user.Id);
        row.UserName.ShouldBe(user.DisplayName);
        row.CreatedAt.ShouldBe(now);
    }

    [Fact]
    public async Task LoadOverridesAsync_AfterOverride_ReturnsItAndEvaluateShowsTheWarningOverridden()
    {
        var (user, translator, documentId, segment, warning) = await WarningAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        (await OverrideAsync(translator, segment.Id, warning.Key, "The photo caption names two ships.")).Succeeded.ShouldBeTrue();

        var loaded = await QaAsync(q => q.LoadOverridesAsync(documentId, Ct));

        loaded.Keys.ShouldBe([segment.Id]);
        var view = loaded[segment.Id].ShouldHaveSingleItem();
        view.ShouldBe(new QaOverrideView(warning.Key, "The photo caption names two ships.", user.DisplayName!, now));

        var qa = await EvaluateAsync(documentId, segment);
        var item = qa.Items.ShouldHaveSingleItem();
        item.IsOpen.ShouldBeFalse();
        item.Override.ShouldBe(view);
        (qa.ErrorCount, qa.OpenWarningCount).ShouldBe((0, 0));
    }

    [Fact]
    public async Task LoadOverridesAsync_OtherDocument_DoesNotSeeTheOverride()
    {
        var (_, translator, _, segment, warning) = await WarningAsync();
        (await OverrideAsync(translator, segment.Id, warning.Key, "Caption.")).Succeeded.ShouldBeTrue();
        var otherDocument = await factory.ImportAsync(translator, Article);

        (await QaAsync(q => q.LoadOverridesAsync(otherDocument, Ct))).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverrideAsync_ByAnEditor_Succeeds()
    {
        var (_, editor, _, segment, warning) = await WarningAsync(Roles.Editor);

        var result = await OverrideAsync(editor, segment.Id, warning.Key, "Two ships are in the photo.");

        result.Succeeded.ShouldBeTrue(result.Error);
        (await RowsAsync(segment.Id)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(nameof(TroopsSource))]
    [InlineData(nameof(RutteSource))]
    public async Task OverrideAsync_Error_IsRefused(string which)
    {
        var (source, target) = which == nameof(TroopsSource) ? (TroopsSource, TroopsIndonesianFormat) : (RutteSource, RutteMisspelled);
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var (documentId, segment) = await TranslateAsync(translator, source, target);
        var error = (await EvaluateAsync(documentId, segment)).Items.ShouldHaveSingleItem();
        error.IsError.ShouldBeTrue();

        var result = await OverrideAsync(translator, segment.Id, error.Key, "I am sure this is right.");

        result.Succeeded.ShouldBeFalse();
        result.Override.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain("cannot be overridden");
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
        (await EvaluateAsync(documentId, segment)).HasErrors.ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public async Task OverrideAsync_EmptyReason_IsRefused(string reason)
    {
        var (_, translator, _, segment, warning) = await WarningAsync();

        var result = await OverrideAsync(translator, segment.Id, warning.Key, reason);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("reason");
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverrideAsync_ReasonOverTheLimit_IsRefused()
    {
        var (_, translator, _, segment, warning) = await WarningAsync();

        var result = await OverrideAsync(translator, segment.Id, warning.Key, new string('r', QaOverride.ReasonMaxLength + 1));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain(QaOverride.ReasonMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverrideAsync_ReasonOfExactlyTheLimit_Succeeds()
    {
        var (_, translator, _, segment, warning) = await WarningAsync();
        var reason = new string('r', QaOverride.ReasonMaxLength);

        var result = await OverrideAsync(translator, segment.Id, warning.Key, "  " + reason + "  ");

        result.Succeeded.ShouldBeTrue(result.Error);
        (await RowsAsync(segment.Id)).ShouldHaveSingleItem().Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("Three ships arrived at the port.")]
    [InlineData(ShipsCorrect)]
    public async Task OverrideAsync_KeyNoLongerApplies_IsRefused(string changedTranslation)
    {
        var (_, translator, documentId, segment, warning) = await WarningAsync();
        var changed = await SaveAsync(translator, segment, changedTranslation);

        var result = await OverrideAsync(translator, segment.Id, warning.Key, "The photo caption names two ships.");

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("no longer applies");
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
        (await EvaluateAsync(documentId, changed)).Items.ShouldAllBe(i => i.IsOpen);
    }

    [Fact]
    public async Task OverrideAsync_MadeUpKey_IsRefused()
    {
        var (_, translator, _, segment, _) = await WarningAsync();

        var result = await OverrideAsync(translator, segment.Id, "number.added||Seven", "Because.");

        result.Succeeded.ShouldBeFalse();
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverrideAsync_ExcludedSegment_IsRefused()
    {
        var (_, translator, _, segment, warning) = await WarningAsync();
        (await factory.WithServiceAsync<EditorService, SaveResult>(e => e.SetExcludedAsync(translator, segment.Id, segment.Version, true, Ct)))
            .ShouldBeOfType<SaveResult.Saved>();

        var result = await OverrideAsync(translator, segment.Id, warning.Key, "Because.");

        result.Succeeded.ShouldBeFalse();
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverrideAsync_UnknownSegment_IsRefused()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);

        var result = await OverrideAsync(translator, int.MaxValue, "number.added||Two", "Because.");

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("no longer exists");
    }

    [Theory]
    [InlineData(Roles.FactChecker)]
    [InlineData(Roles.Admin)]
    public async Task OverrideAsync_UserWhoCannotEditTranslations_IsRefused(string role)
    {
        var (_, _, _, segment, warning) = await WarningAsync();
        var (_, other) = await factory.CreateActorAsync(role);

        var result = await OverrideAsync(other, segment.Id, warning.Key, "The photo caption names two ships.");

        result.Succeeded.ShouldBeFalse();
        result.Override.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain("Only translators and editors");
        (await RowsAsync(segment.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task OverrideAsync_Twice_ReturnsTheFirstOverrideWithoutASecondRow()
    {
        var (user, translator, _, segment, warning) = await WarningAsync();
        var first = await OverrideAsync(translator, segment.Id, warning.Key, "First reason.");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, colleague) = await factory.CreateActorAsync(Roles.Translator);

        var second = await OverrideAsync(colleague, segment.Id, warning.Key, "Second reason.");

        second.Succeeded.ShouldBeTrue(second.Error);
        second.Override.ShouldBe(first.Override);
        second.Override!.Reason.ShouldBe("First reason.");
        second.Override.UserName.ShouldBe(user.DisplayName);
        (await RowsAsync(segment.Id)).ShouldHaveSingleItem().Reason.ShouldBe("First reason.");
    }

    [Fact]
    public async Task Database_DuplicateOverrideRow_IsRejectedByTheUniqueIndex()
    {
        var (_, translator, _, segment, warning) = await WarningAsync();
        (await OverrideAsync(translator, segment.Id, warning.Key, "First reason.")).Succeeded.ShouldBeTrue();

        await using var db = factory.CreateDbContext();
        db.QaOverrides.Add(new QaOverride
        {
            SegmentId = segment.Id,
            Code = warning.Finding.Code,
            FindingKey = warning.Key,
            Reason = "Duplicate.",
            UserName = "someone",
            CreatedAt = factory.Clock.GetUtcNow().UtcDateTime,
        });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    /// <summary>The override is tied to the flagged words: editing the rest of the sentence keeps the warning silenced.</summary>
    [Fact]
    public async Task Evaluate_AfterAnUnrelatedEdit_KeepsTheOverride()
    {
        var (_, translator, documentId, segment, warning) = await WarningAsync();
        (await OverrideAsync(translator, segment.Id, warning.Key, "The photo caption names two ships.")).Succeeded.ShouldBeTrue();

        var edited = await SaveAsync(translator, segment, "Two ships arrived at the harbour.");

        (await EvaluateAsync(documentId, edited)).Items.ShouldHaveSingleItem().IsOpen.ShouldBeFalse();
    }
}
