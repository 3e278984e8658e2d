using Microsoft.EntityFrameworkCore;
using Workbench.Data;

namespace Workbench.Features.Accounts;

/// <summary>
/// Knows whether the database has any user yet. Once it has, that never changes back, so the answer
/// is cached and the per-request check costs nothing after the first admin exists.
/// </summary>
public sealed class FirstRunState(IDbContextFactory<WorkbenchDbContext> dbFactory)
{
    private volatile bool _hasUsers;

    /// <summary>Serialises the one-time creation of the first admin within this process.</summary>
    public SemaphoreSlim SetupLock { get; } = new(1, 1);

    public async Task<bool> HasUsersAsync(CancellationToken cancellationToken = default)
    {
        if (_hasUsers)
        {
            return true;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        _hasUsers = await db.Users.AnyAsync(cancellationToken);
        return _hasUsers;
    }

    public void MarkHasUsers() => _hasUsers = true;
}
