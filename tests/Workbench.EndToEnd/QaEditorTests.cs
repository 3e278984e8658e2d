using Microsoft.Playwright;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>Facts-and-figures QA as a translator meets it in the editor.</summary>
public sealed class QaEditorTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    private const string RestOfFirstSentence =
        "North Korean troops were said by the United States Department of Defense, or Pentagon, to have been sent to Russia to train and fight against Ukraine in \"the coming weeks.\"";

    private static readonly Lazy<string> Seed = new(() => TestPaths.ReadSeed("000_314f7cf702c42731.txt"));

    [Fact]
    public async Task Editor_IndonesianNumberInTranslation_ShowsErrorInlineAndInQaFilter()
    {
        var translator = await Server.CreateUserAsync($"qa-{Guid.NewGuid():N}@example.test", "Qa Translator", Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "QA errors", Seed.Value);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await page.GotoAsync(Server.Url($"/documents/{documentId}"));
        await page.WaitForEditorAsync();

        var row = page.GetByTestId("segment-row").Filter(new() { HasText = "Sekitar 10.000 tentara Korea Utara disebut" });
        await row.GetByTestId("segment-target").FillAsync($"About 10.000 {RestOfFirstSentence}");
        await row.GetByTestId("segment-target").BlurAsync();

        await Expect(row.GetByTestId("qa-badge")).ToHaveTextAsync("1");
        var finding = row.GetByTestId("qa-finding");
        await Expect(finding).ToContainTextAsync("written the Indonesian way");
        // Errors cannot be overridden.
        await Expect(finding.GetByTestId("qa-override")).ToHaveCountAsync(0);
        // The offending spans are marked in both columns, with the message on hover.
        var sourceMark = row.GetByTestId("segment-source").GetByTestId("qa-mark");
        await Expect(sourceMark).ToHaveTextAsync("Sekitar 10.000");
        await Expect(sourceMark).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("Indonesian way"));
        await Expect(row.Locator(".qa-backdrop").GetByTestId("qa-mark")).ToHaveTextAsync("About 10.000");

        await page.GetByTestId("filter-QaErrors").ClickAsync();
        await Expect(page.GetByTestId("segment-list")).ToHaveAttributeAsync("data-row-count", "1");
        await ScreenshotAsync(page, "qa-errors.png");

        // Correcting the number clears the finding on the next save.
        await row.GetByTestId("segment-target").FillAsync($"About 10,000 {RestOfFirstSentence}");
        await row.GetByTestId("segment-target").BlurAsync();
        await Expect(row.GetByTestId("qa-badge")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("filter-QaErrors")).ToHaveTextAsync("QA errors (0)");
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_OverrideWarningWithReason_RecordsWhoAndWhyAfterReload()
    {
        var translator = await Server.CreateUserAsync($"qa-{Guid.NewGuid():N}@example.test", "Wulan Translator", Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "QA warnings", Seed.Value);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await page.GotoAsync(Server.Url($"/documents/{documentId}"));
        await page.WaitForEditorAsync();

        var row = page.GetByTestId("segment-row").Filter(new() { HasText = "Washington:" });
        await row.GetByTestId("segment-target").FillAsync("Washington, 2 sources:");
        await row.GetByTestId("segment-target").BlurAsync();
        await Expect(row.GetByTestId("qa-badge")).ToHaveTextAsync("1");

        await row.GetByTestId("qa-override").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByTestId("override-dialog") });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("override-save")).ToBeDisabledAsync();
        await dialog.GetByLabel("Reason").FillAsync("The desk asked to name the two sources here.");
        await dialog.GetByTestId("override-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await Expect(row.GetByTestId("qa-badge")).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("qa-finding")).ToContainTextAsync("Overridden by Wulan Translator");

        await page.ReloadAsync();
        await page.WaitForEditorAsync();
        row = page.GetByTestId("segment-row").Filter(new() { HasText = "Washington:" });
        await Expect(row.GetByTestId("qa-finding")).ToContainTextAsync("The desk asked to name the two sources here.");
        await Expect(row.GetByTestId("qa-override")).ToHaveCountAsync(0);
        await ShouldHaveNoErrorsAsync();
    }
}
