using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.Core.Segmentation;
using Workbench.Data;

namespace Workbench.Features.Documents;

/// <summary>Where a segment stands in translation (the chip in the editor).</summary>
public enum SegmentStatus
{
    /// <summary>No translation yet.</summary>
    New,
    /// <summary>A person typed or changed the translation; not confirmed.</summary>
    Draft,
    /// <summary>Filled by machine translation or translation memory; no person has confirmed it.</summary>
    Translated,
    /// <summary>The translator confirmed it (Ctrl+Enter).</summary>
    Confirmed,
}

/// <summary>Who or what produced a translation text.</summary>
public enum TranslationOrigin
{
    Human,
    Machine,
    Memory,
}

public sealed class Segment : IVersioned
{
    /// <summary>The longest translation a segment holds (a news sentence is a few hundred characters).</summary>
    public const int MaxTargetLength = 20_000;

    public int Id { get; set; }
    public int DocumentId { get; set; }
    /// <summary>0-based position in the document; shown 1-based.</summary>
    public int Index { get; set; }
    public int Paragraph { get; set; }
    public SegmentKind Kind { get; set; }
    /// <summary>
    /// Set once at import and never changed: claims and alignments anchor UTF-16 offsets in it. The
    /// compiler refuses an assignment after construction, and <see cref="WorkbenchDbContext"/> refuses
    /// to save a modified source however it was changed. An "edit source" feature, if ever needed, must be
    /// an explicit, audited operation that also moves or drops the anchors.
    /// </summary>
    public required string Source { get; init; }
    public string Target { get; set; } = "";
    public SegmentStatus Status { get; set; }
    public TranslationOrigin? TargetOrigin { get; set; }
    /// <summary>Boilerplate stays in the document, greyed, so nothing the reporter wrote is silently dropped.</summary>
    public bool Excluded { get; set; }
    public string? ExclusionReason { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }
    public string? UpdatedByName { get; set; }
    public int Version { get; set; }
}

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> b)
    {
        b.HasIndex(s => new { s.DocumentId, s.Index }).IsUnique();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.TargetOrigin).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.ExclusionReason).HasMaxLength(200);
        b.Property(s => s.UpdatedById).HasMaxLength(450);
        b.Property(s => s.UpdatedByName).HasMaxLength(256);
    }
}
