using Microsoft.EntityFrameworkCore;
using Workbench.Data;

namespace Workbench.Features.Documents;

public static class DocumentProgress
{
    public static DocumentStatus StatusOf(int segmentCount, int confirmedCount) =>
        confirmedCount == 0 ? DocumentStatus.New
        : confirmedCount >= segmentCount ? DocumentStatus.Translated
        : DocumentStatus.InTranslation;

    /// <summary>
    /// Recounts a document's included and confirmed segments in one UPDATE. The counters are not
    /// user-edited, so this deliberately bypasses the document's concurrency token: two translators
    /// confirming different segments must not conflict on the document row.
    /// </summary>
    public static Task RecountAsync(WorkbenchDbContext db, int documentId, DateTime now, string? byName, CancellationToken cancellationToken)
        => db.Documents.Where(d => d.Id == documentId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.SegmentCount, _ => db.Segments.Count(x => x.DocumentId == documentId && !x.Excluded))
            .SetProperty(d => d.ConfirmedCount, _ => db.Segments.Count(x => x.DocumentId == documentId && !x.Excluded && x.Status == SegmentStatus.Confirmed))
            .SetProperty(d => d.UpdatedAt, now)
            .SetProperty(d => d.UpdatedByName, byName), cancellationToken);
}
