using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workbench.Features.Documents;

/// <summary>
/// One saved state of a segment's translation. Append-only: the history is the audit trail, and a
/// save that lost a concurrency race is kept here too (<see cref="IsConflictCopy"/>) so no typed
/// text is ever lost.
/// </summary>
public sealed class SegmentRevision
{
    public long Id { get; set; }
    public int SegmentId { get; set; }
    public required string Text { get; set; }
    public TranslationOrigin Origin { get; set; }
    public SegmentStatus Status { get; set; }
    public string? AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsConflictCopy { get; set; }
}

internal sealed class SegmentRevisionConfiguration : IEntityTypeConfiguration<SegmentRevision>
{
    public void Configure(EntityTypeBuilder<SegmentRevision> b)
    {
        b.HasIndex(r => new { r.SegmentId, r.Id });
        b.HasOne<Segment>().WithMany().HasForeignKey(r => r.SegmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Origin).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.AuthorId).HasMaxLength(450);
        b.Property(r => r.AuthorName).HasMaxLength(256);
    }
}
