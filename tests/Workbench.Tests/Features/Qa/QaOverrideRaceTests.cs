using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Editor;
using Workbench.Features.Qa;
using Workbench.Tests.Infrastructure;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

/// <summary>
/// Two translators override the same warning at the same moment. Both look for an existing override before
/// either has saved one; the unique index then lets only one insert through. The loser must get the
/// winner's override (as a sequential second override does), not an exception that kills the circuit.
/// </summary>
public sealed class QaOverrideRaceTests : IDisposable
{
    private readonly ExistingOverrideReadBarrier barrier = new();
    private readonly WorkbenchFactory factory;

    public QaOverrideRaceTests() => factory = new WorkbenchFactory
    {
        TestServices = services => services.ConfigureDbContext<WorkbenchDbContext>(o => o.AddInterceptors(barrier)),
    };

    public void Dispose()
    {
        factory.Dispose();
        barrier.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OverrideAsync_TwoAtOnce_BothSucceedWithOneRow()
    {
        var (_, first) = await factory.CreateActorAsync(Roles.Translator);
        var (_, second) = await factory.CreateActorAsync(Roles.Translator);
        var documentId = await factory.ImportAsync(first, ShipsSource);
        var segment = (await factory.WithServiceAsync<EditorService, EditorDocument?>(e => e.LoadAsync(documentId, Ct)))!.Segments.Single();
        var saved = await factory.WithServiceAsync<EditorService, SaveResult>(e => e.SaveAsync(first, segment.Id, segment.Version, ShipsTwo, false, Ct));
        saved.ShouldBeOfType<SaveResult.Saved>();
        var key = Evaluate(ShipsSource, ShipsTwo).Items.Single().Key;

        barrier.Arm();
        var results = await Task.WhenAll(
            Task.Run(() => factory.WithServiceAsync<QaService, OverrideResult>(q => q.OverrideAsync(first, segment.Id, key, "First reason.", Ct)), Ct),
            Task.Run(() => factory.WithServiceAsync<QaService, OverrideResult>(q => q.OverrideAsync(second, segment.Id, key, "Second reason.", Ct)), Ct));

        barrier.Met.ShouldBeTrue("the two overrides did not overlap; the test proves nothing");
        results.ShouldAllBe(r => r.Succeeded);
        results[1].Override.ShouldBe(results[0].Override);
        await using var db = factory.CreateDbContext();
        (await db.QaOverrides.CountAsync(o => o.SegmentId == segment.Id, Ct)).ShouldBe(1);
    }

    /// <summary>Holds the first read of the QaOverrides table until a second one arrives (or a few seconds pass).</summary>
    private sealed class ExistingOverrideReadBarrier : DbCommandInterceptor, IDisposable
    {
        private readonly CountdownEvent arrivals = new(2);
        private int armed;

        public void Dispose() => arrivals.Dispose();

        public bool Met { get; private set; }

        public void Arm() => Volatile.Write(ref armed, 1);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref armed) == 1 && command.CommandText.Contains("FROM \"QaOverrides\"", StringComparison.Ordinal) && !arrivals.IsSet)
            {
                try
                {
                    arrivals.Signal();
                }
                catch (InvalidOperationException)
                {
                    // A third read: the barrier is already open.
                }

                var met = await Task.Run(() => arrivals.Wait(TimeSpan.FromSeconds(5), cancellationToken), cancellationToken);
                Met |= met;
            }

            return result;
        }
    }
}
