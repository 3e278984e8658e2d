using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Data;

/// <summary>Each test starts the app on a folder that does not exist yet.</summary>
public sealed class DatabaseInitializationTests : IDisposable
{
    private readonly WorkbenchFactory factory = new();

    public void Dispose() => factory.Dispose();

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [Fact]
    public void Start_MissingDataFolder_CreatesDatabaseFileThere()
    {
        Directory.Exists(factory.DataFolder).ShouldBeFalse();

        factory.Start();

        File.Exists(factory.DatabasePath).ShouldBeTrue();
    }

    [Fact]
    public void Start_NewDatabase_AppliesEveryMigration()
    {
        factory.Start();

        using var db = factory.CreateDbContext();
        var inAssembly = db.Database.GetMigrations().ToList();
        inAssembly.ShouldNotBeEmpty();
        Query("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId").ShouldBe(inAssembly);
        db.Database.GetPendingMigrations().ShouldBeEmpty();
    }

    [Fact]
    public void Start_NewDatabase_HasTablesAndSeededRoles()
    {
        factory.Start();

        var tables = Query("SELECT name FROM sqlite_master WHERE type = 'table'");
        tables.ShouldContain("Documents");
        tables.ShouldContain("Segments");
        tables.ShouldContain("SegmentRevisions");
        tables.ShouldContain("AspNetUsers");
        Query("SELECT Name FROM AspNetRoles ORDER BY Name").ShouldBe(["Admin", "Editor", "FactChecker", "Translator"]);
    }

    [Fact]
    public void Start_NewDatabase_UsesWalJournal()
    {
        factory.Start();

        Query("PRAGMA journal_mode").ShouldBe(["wal"]);
    }
}
