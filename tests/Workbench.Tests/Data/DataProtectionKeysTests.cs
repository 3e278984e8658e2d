using System.Net;
using Microsoft.EntityFrameworkCore;
using Workbench.Features.Accounts;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Data;

/// <summary>Data-protection keys live in the database, so sign-in cookies survive a restart of the app.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly WorkbenchFactory first = new();
    private WorkbenchFactory? restarted;

    public void Dispose()
    {
        restarted?.Dispose();
        first.Dispose();
    }

    private static async Task<string> AuthCookieAsync(WorkbenchFactory factory, string email)
    {
        using var client = FormPost.Client(factory);
        var response = await FormPost.LoginAsync(client, email, WorkbenchFactory.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Workbench.Auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    [Fact]
    public async Task SignIn_NewDatabase_StoresKeyInDatabase()
    {
        var (user, _) = await first.CreateActorAsync(Roles.Translator);

        await AuthCookieAsync(first, user.Email!);

        (await KeysInDatabaseAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Cookie_AfterRestartOnSameDatabase_IsStillAccepted()
    {
        var (user, _) = await first.CreateActorAsync(Roles.Translator);
        var cookie = await AuthCookieAsync(first, user.Email!);
        var keysBefore = await KeysInDatabaseAsync();
        restarted = new WorkbenchFactory();
        restarted.Settings["ConnectionStrings:Workbench"] = first.ConnectionString;
        using var client = FormPost.Client(restarted);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/documents/new");
        request.Headers.Add("Accept", "text/html");
        request.Headers.Add("Cookie", cookie);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        keysBefore.ShouldBeGreaterThan(0);
        (await KeysInDatabaseAsync()).ShouldBe(keysBefore, "the restarted app should reuse the stored key, not make a new one");
    }

    private async Task<int> KeysInDatabaseAsync()
    {
        await using var db = first.CreateDbContext();
        return await db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken);
    }
}
