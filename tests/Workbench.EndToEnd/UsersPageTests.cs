using Microsoft.Playwright;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>The Users page as an administrator uses it.</summary>
public sealed class UsersPageTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    [Fact]
    public async Task Disable_AsksFirst_CancelKeepsTheAccountActiveAndDisableDisablesIt()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var admin = await Server.CreateUserAsync($"admin-{id}@example.test", $"Admin {id}", Roles.Admin);
        var translator = await Server.CreateUserAsync($"translator-{id}@example.test", $"Translator {id}", Roles.Translator);
        var page = await NewPageAsync();
        await SignInAsync(page, admin.Email!);
        await page.GotoAsync(Server.Url("/users"));
        await page.WaitForCircuitAsync();
        var row = page.GetByTestId("users-table").Locator("tr").Filter(new() { HasText = translator.Email! });
        await Expect(row).ToContainTextAsync("Active");

        await row.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = $"Disable {translator.DisplayName}?" });
        await Expect(confirm).ToBeVisibleAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(confirm).ToBeHiddenAsync();
        await Expect(row).ToContainTextAsync("Active");

        await row.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Disabled");
        await ShouldHaveNoErrorsAsync();
    }
}
