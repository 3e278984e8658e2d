using System.ComponentModel.DataAnnotations;

namespace Workbench.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply committed EF Core migrations when the app starts (the embedded SQLite default).</summary>
    public bool ApplyMigrationsAtStartup { get; set; } = true;

    /// <summary>From ConnectionStrings:Workbench; a relative SQLite path is resolved against the content root.</summary>
    [Required(ErrorMessage = "ConnectionStrings:Workbench is required (for example \"Data Source=data/workbench.db\").")]
    public string ConnectionString { get; set; } = "";
}
