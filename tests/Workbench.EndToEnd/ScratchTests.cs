using Microsoft.Playwright;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;

namespace Workbench.EndToEnd;

public sealed class ScratchTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    [Fact(Explicit = true)]
    public async Task Scratch()
    {
        await Server.CreateUserAsync("a@x.test", "Ayu Admin", Roles.Admin);
        var page = await NewPageAsync();
        await SignInAsync(page, "a@x.test");
        await page.GotoAsync(Server.Url("/users"));
        await page.WaitForCircuitAsync();
        await page.WaitForTimeoutAsync(1000);
        var html = await page.GetByTestId("user-menu").EvaluateAsync<string>("e => e.outerHTML");
        TestContext.Current.TestOutputHelper!.WriteLine(html);
        await page.GetByTestId("user-menu").GetByRole(AriaRole.Button, new() { Name = "Ayu Admin" }).FocusAsync(); await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(1000);
        TestContext.Current.TestOutputHelper!.WriteLine(await page.EvaluateAsync<string>("() => document.querySelector('.mud-popover-provider')?.outerHTML ?? 'none'"));
        await page.GetByTestId("add-user").ClickAsync();
        await page.WaitForTimeoutAsync(1000);
        TestContext.Current.TestOutputHelper!.WriteLine(await page.EvaluateAsync<string>("() => document.querySelector('.mud-dialog')?.outerHTML ?? 'none'"));
        true.ShouldBeFalse();
    }
}
