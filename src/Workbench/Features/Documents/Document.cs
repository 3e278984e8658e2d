using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.Data;

namespace Workbench.Features.Documents;

/// <summary>
/// A document's persisted workflow state. The first three are the translation phase and follow the
/// counters (see <see cref="DocumentProgress.Next"/>); the others are set only by explicit workflow
/// actions and survive recounts (see <see cref="DocumentWorkflow"/>).
/// </summary>
public enum DocumentStatus
{
    /// <summary>Imported; no segment confirmed yet.</summary>
    New,
    /// <summary>Some segments confirmed.</summary>
    InTranslation,
    /// <summary>Every included segment confirmed by the translator.</summary>
    Translated,
    /// <summary>An editor is reviewing it; segments may go back to the translator meanwhile.</summary>
    InReview,
    /// <summary>Signed off for publication; frozen until an editor reopens it.</summary>
    Approved,
    /// <summary>Approved once, then reopened by an editor (with a reason) for changes.</summary>
    Reopened,
}

public sealed class Document : IVersioned
{
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 2048;
    public const int PublisherMaxLength = 200;
    public const int LanguageMaxLength = 16;

    public int Id { get; set; }
    public required string Title { get; set; }
    public string? SourceUrl { get; set; }
    public string? Publisher { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string SourceLanguage { get; set; } = "id";
    public string TargetLanguage { get; set; } = "en";

    /// <summary>Included (not excluded) segments; kept with the confirmed count so the list needs no aggregate query.</summary>
    public int SegmentCount { get; private set; }

    public int ConfirmedCount { get; private set; }

    /// <summary>
    /// Persisted so review and approval have somewhere to live. Counters and the translation-phase
    /// state change together only (<see cref="SetCounts"/> here, <see cref="DocumentProgress.RecountAsync"/>
    /// in the database), so they can never disagree.
    /// </summary>
    public DocumentStatus Status { get; private set; }

    public DateTime CreatedAt { get; set; }
    public required string CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedByName { get; set; }
    public int Version { get; set; }

    public ICollection<Segment> Segments { get; } = [];

    /// <summary>Sets the counters and derives the state from them, as a recount does in the database.</summary>
    public void SetCounts(int segmentCount, int confirmedCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segmentCount);
        ArgumentOutOfRangeException.ThrowIfNegative(confirmedCount);
        SegmentCount = segmentCount;
        ConfirmedCount = confirmedCount;
        Status = DocumentProgress.Next(Status, segmentCount, confirmedCount);
    }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.Property(d => d.Title).HasMaxLength(Document.TitleMaxLength);
        b.Property(d => d.SourceUrl).HasMaxLength(Document.UrlMaxLength);
        b.Property(d => d.Publisher).HasMaxLength(Document.PublisherMaxLength);
        b.Property(d => d.SourceLanguage).HasMaxLength(Document.LanguageMaxLength);
        b.Property(d => d.TargetLanguage).HasMaxLength(Document.LanguageMaxLength);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.CreatedById).HasMaxLength(450);
        b.Property(d => d.CreatedByName).HasMaxLength(256);
        b.Property(d => d.UpdatedByName).HasMaxLength(256);
        b.HasIndex(d => d.UpdatedAt);
        // "Documents to review", "approved this week": the workflow lists filter by state.
        b.HasIndex(d => d.Status);
        b.HasMany(d => d.Segments).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
