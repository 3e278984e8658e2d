using Microsoft.Data.Sqlite;
using Workbench.Data;

namespace Workbench.Tests.Data;

public class DatabaseServiceCollectionExtensionsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "content-root");

    private static string DataSourceOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    [Fact]
    public void ResolveSqlitePath_RelativePath_IsResolvedAgainstContentRoot()
        => DataSourceOf(DatabaseServiceCollectionExtensions.ResolveSqlitePath("Data Source=data/workbench.db", ContentRoot))
            .ShouldBe(Path.Combine(ContentRoot, "data", "workbench.db"));

    [Fact]
    public void ResolveSqlitePath_DotSegments_AreNormalized()
        => DataSourceOf(DatabaseServiceCollectionExtensions.ResolveSqlitePath("Data Source=./x/../data/w.db", ContentRoot))
            .ShouldBe(Path.Combine(ContentRoot, "data", "w.db"));

    [Fact]
    public void ResolveSqlitePath_AbsolutePath_IsKept()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "w.db");

        DataSourceOf(DatabaseServiceCollectionExtensions.ResolveSqlitePath($"Data Source={absolute}", ContentRoot)).ShouldBe(absolute);
    }

    [Fact]
    public void ResolveSqlitePath_InMemory_IsKept()
        => DataSourceOf(DatabaseServiceCollectionExtensions.ResolveSqlitePath("Data Source=:memory:", ContentRoot)).ShouldBe(":memory:");

    [Fact]
    public void ResolveSqlitePath_OtherKeywords_ArePreserved()
    {
        var resolved = new SqliteConnectionStringBuilder(
            DatabaseServiceCollectionExtensions.ResolveSqlitePath("Data Source=w.db;Mode=ReadWriteCreate;Cache=Shared;Default Timeout=7", ContentRoot));

        resolved.DataSource.ShouldBe(Path.Combine(ContentRoot, "w.db"));
        resolved.Mode.ShouldBe(SqliteOpenMode.ReadWriteCreate);
        resolved.Cache.ShouldBe(SqliteCacheMode.Shared);
        resolved.DefaultTimeout.ShouldBe(7);
    }

    [Fact]
    public void ResolveSqlitePath_EmptyDataSource_IsLeftEmpty()
        => DataSourceOf(DatabaseServiceCollectionExtensions.ResolveSqlitePath("Mode=Memory", ContentRoot)).ShouldBeEmpty();
}
