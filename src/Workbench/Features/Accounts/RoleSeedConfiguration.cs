using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workbench.Features.Accounts;

/// <summary>The four roles are part of the schema (seeded by the migration), not created at run time.</summary>
internal sealed class RoleSeedConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.HasData(
        Role("7f1d2c3e-0001-4a5b-8c9d-000000000001", Roles.Translator),
        Role("7f1d2c3e-0002-4a5b-8c9d-000000000002", Roles.FactChecker),
        Role("7f1d2c3e-0003-4a5b-8c9d-000000000003", Roles.Editor),
        Role("7f1d2c3e-0004-4a5b-8c9d-000000000004", Roles.Admin));

    private static IdentityRole Role(string id, string name) => new()
    {
        Id = id,
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
        => builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
}
