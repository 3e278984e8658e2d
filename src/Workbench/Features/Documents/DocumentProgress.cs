using Microsoft.EntityFrameworkCore;
using Workbench.Data;

namespace Workbench.Features.Documents;

/// <summary>
/// Counters and the translation-phase state. The rule: a recount always updates the counters; it
/// derives the state from them only while the document is in the translation phase (New,
/// InTranslation, Translated). InReview, Approved and Reopened are left alone: they are set by
/// explicit workflow actions (<see cref="DocumentWorkflow"/>), and during a review segments go back
/// to the translator by design, so an edit there must not silently end the review.
/// </summary>
public static class DocumentProgress
{
    public static DocumentStatus StatusOf(int segmentCount, int confirmedCount) =>
        confirmedCount == 0 ? DocumentStatus.New
        : confirmedCount >= segmentCount ? DocumentStatus.Translated
        : DocumentStatus.InTranslation;

    /// <summary>The states a recount owns.</summary>
    public static bool IsTranslationPhase(DocumentStatus status)
        => status is DocumentStatus.New or DocumentStatus.InTranslation or DocumentStatus.Translated;

    /// <summary>An approved document is frozen: nothing may change it until an editor reopens it.</summary>
    public static bool IsFrozen(DocumentStatus status) => status == DocumentStatus.Approved;

    /// <summary>The state after a recount to these counters (see the class remarks for the rule).</summary>
    public static DocumentStatus Next(DocumentStatus current, int segmentCount, int confirmedCount)
        => IsTranslationPhase(current) ? StatusOf(segmentCount, confirmedCount) : current;

    /// <summary>
    /// Recounts a document's included and confirmed segments and writes the counters with the state
    /// derived from them in one UPDATE; a state change is recorded as a <see cref="DocumentStateChange"/>.
    /// Must run inside the caller's transaction, after the caller saved its segment changes (this
    /// method calls SaveChanges for the record). The counters are not user-edited, so this
    /// deliberately bypasses the document's concurrency token: two translators confirming different
    /// segments must not conflict on the document row.
    /// </summary>
    /// <returns>The document's state afterwards, or null if there is no such document.</returns>
    public static async Task<DocumentStatus?> RecountAsync(WorkbenchDbContext db, int documentId, DateTime now, string? byId, string? byName,
        CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A recount must run inside the transaction that changed the segments.");
        }

        var row = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new
            {
                d.Status,
                Total = db.Segments.Count(x => x.DocumentId == documentId && !x.Excluded),
                Confirmed = db.Segments.Count(x => x.DocumentId == documentId && !x.Excluded && x.Status == SegmentStatus.Confirmed),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // Counters and state in one UPDATE. SQLite serializes writing transactions, so the counts
        // cannot go stale between the SELECT and the UPDATE; on PostgreSQL (READ COMMITTED) take the
        // row lock first (SELECT ... FOR UPDATE) so concurrent recounts see each other's work.
        var next = Next(row.Status, row.Total, row.Confirmed);
        await db.Documents.Where(d => d.Id == documentId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.SegmentCount, row.Total)
            .SetProperty(d => d.ConfirmedCount, row.Confirmed)
            .SetProperty(d => d.Status, next)
            .SetProperty(d => d.UpdatedAt, now)
            .SetProperty(d => d.UpdatedByName, byName), cancellationToken);
        if (next != row.Status)
        {
            db.DocumentStateChanges.Add(new DocumentStateChange
            {
                DocumentId = documentId,
                From = row.Status,
                To = next,
                ById = byId,
                ByName = byName ?? "system",
                At = now,
                Reason = $"{row.Confirmed} of {row.Total} included segments confirmed",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return next;
    }
}
