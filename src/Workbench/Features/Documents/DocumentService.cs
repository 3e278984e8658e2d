using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Workbench.Core.Import;
using Workbench.Core.Segmentation;
using Workbench.Data;
using Workbench.Features.Accounts;

namespace Workbench.Features.Documents;

public sealed class DocumentService(
    IDbContextFactory<WorkbenchDbContext> dbFactory,
    IAuthorizationService authorization,
    TimeProvider clock,
    ILogger<DocumentService> logger)
{
    public const int MaxSearchLength = 200;

    public async Task<DocumentListPage> ListAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Documents.AsNoTracking();
        var term = search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            term = term.Length > MaxSearchLength ? term[..MaxSearchLength] : term;
            var lowered = term.ToLowerInvariant();
            // ToLower().Contains becomes lower(...) LIKE on SQLite and PostgreSQL alike; it runs in the
            // database, so .NET culture rules (what the analyzers warn about) do not apply.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(d => d.Title.ToLower().Contains(lowered)
                || (d.Publisher != null && d.Publisher.ToLower().Contains(lowered)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(d => new DocumentSummary(d.Id, d.Title, d.Publisher, d.SourceLanguage, d.TargetLanguage,
                d.Status, d.SegmentCount, d.ConfirmedCount, d.UpdatedAt, d.UpdatedByName))
            .ToListAsync(cancellationToken);
        return new DocumentListPage(rows, total);
    }

    public async Task<Document?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    /// <summary>The segmentation the import would save, for the preview.</summary>
    public static IReadOnlyList<SegmentDraft> Preview(string text, string sourceLanguage, IReadOnlyCollection<string>? headings = null)
        => Segmenter.Segment(text, sourceLanguage, headings);

    /// <summary>
    /// Validates, segments and saves a document with all its segments in one transaction: either the
    /// whole document is there afterwards or nothing is. <paramref name="flippedExclusions"/> holds the
    /// indexes of segments whose excluded flag the user toggled in the preview; <paramref name="headings"/> the
    /// paragraphs an uploaded file marks as headings (see <see cref="Preview"/>, which must be given the same).
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(
        ClaimsPrincipal actor,
        DocumentMetadata metadata,
        string text,
        IReadOnlySet<int>? flippedExclusions = null,
        IReadOnlyCollection<string>? headings = null,
        CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(actor, Policies.EditTranslations)).Succeeded)
        {
            return ImportOutcome.Fail("Only translators and editors can import documents.");
        }

        var errors = DocumentMetadataValidator.Validate(metadata).ToList();
        if (DocumentMetadataValidator.PublicationDateError(metadata.PublishedOn, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } dateError)
        {
            errors.Add(dateError);
        }
        var checkedText = DocumentTextExtractor.FromPastedText(text);
        if (!checkedText.Success)
        {
            errors.Add(checkedText.Message ?? "The text cannot be imported.");
        }

        if (errors.Count > 0)
        {
            return new ImportOutcome(null, errors);
        }

        var drafts = Segmenter.Segment(checkedText.Text!, metadata.SourceLanguage, headings);
        if (drafts.Count == 0)
        {
            return ImportOutcome.Fail("The text contains no sentences to translate.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userName = WorkbenchClaims.NameOf(actor);
        var document = new Document
        {
            Title = metadata.Title.Trim(),
            SourceUrl = string.IsNullOrWhiteSpace(metadata.SourceUrl) ? null : metadata.SourceUrl.Trim(),
            Publisher = string.IsNullOrWhiteSpace(metadata.Publisher) ? null : metadata.Publisher.Trim(),
            PublishedOn = metadata.PublishedOn,
            SourceLanguage = metadata.SourceLanguage,
            TargetLanguage = metadata.TargetLanguage,
            CreatedAt = now,
            CreatedById = WorkbenchClaims.IdOf(actor) ?? "",
            CreatedByName = userName,
            UpdatedAt = now,
            UpdatedByName = userName,
        };
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var excluded = draft.Excluded ^ (flippedExclusions?.Contains(i) ?? false);
            document.Segments.Add(new Segment
            {
                Index = i,
                Paragraph = draft.Paragraph,
                Kind = draft.Kind,
                Source = draft.Text,
                Excluded = excluded,
                ExclusionReason = excluded ? draft.ExclusionReason ?? "Excluded by " + userName : null,
                UpdatedAt = now,
            });
        }

        document.SetCounts(document.Segments.Count(s => !s.Excluded), 0);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One SaveChanges is one transaction: the document, every segment and its first state, or nothing.
        db.Documents.Add(document);
        db.Add(new DocumentStateChange
        {
            Document = document, From = null, To = document.Status, ById = document.CreatedById, ByName = userName, At = now, Reason = "Imported",
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.DocumentImported(userName, document.Id, drafts.Count);
        return new ImportOutcome(document.Id, []);
    }
}
