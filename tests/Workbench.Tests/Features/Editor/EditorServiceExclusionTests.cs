using Workbench.Features.Accounts;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

public class EditorServiceExclusionTests(WorkbenchFactory factory) : EditorServiceTestBase(factory), IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task SetExcludedAsync_Toggle_ExcludesIncludesAndRecounts()
    {
        var (user, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var segment = ((SaveResult.Saved)await SaveAsync(translator, document.Segments[1], "Confirmed.", confirm: true)).Segment;
        (await DocumentRowAsync(id)).ShouldSatisfyAllConditions(d => d.SegmentCount.ShouldBe(3), d => d.ConfirmedCount.ShouldBe(1));

        var excluded = (await EditorAsync(e => e.SetExcludedAsync(translator, segment.Id, segment.Version, true, Ct)))
            .ShouldBeOfType<SaveResult.Saved>().Segment;

        excluded.Excluded.ShouldBeTrue();
        excluded.ExclusionReason.ShouldBe("Excluded by " + user.DisplayName);
        excluded.Version.ShouldBe(segment.Version + 1);
        (await DocumentRowAsync(id)).ShouldSatisfyAllConditions(d => d.SegmentCount.ShouldBe(2), d => d.ConfirmedCount.ShouldBe(0));

        var included = (await EditorAsync(e => e.SetExcludedAsync(translator, excluded.Id, excluded.Version, false, Ct)))
            .ShouldBeOfType<SaveResult.Saved>().Segment;

        included.Excluded.ShouldBeFalse();
        included.ExclusionReason.ShouldBeNull();
        (await DocumentRowAsync(id)).ShouldSatisfyAllConditions(d => d.SegmentCount.ShouldBe(3), d => d.ConfirmedCount.ShouldBe(1));
    }

    [Fact]
    public async Task SetExcludedAsync_StaleVersion_IsConflictAndChangesNothing()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (id, document) = await NewDocumentAsync(translator);
        var stale = document.Segments[0];
        var newer = ((SaveResult.Saved)await SaveAsync(translator, stale, "Newer.")).Segment;

        var result = await EditorAsync(e => e.SetExcludedAsync(translator, stale.Id, stale.Version, true, Ct));

        result.ShouldBeOfType<SaveResult.Conflict>().Theirs.ShouldBe(newer);
        (await ReloadAsync(id, stale)).ShouldBe(newer);
        (await HistoryAsync(stale)).ShouldAllBe(r => !r.IsConflictCopy);
    }

    [Fact]
    public async Task SetExcludedAsync_AsFactChecker_IsRejected()
    {
        var (_, translator) = await Factory.CreateActorAsync(Roles.Translator);
        var (_, factChecker) = await Factory.CreateActorAsync(Roles.FactChecker);
        var (id, document) = await NewDocumentAsync(translator);
        var segment = document.Segments[0];

        (await EditorAsync(e => e.SetExcludedAsync(factChecker, segment.Id, segment.Version, true, Ct))).ShouldBeOfType<SaveResult.Rejected>();
        (await ReloadAsync(id, segment)).Excluded.ShouldBeFalse();
    }
}
