using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.Data;

namespace Workbench.Features.Documents;

public enum DocumentStatus
{
    /// <summary>Imported; no segment confirmed yet.</summary>
    New,
    /// <summary>Some segments confirmed.</summary>
    InTranslation,
    /// <summary>Every included segment confirmed by the translator.</summary>
    Translated,
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
    public int SegmentCount { get; set; }
    public int ConfirmedCount { get; set; }

    /// <summary>Derived from the counters, so it can never disagree with them.</summary>
    public DocumentStatus Status => DocumentProgress.StatusOf(SegmentCount, ConfirmedCount);
    public DateTime CreatedAt { get; set; }
    public required string CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedByName { get; set; }
    public int Version { get; set; }

    public ICollection<Segment> Segments { get; } = [];
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
        b.Ignore(d => d.Status);
        b.Property(d => d.CreatedById).HasMaxLength(450);
        b.Property(d => d.CreatedByName).HasMaxLength(256);
        b.Property(d => d.UpdatedByName).HasMaxLength(256);
        b.HasIndex(d => d.UpdatedAt);
        b.HasMany(d => d.Segments).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
