using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;

namespace Workbench.Features.Translation;

/// <summary>
/// Applies many machine or memory translations to one document in one transaction with one recount:
/// the candidates are recorded, the targets set (origin Machine or Memory, status Translated) and a
/// revision written per changed segment. A person's work is never overwritten unless asked for, and
/// a segment that changed since the batch was computed is never overwritten at all.
/// </summary>
public sealed class TranslationApplyService(
    IDbContextFactory<WorkbenchDbContext> dbFactory,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<TranslationApplyService> logger)
{
    // On PostgreSQL a save can land between this batch's read and its write; the retry re-reads
    // and then reports that segment as stale. SQLite serializes writing transactions, so it never retries.
    private const int MaxAttempts = 3;

    /// <summary>
    /// A segment holds a person's work when someone typed its translation, or confirmed it (a
    /// confirmed machine translation is a person's decision too). Empty segments are status New.
    /// </summary>
    public static readonly Expression<Func<Segment, bool>> HoldsHumanWork = s =>
        s.Status != SegmentStatus.New
        && (s.TargetOrigin == null || s.TargetOrigin == TranslationOrigin.Human || s.Status == SegmentStatus.Confirmed);

    private static readonly Func<Segment, bool> IsHuman = HoldsHumanWork.Compile();

    /// <summary>How many included segments of a document a batch with overwrite would replace (for the confirmation).</summary>
    public async Task<int> CountHumanTranslationsAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Segments.Where(s => s.DocumentId == documentId && !s.Excluded).CountAsync(HoldsHumanWork, cancellationToken);
    }

    /// <param name="items">At most one item per segment, each Machine or Memory.</param>
    /// <param name="overwriteHuman">Replace people's translations too (the user confirmed how many).</param>
    public async Task<TranslationApplyResult> ApplyAsync(ClaimsPrincipal actor, int documentId, IReadOnlyList<TranslationItem> items,
        bool overwriteHuman, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(i => i.Origin == TranslationOrigin.Human))
        {
            throw new ArgumentException("A batch applies machine or memory translations; a person's text is saved through the editor.", nameof(items));
        }

        if (items.Select(i => i.SegmentId).Distinct().Count() != items.Count)
        {
            throw new ArgumentException("A batch holds at most one translation per segment.", nameof(items));
        }

        if (!(await authorization.AuthorizeAsync(actor, Policies.RunMachineTranslation)).Succeeded)
        {
            return TranslationApplyResult.Refuse("Only translators, editors and admins can apply machine translations.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(actor, documentId, items, overwriteHuman, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                logger.BatchRetried(documentId);
            }
        }
    }

    private async Task<TranslationApplyResult> ApplyOnceAsync(ClaimsPrincipal actor, int documentId, IReadOnlyList<TranslationItem> items,
        bool overwriteHuman, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return TranslationApplyResult.Refuse("This document no longer exists.");
        }

        if (DocumentProgress.IsFrozen(document.Status))
        {
            return TranslationApplyResult.Refuse("This document is approved and frozen; an editor must reopen it before it can change.");
        }

        var ids = items.Select(i => i.SegmentId).ToList();
        var segments = await db.Segments.Where(s => s.DocumentId == documentId && ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = WorkbenchClaims.IdOf(actor);
        var userName = WorkbenchClaims.NameOf(actor);
        var outcomes = new List<ApplyItemOutcome>(items.Count);
        var replacedHuman = 0;
        foreach (var item in items)
        {
            var status = ApplyItemStatus.NotFound;
            if (segments.TryGetValue(item.SegmentId, out var segment))
            {
                var wasHuman = IsHuman(segment);
                status = Apply(db, segment, item, overwriteHuman, now, userId, userName);
                if (status == ApplyItemStatus.Applied)
                {
                    replacedHuman += wasHuman ? 1 : 0;
                    await AfterTargetChangedAsync(db, segment, document, cancellationToken);
                }
            }

            outcomes.Add(new ApplyItemOutcome(item.SegmentId, status));
        }

        await db.SaveChangesAsync(cancellationToken);
        var applied = outcomes.Count(o => o.Status == ApplyItemStatus.Applied);
        if (applied > 0)
        {
            // One recount for the whole batch: counters and the translation-phase state move together.
            await DocumentProgress.RecountAsync(db, documentId, now, userId, userName, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.BatchApplied(userName, applied, items.Count, documentId, replacedHuman);
        return new TranslationApplyResult(null, outcomes, replacedHuman);
    }

    /// <summary>Records the candidate and, when allowed, makes it the segment's target with a revision.</summary>
    private static ApplyItemStatus Apply(WorkbenchDbContext db, Segment segment, TranslationItem item, bool overwriteHuman,
        DateTime now, string? userId, string userName)
    {
        // Made for another text: its alignment and meaning belong to that text, so it is not even kept.
        if (!string.Equals(segment.Source, item.SourceText, StringComparison.Ordinal))
        {
            return ApplyItemStatus.SkippedStale;
        }

        if (segment.Excluded)
        {
            return ApplyItemStatus.RefusedExcluded;
        }

        var text = item.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text) || text.Length > Segment.MaxTargetLength)
        {
            return ApplyItemStatus.RefusedInvalid;
        }

        var candidate = new TranslationCandidate
        {
            SegmentId = segment.Id,
            Origin = item.Origin,
            SourceText = item.SourceText,
            Text = text,
            Engine = item.Engine,
            Model = item.Model,
            Alignment = item.Alignment,
            CharactersBilled = item.CharactersBilled,
            Score = item.Score,
            MemorySource = item.MemorySource,
            MemoryTarget = item.MemoryTarget,
            CreatedAt = now,
            CreatedById = userId,
            CreatedByName = userName,
        };
        // Kept even when not applied: it was paid for, and the editor can offer it beside the target.
        db.TranslationCandidates.Add(candidate);
        if (segment.Version != item.ExpectedVersion)
        {
            return ApplyItemStatus.SkippedStale;
        }

        if (IsHuman(segment) && !overwriteHuman)
        {
            return ApplyItemStatus.SkippedHuman;
        }

        if (segment.Target == text && segment.TargetOrigin == item.Origin && segment.Status == SegmentStatus.Translated)
        {
            return ApplyItemStatus.Unchanged;
        }

        candidate.Applied = true;
        segment.Target = text;
        segment.TargetOrigin = item.Origin;
        segment.Status = SegmentStatus.Translated;
        segment.UpdatedAt = now;
        segment.UpdatedById = userId;
        segment.UpdatedByName = userName;
        db.SegmentRevisions.Add(new SegmentRevision
        {
            SegmentId = segment.Id,
            Text = text,
            Origin = item.Origin,
            Status = SegmentStatus.Translated,
            AuthorId = userId,
            AuthorName = userName,
            CreatedAt = now,
        });
        return ApplyItemStatus.Applied;
    }

    /// <summary>
    /// MERGE SEAM: the one place where the batch path runs the save path's QA step for a segment whose
    /// target it just changed (called once per changed segment, before the batch's SaveChanges, so
    /// whatever QA writes onto the segment, e.g. its QA summary counts, commits in this transaction).
    /// The editor rework moves QA into the save path behind a single method; the lead wires that one
    /// call here at merge, e.g. <c>await qa.AfterTargetChangedAsync(db, segment, document.SourceLanguage, document.TargetLanguage, ct)</c>.
    /// Until then there is no save-path QA to call: the editor still computes findings on its view model.
    /// </summary>
    private static Task AfterTargetChangedAsync(WorkbenchDbContext db, Segment segment, Document document, CancellationToken cancellationToken)
    {
        _ = (db, segment, document, cancellationToken);
        return Task.CompletedTask;
    }
}
