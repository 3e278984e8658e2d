using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workbench.Data;

namespace Workbench.Tests.Data;

/// <summary>Documents that existed before the workflow state was stored get the state their counters gave.</summary>
public sealed class WorkflowStateMigrationTests : IDisposable
{
    private const string BeforeWorkflowState = "20261125174636_QaOverrides";

    private readonly string path = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N") + ".db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        File.Delete(path);
    }

    private WorkbenchDbContext Context() => new(new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(ConnectionString).Options);

    [Fact]
    public async Task Migrate_ExistingDocuments_SetsStatusFromCounters()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeWorkflowState, ct);
            foreach (var (title, segments, confirmed) in new[] { ("none", 5, 0), ("some", 5, 2), ("all", 5, 5), ("empty", 0, 0) })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Documents" ("Title", "SourceLanguage", "TargetLanguage", "SegmentCount", "ConfirmedCount",
                        "CreatedAt", "CreatedById", "CreatedByName", "UpdatedAt", "Version")
                    VALUES ({title}, 'id', 'en', {segments}, {confirmed}, '2026-11-01 00:00:00', 'u', 'U', '2026-11-01 00:00:00', 0)
                    """, ct);
            }
        }

        await using (var db = Context())
        {
            await db.Database.MigrateAsync(ct);
            var states = await db.Documents.AsNoTracking().ToDictionaryAsync(d => d.Title, d => d.Status, ct);

            states.ShouldBe(new Dictionary<string, Workbench.Features.Documents.DocumentStatus>
            {
                ["none"] = Workbench.Features.Documents.DocumentStatus.New,
                ["some"] = Workbench.Features.Documents.DocumentStatus.InTranslation,
                ["all"] = Workbench.Features.Documents.DocumentStatus.Translated,
                ["empty"] = Workbench.Features.Documents.DocumentStatus.New,
            });
        }
    }
}
