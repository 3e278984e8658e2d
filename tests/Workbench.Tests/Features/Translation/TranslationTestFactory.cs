using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Data;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Translation;

/// <summary>The app with a probe on every command and transaction, to count recounts and transactions and to fail on cue.</summary>
public sealed class TranslationTestFactory : WorkbenchFactory
{
    public TranslationTestFactory() => TestServices = services => services.ConfigureDbContext<WorkbenchDbContext>(o => o.AddInterceptors(Probe));

    public DatabaseProbe Probe { get; } = new();
}

public sealed class DatabaseProbe : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int transactions;
    private int recounts;
    private volatile string? failOn;

    /// <summary>Commands containing this text throw (null: none).</summary>
    public string? FailOn
    {
        get => failOn;
        set => failOn = value;
    }

    public int Transactions => transactions;

    /// <summary>UPDATEs that write a document's counters (the recount's write).</summary>
    public int Recounts => recounts;

    public void Reset()
    {
        Interlocked.Exchange(ref transactions, 0);
        Interlocked.Exchange(ref recounts, 0);
        FailOn = null;
    }

    private void Check(DbCommand command)
    {
        var sql = command.CommandText;
        if (sql.Contains("UPDATE \"Documents\"", StringComparison.Ordinal) && sql.Contains("\"ConfirmedCount\" =", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref recounts);
        }

        if (FailOn is { } fail && sql.Contains(fail, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Simulated failure at: " + fail);
        }
    }

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

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref transactions);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref transactions);
        return ValueTask.FromResult(result);
    }
}
