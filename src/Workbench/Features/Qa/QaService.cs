using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Workbench.Core.Facts.Qa;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Editor;

namespace Workbench.Features.Qa;

/// <summary>
/// Runs the facts-and-figures QA (Workbench.Core) on saved translations and records warning
/// overrides. Findings are computed, not stored: the checker is fast enough to rerun on load and
/// on every save, and so can never disagree with the text.
/// </summary>
public sealed class QaService(
    QaChecker checker,
    IDbContextFactory<WorkbenchDbContext> dbFactory,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    public SegmentQa Evaluate(SegmentView segment, string sourceLanguage, string targetLanguage, IReadOnlyList<QaOverrideView>? overrides)
    {
        // Empty and excluded segments have nothing to check yet; "missing" is what their status already says.
        if (segment.Excluded || string.IsNullOrWhiteSpace(segment.Target))
        {
            return SegmentQa.None;
        }

        var findings = checker.Check(segment.Source, segment.Target, sourceLanguage, targetLanguage);
        if (findings.Count == 0)
        {
            return SegmentQa.None;
        }

        var items = new List<QaItem>(findings.Count);
        foreach (var finding in findings)
        {
            var sourceText = finding.Source?.GetText(segment.Source);
            var targetText = finding.Target?.GetText(segment.Target);
            var key = KeyOf(finding.Code, sourceText, targetText);
            var match = finding.Severity == QaSeverity.Warning ? overrides?.FirstOrDefault(o => o.FindingKey == key) : null;
            items.Add(new QaItem(finding, key, sourceText, targetText, match));
        }

        return new SegmentQa(items);
    }

    public async Task<Dictionary<int, List<QaOverrideView>>> LoadOverridesAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.QaOverrides.AsNoTracking()
            .Where(o => db.Segments.Any(s => s.Id == o.SegmentId && s.DocumentId == documentId))
            .Select(o => new { o.SegmentId, View = new QaOverrideView(o.FindingKey, o.Reason, o.UserName, o.CreatedAt) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SegmentId).ToDictionary(g => g.Key, g => g.Select(r => r.View).ToList());
    }

    /// <summary>Records that a warning does not apply. The finding is re-checked on the saved text; errors are refused.</summary>
    public async Task<OverrideResult> OverrideAsync(ClaimsPrincipal actor, int segmentId, string findingKey, string reason,
        CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(actor, Policies.EditTranslations)).Succeeded)
        {
            return new OverrideResult(false, "Only translators and editors can override QA warnings.", null);
        }

        reason = reason.Trim();
        if (reason.Length == 0)
        {
            return new OverrideResult(false, "Give a reason: it is recorded with your name for the editor.", null);
        }

        if (reason.Length > QaOverride.ReasonMaxLength)
        {
            return new OverrideResult(false, $"The reason can be at most {QaOverride.ReasonMaxLength} characters long.", null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Segments.AsNoTracking()
            .Where(s => s.Id == segmentId)
            .Select(s => new { Segment = s, Document = db.Documents.First(d => d.Id == s.DocumentId) })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new OverrideResult(false, "This segment no longer exists.", null);
        }

        var item = Evaluate(SegmentView.From(row.Segment), row.Document.SourceLanguage, row.Document.TargetLanguage, null)
            .Items.FirstOrDefault(i => i.Key == findingKey);
        if (item is null)
        {
            return new OverrideResult(false, "This finding no longer applies to the saved translation.", null);
        }

        if (item.IsError)
        {
            return new OverrideResult(false, "QA errors cannot be overridden; correct the translation instead.", null);
        }

        var existing = await db.QaOverrides.AsNoTracking().FirstOrDefaultAsync(o => o.SegmentId == segmentId && o.FindingKey == findingKey, cancellationToken);
        if (existing is not null)
        {
            return new OverrideResult(true, null, new QaOverrideView(existing.FindingKey, existing.Reason, existing.UserName, existing.CreatedAt));
        }

        var entity = new QaOverride
        {
            SegmentId = segmentId,
            Code = item.Finding.Code,
            FindingKey = findingKey,
            Reason = reason,
            UserId = WorkbenchClaims.IdOf(actor),
            UserName = WorkbenchClaims.NameOf(actor),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.QaOverrides.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone overrode the same finding at the same moment (the unique index refused ours):
            // theirs stands. Checked by re-reading, so this stays provider-neutral.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var winner = await fresh.QaOverrides.AsNoTracking()
                .FirstOrDefaultAsync(o => o.SegmentId == segmentId && o.FindingKey == findingKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return new OverrideResult(true, null, new QaOverrideView(winner.FindingKey, winner.Reason, winner.UserName, winner.CreatedAt));
        }

        return new OverrideResult(true, null, new QaOverrideView(entity.FindingKey, entity.Reason, entity.UserName, entity.CreatedAt));
    }

    internal static string KeyOf(string code, string? sourceText, string? targetText)
    {
        var key = $"{code}|{sourceText}|{targetText}";
        return key.Length <= QaOverride.KeyMaxLength ? key : key[..QaOverride.KeyMaxLength];
    }
}
