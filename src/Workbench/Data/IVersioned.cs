namespace Workbench.Data;

/// <summary>
/// An editable row with an optimistic-concurrency token. The token is a plain integer that
/// <see cref="WorkbenchDbContext"/> increments on every update, so the same code works on SQLite
/// (which has no rowversion) and on PostgreSQL later.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
