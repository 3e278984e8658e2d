using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workbench.Features.Documents;

/// <summary>
/// One change of a document's workflow state, written in the same transaction as the change itself
/// (by <see cref="DocumentProgress.RecountAsync"/> and <see cref="DocumentWorkflow.ChangeStateAsync"/>),
/// so the record and the state cannot disagree. Append-only. The approval issue's audit log will
/// cover every action; this table is the state history the workflow and its reports read.
/// </summary>
public sealed class DocumentStateChange
{
    public const int ReasonMaxLength = 500;

    public long Id { get; set; }
    public int DocumentId { get; set; }
    /// <summary>Only for writing the first state together with a new document; not loaded otherwise.</summary>
    public Document? Document { get; set; }
    /// <summary>Null for the first state a document gets at import.</summary>
    public DocumentStatus? From { get; set; }
    public DocumentStatus To { get; set; }
    public string? ById { get; set; }
    public required string ByName { get; set; }
    public DateTime At { get; set; }
    public string? Reason { get; set; }
}

internal sealed class DocumentStateChangeConfiguration : IEntityTypeConfiguration<DocumentStateChange>
{
    public void Configure(EntityTypeBuilder<DocumentStateChange> b)
    {
        b.HasIndex(c => new { c.DocumentId, c.Id });
        b.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.ById).HasMaxLength(450);
        b.Property(c => c.ByName).HasMaxLength(256);
        b.Property(c => c.Reason).HasMaxLength(DocumentStateChange.ReasonMaxLength);
    }
}
