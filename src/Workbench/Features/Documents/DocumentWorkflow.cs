using Microsoft.EntityFrameworkCore;
using Workbench.Data;

namespace Workbench.Features.Documents;

/// <summary>
/// Explicit workflow transitions (review, approval, reopening). The translation-phase states follow
/// the counters (<see cref="DocumentProgress.RecountAsync"/>); everything else moves only through
/// <see cref="ChangeStateAsync"/>, which records the change in the same transaction. Who may make a
/// transition is the calling service's check (the approval issue's workflow service); this class
/// keeps the state machine and the record consistent.
/// </summary>
public static class DocumentWorkflow
{
    /// <summary>
    /// The transitions an action may make. Leaving review (or a reopened document) back to the
    /// translation phase goes to the state the counters give, never to an arbitrary one.
    /// </summary>
    public static bool IsAllowed(DocumentStatus from, DocumentStatus to) => (from, to) switch
    {
        (DocumentStatus.Translated, DocumentStatus.InReview) => true,
        (DocumentStatus.InReview, DocumentStatus.Approved) => true,
        (DocumentStatus.Approved, DocumentStatus.Reopened) => true,
        (DocumentStatus.Reopened, DocumentStatus.InReview) => true,
        (DocumentStatus.InReview or DocumentStatus.Reopened, _) when DocumentProgress.IsTranslationPhase(to) => true,
        _ => false,
    };

    /// <summary>
    /// Moves a document from <paramref name="expectedFrom"/> to <paramref name="to"/> with one
    /// conditional UPDATE and records the change; joins the caller's transaction or opens its own.
    /// Returns false, changing nothing, when the document is no longer in <paramref name="expectedFrom"/>
    /// (someone else moved it first), for a translation-phase target when its counters give another
    /// state, or for review when not every included segment is confirmed. Throws for a transition the workflow does not have, or a reopening without a reason.
    /// </summary>
    public static async Task<bool> ChangeStateAsync(WorkbenchDbContext db, int documentId, DocumentStatus expectedFrom, DocumentStatus to,
        string? byId, string byName, string? reason, DateTime now, CancellationToken cancellationToken)
    {
        if (!IsAllowed(expectedFrom, to))
        {
            throw new ArgumentException($"A document cannot go from {expectedFrom} to {to}.", nameof(to));
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (to == DocumentStatus.Reopened && reason is null)
        {
            throw new ArgumentException("Reopening an approved document needs a reason.", nameof(reason));
        }

        if (reason?.Length > DocumentStateChange.ReasonMaxLength)
        {
            throw new ArgumentException($"A reason can be at most {DocumentStateChange.ReasonMaxLength} characters long.", nameof(reason));
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var query = db.Documents.Where(d => d.Id == documentId && d.Status == expectedFrom);
            query = to switch
            {
                DocumentStatus.New => query.Where(d => d.ConfirmedCount == 0),
                DocumentStatus.InTranslation => query.Where(d => d.ConfirmedCount > 0 && d.ConfirmedCount < d.SegmentCount),
                DocumentStatus.Translated => query.Where(d => d.ConfirmedCount > 0 && d.ConfirmedCount >= d.SegmentCount),
                // Review starts once every included segment is confirmed (also after a reopening).
                DocumentStatus.InReview => query.Where(d => d.ConfirmedCount > 0 && d.ConfirmedCount >= d.SegmentCount),
                _ => query,
            };
            var changed = await query.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, to)
                .SetProperty(d => d.UpdatedAt, now)
                .SetProperty(d => d.UpdatedByName, byName), cancellationToken);
            if (changed == 0)
            {
                return false;
            }

            db.DocumentStateChanges.Add(new DocumentStateChange
            {
                DocumentId = documentId, From = expectedFrom, To = to, ById = byId, ByName = byName, At = now, Reason = reason,
            });
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return true;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
