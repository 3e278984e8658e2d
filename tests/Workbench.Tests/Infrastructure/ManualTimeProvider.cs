namespace Workbench.Tests.Infrastructure;

/// <summary>A clock the test moves by hand (cookie ages, security-stamp checks, timestamps).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
