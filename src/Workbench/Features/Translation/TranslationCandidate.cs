using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.Features.Documents;

namespace Workbench.Features.Translation;

/// <summary>
/// A translation a machine engine or the translation memory proposed for a segment, kept besides the
/// segment's current target: what was paid for, what a match scored, and what the post-editing
/// effort is measured against. Append-only; <see cref="Applied"/> tells which one became the target.
/// </summary>
public sealed class TranslationCandidate
{
    public const int EngineMaxLength = 64;
    public const int ModelMaxLength = 128;

    public long Id { get; set; }
    public int SegmentId { get; set; }
    /// <summary>Machine or Memory (never Human: a person's text is a revision, not a candidate).</summary>
    public TranslationOrigin Origin { get; set; }
    /// <summary>The source text the candidate was made for; alignment offsets refer to it.</summary>
    public required string SourceText { get; set; }
    public required string Text { get; set; }
    /// <summary>Azure, LibreTranslate, Offline...; null for a memory match.</summary>
    public string? Engine { get; set; }
    /// <summary>The engine's model or category, where it names one (Azure's X-MT-System, a LibreTranslate model).</summary>
    public string? Model { get; set; }
    /// <summary>
    /// The engine's word alignment, stored as the engine gave it: Azure's "proj" notation
    /// ("srcStart:srcEnd-tgtStart:tgtEnd ...", zero-based, end inclusive), parsed where it is used.
    /// Null when the engine gave none.
    /// </summary>
    public string? Alignment { get; set; }
    /// <summary>Characters the engine billed for this segment; 0 for memory and the offline engine.</summary>
    public int CharactersBilled { get; set; }
    /// <summary>A memory match's similarity, 0–100 (100 = exact); null for machine output.</summary>
    public int? Score { get; set; }
    /// <summary>The memory entry's source (it differs from <see cref="SourceText"/> in a fuzzy match).</summary>
    public string? MemorySource { get; set; }
    /// <summary>The memory entry's translation, before numbers or dates were adapted into <see cref="Text"/>.</summary>
    public string? MemoryTarget { get; set; }
    /// <summary>True when the batch that recorded it made it the segment's target.</summary>
    public bool Applied { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public required string CreatedByName { get; set; }
}

internal sealed class TranslationCandidateConfiguration : IEntityTypeConfiguration<TranslationCandidate>
{
    public void Configure(EntityTypeBuilder<TranslationCandidate> b)
    {
        b.HasIndex(c => new { c.SegmentId, c.Id });
        b.HasOne<Segment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Origin).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Engine).HasMaxLength(TranslationCandidate.EngineMaxLength);
        b.Property(c => c.Model).HasMaxLength(TranslationCandidate.ModelMaxLength);
        b.Property(c => c.CreatedById).HasMaxLength(450);
        b.Property(c => c.CreatedByName).HasMaxLength(256);
        b.ToTable(t => t.HasCheckConstraint("CK_TranslationCandidates_Score", "\"Score\" IS NULL OR (\"Score\" >= 0 AND \"Score\" <= 100)"));
    }
}
