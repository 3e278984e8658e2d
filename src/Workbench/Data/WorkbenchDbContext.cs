using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Features.Qa;
using Workbench.Features.Translation;

namespace Workbench.Data;

public sealed class WorkbenchDbContext(DbContextOptions<WorkbenchDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Cookie and antiforgery keys live in the database so every app instance can read every cookie.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Segment> Segments => Set<Segment>();
    public DbSet<SegmentRevision> SegmentRevisions => Set<SegmentRevision>();
    public DbSet<QaOverride> QaOverrides => Set<QaOverride>();
    public DbSet<DocumentStateChange> DocumentStateChanges => Set<DocumentStateChange>();
    public DbSet<TranslationCandidate> TranslationCandidates => Set<TranslationCandidate>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Each feature keeps its IEntityTypeConfiguration next to its entities.
        builder.ApplyConfigurationsFromAssembly(typeof(WorkbenchDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseSourceEdits();
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseSourceEdits();
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// A segment's source is immutable after import: claims anchor offsets in it. The init-only
    /// property stops ordinary code; this stops the change tracker route too
    /// (<c>Entry(s).Property(p => p.Source).CurrentValue = ...</c>), before anything is written.
    /// </summary>
    private void RefuseSourceEdits()
    {
        foreach (var entry in ChangeTracker.Entries<Segment>())
        {
            if (entry.State == EntityState.Modified && entry.Property(s => s.Source) is { IsModified: true } source
                && !string.Equals(source.OriginalValue, source.CurrentValue, StringComparison.Ordinal))
            {
                throw new SourceImmutableException(entry.Entity.Id);
            }
        }
    }

    // The WHERE clause of the UPDATE uses the original Version; the row gets the next one.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
