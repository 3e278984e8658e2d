using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

/// <summary>Helpers shared by the EditorService test classes: each test imports its own document.</summary>
public abstract class EditorServiceTestBase(WorkbenchFactory factory)
{
    protected WorkbenchFactory Factory => factory;

    protected const string Article = "Kalimat pertama di sini.\n\nKalimat kedua di sini.\n\nKalimat ketiga di sini.";

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected Task<T> EditorAsync<T>(Func<EditorService, Task<T>> action) => factory.WithServiceAsync(action);

    protected Task<SaveResult> SaveAsync(ClaimsPrincipal actor, SegmentView segment, string text, bool confirm = false)
        => EditorAsync(e => e.SaveAsync(actor, segment.Id, segment.Version, text, confirm, Ct));

    protected Task<IReadOnlyList<RevisionView>> HistoryAsync(SegmentView segment) => EditorAsync(e => e.HistoryAsync(segment.Id, Ct));

    /// <summary>Imports a fresh three-segment document for the calling test.</summary>
    protected async Task<(int DocumentId, EditorDocument Document)> NewDocumentAsync(ClaimsPrincipal importer)
    {
        var id = await factory.ImportAsync(importer, Article);
        var document = (await EditorAsync(e => e.LoadAsync(id, Ct))).ShouldNotBeNull();
        document.Segments.Count.ShouldBe(3);
        document.Segments.ShouldAllBe(s => !s.Excluded);
        return (id, document);
    }

    protected async Task<SegmentView> ReloadAsync(int documentId, SegmentView segment)
        => (await EditorAsync(e => e.LoadAsync(documentId, Ct)))!.Segments.Single(s => s.Id == segment.Id);

    protected async Task<Document> DocumentRowAsync(int documentId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Documents.AsNoTracking().SingleAsync(d => d.Id == documentId, Ct);
    }
}
