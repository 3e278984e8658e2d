using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workbench.Features.Accounts;
using Workbench.Features.Demo;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Demo;

public sealed class DemoModeTests : IDisposable
{
    private readonly List<WorkbenchFactory> factories = [];

    public void Dispose() => factories.ForEach(f => f.Dispose());

    private WorkbenchFactory Factory(string environment, bool demo, string? connectionString = null)
    {
        var factory = new WorkbenchFactory { EnvironmentName = environment };
        factory.Settings["Demo:Enabled"] = demo ? "true" : "false";
        if (connectionString is not null)
        {
            factory.Settings["ConnectionStrings:Workbench"] = connectionString;
        }

        factories.Add(factory);
        return factory;
    }

    private static async Task<string> LoginPageAsync(WorkbenchFactory factory)
    {
        using var client = FormPost.Client(factory);
        var response = await FormPost.GetPageAsync(client, "/Account/Login");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.HtmlAsync();
    }

    [Fact]
    public void Start_ProductionWithDemoEnabled_RefusesToStart()
    {
        var factory = Factory("Production", demo: true);

        var thrown = Should.Throw<Exception>(factory.Start);

        var validation = Unwrap(thrown).OfType<OptionsValidationException>().FirstOrDefault();
        validation.ShouldNotBeNull(thrown.ToString());
        validation.Message.ShouldContain("Demo:Enabled is only allowed in the Development environment");
    }

    [Fact]
    public async Task Start_DevelopmentWithDemoEnabled_CreatesDemoUsersAndDocument()
    {
        var factory = Factory("Development", demo: true);

        factory.Start();

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in DemoSeeder.Accounts)
        {
            var user = (await users.FindByEmailAsync(account.Email)).ShouldNotBeNull(account.Email);
            user.DisplayName.ShouldBe(account.DisplayName);
            (await users.GetRolesAsync(user)).ShouldBe([account.Role]);
            (await users.CheckPasswordAsync(user, DemoSeeder.Password)).ShouldBeTrue();
        }

        DemoSeeder.Accounts.Select(a => a.Role).Order().ShouldBe(Roles.All.Order());
        await using var db = factory.CreateDbContext();
        var document = await db.Documents.Include(d => d.Segments).SingleAsync(d => d.Title == DemoArticle.Title, TestContext.Current.CancellationToken);
        document.Segments.Count.ShouldBeGreaterThan(5);
        document.Segments.ShouldContain(s => s.Excluded);
        document.SegmentCount.ShouldBe(document.Segments.Count(s => !s.Excluded));
    }

    [Fact]
    public async Task LoginPage_DevelopmentWithDemoEnabled_ShowsDemoNote()
    {
        var factory = Factory("Development", demo: true);

        var html = await LoginPageAsync(factory);

        html.ShouldContain("data-testid=\"demo-note\"");
        html.ShouldContain("translator@demo.local");
        html.ShouldContain(DemoSeeder.Password);
    }

    [Fact]
    public async Task LoginPage_Production_HasNoDemoNote()
    {
        var factory = Factory("Production", demo: false);
        await factory.CreateActorAsync(Roles.Admin);

        var html = await LoginPageAsync(factory);

        html.ShouldContain("data-testid=\"sign-in\"");
        html.ShouldNotContain("demo-note");
        html.ShouldNotContain(DemoSeeder.Password);
    }

    [Fact]
    public async Task Start_DemoTwiceOnSameDatabase_AddsNothingTwice()
    {
        var first = Factory("Development", demo: true);
        first.Start();
        var second = Factory("Development", demo: true, connectionString: first.ConnectionString);

        second.Start();

        await using var db = second.CreateDbContext();
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(DemoSeeder.Accounts.Count);
        (await db.Documents.CountAsync(d => d.Title == DemoArticle.Title, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task DemoUser_DevelopmentWithDemoEnabled_CanSignIn()
    {
        var factory = Factory("Development", demo: true);
        using var client = FormPost.Client(factory);

        await FormPost.SignInAsync(client, "translator@demo.local", DemoSeeder.Password);
    }

    private static IEnumerable<Exception> Unwrap(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
