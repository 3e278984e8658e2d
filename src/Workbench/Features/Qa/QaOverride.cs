using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.Features.Documents;

namespace Workbench.Features.Qa;

/// <summary>
/// A translator's recorded decision that a QA warning does not apply, with the reason, who and when.
/// Errors can never be overridden. The override is tied to the finding's key (rule and the two span
/// texts), so it survives unrelated edits but not a change to the flagged words.
/// </summary>
public sealed class QaOverride
{
    public const int ReasonMaxLength = 500;
    public const int KeyMaxLength = 600;

    public long Id { get; set; }
    public int SegmentId { get; set; }
    public required string Code { get; set; }
    public required string FindingKey { get; set; }
    public required string Reason { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class QaOverrideConfiguration : IEntityTypeConfiguration<QaOverride>
{
    public void Configure(EntityTypeBuilder<QaOverride> b)
    {
        b.HasIndex(o => new { o.SegmentId, o.FindingKey }).IsUnique();
        b.HasOne<Segment>().WithMany().HasForeignKey(o => o.SegmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(o => o.Code).HasMaxLength(64);
        b.Property(o => o.FindingKey).HasMaxLength(QaOverride.KeyMaxLength);
        b.Property(o => o.Reason).HasMaxLength(QaOverride.ReasonMaxLength);
        b.Property(o => o.UserId).HasMaxLength(450);
        b.Property(o => o.UserName).HasMaxLength(256);
    }
}
