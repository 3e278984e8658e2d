using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;

namespace Workbench.Features.Editor;

/// <summary>
/// Loads and saves segments. Every save names the version it was based on; a save based on an
/// older version never overwrites: it becomes a <see cref="SaveResult.Conflict"/> and the losing
/// text is kept in the history.
/// </summary>
public sealed class EditorService(
    IDbContextFactory<WorkbenchDbContext> dbFactory,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    public const int MaxTargetLength = Segment.MaxTargetLength;

    public async Task<EditorDocument?> LoadAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var segments = await db.Segments.AsNoTracking()
            .Where(s => s.DocumentId == documentId)
            .OrderBy(s => s.Index)
            .ToListAsync(cancellationToken);
        return new EditorDocument(document.Id, document.Title, document.SourceUrl, document.Publisher, document.PublishedOn,
            document.SourceLanguage, document.TargetLanguage, segments.ConvertAll(SegmentView.From));
    }

    public async Task<SaveResult> SaveAsync(ClaimsPrincipal actor, int segmentId, int expectedVersion, string text, bool confirm,
        CancellationToken cancellationToken = default)
    {
        if (!await CanEditAsync(actor))
        {
            return new SaveResult.Rejected("Only translators and editors can change translations.");
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > MaxTargetLength)
        {
            return new SaveResult.Rejected($"The translation is {text.Length:N0} characters long; a segment can hold at most {MaxTargetLength:N0}. Nothing was saved.");
        }

        if (confirm && string.IsNullOrWhiteSpace(text))
        {
            return new SaveResult.Rejected("An empty translation cannot be confirmed.");
        }

        return await UpdateAsync(actor, segmentId, expectedVersion, text, segment =>
        {
            var changed = segment.Target != text;
            var status = confirm ? SegmentStatus.Confirmed
                : !changed ? segment.Status
                : string.IsNullOrWhiteSpace(text) ? SegmentStatus.New
                : SegmentStatus.Draft;
            if (!changed && status == segment.Status)
            {
                return false;
            }

            segment.Target = text;
            segment.Status = status;
            if (changed)
            {
                segment.TargetOrigin = TranslationOrigin.Human;
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>Includes or excludes a segment (boilerplate stays visible either way).</summary>
    public async Task<SaveResult> SetExcludedAsync(ClaimsPrincipal actor, int segmentId, int expectedVersion, bool excluded,
        CancellationToken cancellationToken = default)
    {
        if (!await CanEditAsync(actor))
        {
            return new SaveResult.Rejected("Only translators and editors can include or exclude segments.");
        }

        return await UpdateAsync(actor, segmentId, expectedVersion, mine: null, segment =>
        {
            if (segment.Excluded == excluded)
            {
                return false;
            }

            segment.Excluded = excluded;
            segment.ExclusionReason = excluded ? "Excluded by " + WorkbenchClaims.NameOf(actor) : null;
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<RevisionView>> HistoryAsync(int segmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SegmentRevisions.AsNoTracking()
            .Where(r => r.SegmentId == segmentId)
            .OrderByDescending(r => r.Id)
            .Select(r => new RevisionView(r.Id, r.Text, r.Origin, r.Status, r.AuthorName, r.CreatedAt, r.IsConflictCopy))
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> CanEditAsync(ClaimsPrincipal actor)
        => (await authorization.AuthorizeAsync(actor, Policies.EditTranslations)).Succeeded;

    /// <param name="mine">The text the user wanted; kept as a conflict copy if the save loses a race.</param>
    /// <param name="apply">Changes the tracked segment; returns false when there is nothing to save.</param>
    private async Task<SaveResult> UpdateAsync(ClaimsPrincipal actor, int segmentId, int expectedVersion, string? mine,
        Func<Segment, bool> apply, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken);
        if (segment is null)
        {
            return new SaveResult.Rejected("This segment no longer exists. Reload the document.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userName = WorkbenchClaims.NameOf(actor);
        if (segment.Version != expectedVersion && (mine is null || mine != segment.Target))
        {
            return await ConflictAsync(db, transaction, segment, mine, actor, now, cancellationToken);
        }

        // Same text as the newer version: nothing of the other save is lost, so build on it.
        var previousStatus = segment.Status;
        var previousExcluded = segment.Excluded;
        var previousTarget = segment.Target;
        if (!apply(segment))
        {
            return new SaveResult.Saved(SegmentView.From(segment));
        }

        segment.UpdatedAt = now;
        segment.UpdatedById = WorkbenchClaims.IdOf(actor);
        segment.UpdatedByName = userName;
        if (segment.Target != previousTarget || segment.Status != previousStatus)
        {
            db.SegmentRevisions.Add(new SegmentRevision
            {
                SegmentId = segment.Id,
                Text = segment.Target,
                Origin = segment.TargetOrigin ?? TranslationOrigin.Human,
                Status = segment.Status,
                AuthorId = segment.UpdatedById,
                AuthorName = userName,
                CreatedAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save landed between our read and our write.
            await transaction.RollbackAsync(cancellationToken);
            return await ReloadConflictAsync(segmentId, mine, actor, now, cancellationToken);
        }

        if (segment.Status != previousStatus || segment.Excluded != previousExcluded)
        {
            await DocumentProgress.RecountAsync(db, segment.DocumentId, now, segment.UpdatedById, userName, cancellationToken);
        }
        else
        {
            await db.Documents.Where(d => d.Id == segment.DocumentId).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.UpdatedAt, now).SetProperty(d => d.UpdatedByName, userName), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SaveResult.Saved(SegmentView.From(segment));
    }

    private async Task<SaveResult> ReloadConflictAsync(int segmentId, string? mine, ClaimsPrincipal actor, DateTime now,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken);
        return segment is null
            ? new SaveResult.Rejected("This segment no longer exists. Reload the document.")
            : await ConflictAsync(db, transaction, segment, mine, actor, now, cancellationToken);
    }

    private static async Task<SaveResult> ConflictAsync(WorkbenchDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        Segment current, string? mine, ClaimsPrincipal actor, DateTime now, CancellationToken cancellationToken)
    {
        if (mine is not null)
        {
            db.SegmentRevisions.Add(new SegmentRevision
            {
                SegmentId = current.Id,
                Text = mine,
                Origin = TranslationOrigin.Human,
                Status = SegmentStatus.Draft,
                AuthorId = WorkbenchClaims.IdOf(actor),
                AuthorName = WorkbenchClaims.NameOf(actor),
                CreatedAt = now,
                IsConflictCopy = true,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new SaveResult.Conflict(SegmentView.From(current), mine ?? current.Target);
    }
}
