using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.Core;
using Workbench.Data;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;

namespace Workbench.Features.Demo;

public sealed record DemoAccount(string Email, string DisplayName, string Role);

/// <summary>
/// Development-only sample data: one user per role and a short demo article written for the project.
/// Idempotent: it only adds what is missing.
/// </summary>
public static class DemoSeeder
{
    /// <summary>Shown on the sign-in page while demo mode is on; never valid outside Development.</summary>
    public const string Password = "workbench-demo";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("translator@demo.local", "Tari Translator", Roles.Translator),
        new("factchecker@demo.local", "Fajar Fact-checker", Roles.FactChecker),
        new("editor@demo.local", "Eka Editor", Roles.Editor),
        new("admin@demo.local", "Ayu Admin", Roles.Admin),
    ];

    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>()
            .Bind(builder.Configuration.GetSection(DemoOptions.Section))
            .Validate(o => !o.Enabled || builder.Environment.IsDevelopment(),
                "Demo:Enabled is only allowed in the Development environment: demo accounts have a published password.")
            .ValidateOnStart();
        return builder;
    }

    public static async Task SeedDemoAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        ApplicationUser? translator = null;
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new ApplicationUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                Check(await users.CreateAsync(user, Password));
                Check(await users.AddToRoleAsync(user, account.Role));
            }

            translator ??= account.Role == Roles.Translator ? user : null;
        }

        scope.ServiceProvider.GetRequiredService<FirstRunState>().MarkHasUsers();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            if (await db.Documents.AnyAsync(d => d.Title == DemoArticle.Title))
            {
                return;
            }
        }

        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(translator!);
        var outcome = await scope.ServiceProvider.GetRequiredService<DocumentService>().ImportAsync(principal,
            new DocumentMetadata(DemoArticle.Title, null, "Workbench demo", new DateOnly(2026, 11, 2), Languages.DefaultSource, Languages.DefaultTarget),
            DemoArticle.Text);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("The demo document could not be imported: " + string.Join(" ", outcome.Errors));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
