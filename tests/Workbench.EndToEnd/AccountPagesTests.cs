using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>The statically rendered account pages, as a user sees them.</summary>
public sealed class AccountPagesTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    [Fact]
    public async Task AccessDenied_BackLink_IsStyledAsALink()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var translator = await Server.CreateUserAsync($"translator-{id}@example.test", $"Translator {id}", Roles.Translator);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);

        await page.GotoAsync(Server.Url("/users"));

        var link = page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Back to the documents" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveCSSAsync("text-decoration-line", "underline");
        var linkColour = await link.EvaluateAsync<string>("a => getComputedStyle(a).color");
        var textColour = await page.GetByTestId("access-denied").EvaluateAsync<string>("p => getComputedStyle(p).color");
        linkColour.ShouldNotBe(textColour, "the link has the colour of the text around it");
        await ShouldHaveNoErrorsAsync();
    }
}
