using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents;

/// <summary>An import that fails half-way must leave no document and no segment behind.</summary>
public sealed class ImportAtomicityTests : IDisposable
{
    private const string Article = "Judul Berita\n\nKalimat pertama di sini. Kalimat kedua di sini.\n\nParagraf kedua juga ada.";

    private readonly FailingSegmentInsert interceptor = new();
    private readonly WorkbenchFactory factory;

    public ImportAtomicityTests() => factory = new WorkbenchFactory
    {
        TestServices = services => services.ConfigureDbContext<WorkbenchDbContext>(o => o.AddInterceptors(interceptor)),
    };

    public void Dispose() => factory.Dispose();

    /// <summary>Counts rows straight from the file, bypassing EF.</summary>
    private long Count(string table)
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task ImportAsync_SegmentInsertFails_LeavesNoDocumentAndNoSegment()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        interceptor.Armed = true;

        var failure = await Should.ThrowAsync<Exception>(() => factory.WithServiceAsync<DocumentService, ImportOutcome>(s =>
            s.ImportAsync(translator, new DocumentMetadata("Atomic", null, null, null, "id", "en"), Article, null, cancellationToken: TestContext.Current.CancellationToken)));

        interceptor.Failures.ShouldBeGreaterThan(0, "the interceptor never saw the Segments insert");
        failure.ToString().ShouldContain(FailingSegmentInsert.Message);
        Count("Documents").ShouldBe(0);
        Count("Segments").ShouldBe(0);
    }

    [Fact]
    public async Task ImportAsync_InterceptorDisarmed_SavesDocumentAndSegments()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);

        await factory.ImportAsync(translator, Article);

        Count("Documents").ShouldBe(1);
        Count("Segments").ShouldBeGreaterThan(1);
        interceptor.Failures.ShouldBe(0);
    }

    private sealed class FailingSegmentInsert : DbCommandInterceptor
    {
        public const string Message = "Simulated failure while inserting segments";

        public volatile bool Armed;
        private int failures;

        public int Failures => failures;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Check(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Check(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        private void Check(DbCommand command)
        {
            if (Armed && command.CommandText.Contains("INSERT INTO \"Segments\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failures);
                throw new InvalidOperationException(Message);
            }
        }
    }
}
