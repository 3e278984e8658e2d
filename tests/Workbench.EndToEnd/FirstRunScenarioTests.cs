using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Documents;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>
/// The whole path a newsroom takes on a fresh install, as a user does it: first-run admin, a translator
/// account, sign-in, import of a real article, translating in the editor with the keyboard.
/// </summary>
public sealed partial class FirstRunScenarioTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    private const string SeedFile = "000_314f7cf702c42731.txt";
    private const string TranslatorEmail = "rina@example.test";
    private const string TranslatorPassword = "translator pass 42";
    private const string Title = "Pentagon: Korea Utara dekati perbatasan Ukraina";
    private const string FirstTranslation = "Ukrainian soldiers fire artillery towards Russian forces. (AFP)";
    private const string SecondTranslation = "Pentagon: North Korean troops in Russia begin moving towards the Ukrainian border";

    [Fact]
    public async Task FirstRun_AdminSetsUpTranslatorWhoImportsAndConfirms_EditsPersistAfterReload()
    {
        var seed = TestPaths.ReadSeed(SeedFile);
        var drafts = DocumentService.Preview(seed, "id");
        var included = drafts.Count(d => !d.Excluded);
        var firstIncluded = IndexOfIncluded(drafts, 0);
        var secondIncluded = IndexOfIncluded(drafts, firstIncluded + 1);

        var page = await NewPageAsync();

        // First run: every page leads to the one-time setup of the administrator.
        await page.GotoAsync(Server.Url("/"));
        await Expect(page).ToHaveURLAsync(SetupUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome — create the administrator" })).ToBeVisibleAsync();
        await page.Locator("#name").FillAsync("Ayu Admin");
        await page.Locator("#email").FillAsync("admin@example.test");
        await page.Locator("#password").FillAsync("admin password 1");
        await page.Locator("#confirm").FillAsync("admin password 1");
        await ScreenshotAsync(page, "setup.png");
        await page.GetByTestId("create-admin").ClickAsync();

        // The new admin lands on the Users page and adds a translator.
        await Expect(page).ToHaveURLAsync(UsersUrl());
        await page.WaitForCircuitAsync();
        await Expect(page.GetByTestId("users-table")).ToContainTextAsync("admin@example.test");
        await page.GetByTestId("add-user").ClickAsync();
        var dialog = page.Locator(".mud-dialog").Filter(new() { HasText = "Add user" });
        await Expect(dialog).ToBeVisibleAsync();
        await FieldIn(dialog, "user-name").FillAsync("Rina Translator");
        await FieldIn(dialog, "user-email").FillAsync(TranslatorEmail);
        await FieldIn(dialog, "user-password").FillAsync(TranslatorPassword);
        await CheckIn(dialog, "role-Translator").CheckAsync();
        await Expect(CheckIn(dialog, "role-Translator")).ToBeCheckedAsync();
        await dialog.GetByTestId("save-user").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var translatorRow = page.GetByTestId("users-table").Locator("tr").Filter(new() { HasText = TranslatorEmail });
        await Expect(translatorRow).ToContainTextAsync("Rina Translator");
        await Expect(translatorRow).ToContainTextAsync("Translator");
        await ScreenshotAsync(page, "users.png");

        // Sign out through the user menu.
        await page.GetByTestId("user-menu").GetByText("Ayu Admin").ClickAsync();
        await ExpectVisibleAsync(page.GetByTestId("sign-out"),
            "Clicking the user menu (the name in the app bar) did not open it, so there is no way to sign out. " +
            "MudBlazor 9 custom activators must open the menu themselves: UserMenu.razor's ActivatorContent needs OnClick=\"@context.ToggleAsync\".");
        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl());

        // The translator signs in and imports the article.
        await SignInAsync(page, TranslatorEmail, TranslatorPassword);
        await Expect(page.GetByTestId("documents-table")).ToBeVisibleAsync();
        await page.GetByTestId("new-document").ClickAsync();
        await Expect(page).ToHaveURLAsync(NewDocumentUrl());
        var form = page.GetByTestId("import-form");
        await form.GetByLabel("Title").FillAsync(Title);
        await FieldIn(form, "pasted-text").FillAsync(seed);
        await FieldIn(form, "pasted-text").BlurAsync();
        await page.GetByTestId("preview").ClickAsync();

        // The preview shows every segment, the boilerplate greyed out and excluded.
        var preview = page.GetByTestId("segmentation-preview");
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview.GetByTestId("preview-row")).ToHaveCountAsync(drafts.Count);
        await Expect(preview.GetByTestId("preview-counts")).ToContainTextAsync($"{included} segments to translate · {drafts.Count - included} excluded");
        foreach (var boilerplate in new[] { "Baca juga", "Google News", "FOLLOW US" })
        {
            var row = preview.GetByTestId("preview-row").Filter(new() { HasText = boilerplate }).First;
            await Expect(row).ToHaveClassAsync(ExcludedClass());
        }

        await Expect(preview.GetByTestId("preview-row").Filter(new() { HasText = "Sekitar 10.000 tentara" })).Not.ToHaveClassAsync(ExcludedClass());
        await ScreenshotAsync(page, "new-document-preview.png", fullPage: true);
        await Expect(page.GetByTestId("import")).ToContainTextAsync($"Import {included} segments");
        await page.GetByTestId("import").ClickAsync();

        // The editor opens on the new document.
        await Expect(page).ToHaveURLAsync(EditorUrl());
        await page.WaitForEditorAsync();
        await Expect(page.GetByTestId("document-title")).ToHaveTextAsync(Title);
        await Expect(page.GetByTestId("document-progress")).ToContainTextAsync($"0 of {included} confirmed");
        await Expect(page.Row(firstIncluded).GetByTestId("segment-source")).ToHaveTextAsync(drafts[firstIncluded].Text);
        foreach (var boilerplate in new[] { "Baca juga", "Google News", "FOLLOW US" })
        {
            var row = page.GetByTestId("segment-row").Filter(new() { HasText = boilerplate }).First;
            await page.ScrollListToAsync(row);
            await Expect(row).ToHaveClassAsync(ExcludedClass());
            await Expect(row.GetByTestId("excluded-note")).ToBeVisibleAsync();
            await Expect(row.Locator("textarea")).ToHaveCountAsync(0);
        }

        // Translate the first segment; Ctrl+Enter confirms it and jumps to the next unconfirmed one (skipping excluded rows).
        await page.GetByTestId("segment-list").EvaluateAsync("el => el.scrollTop = 0");
        await page.Target(firstIncluded).ClickAsync();
        await page.Target(firstIncluded).FillAsync(FirstTranslation);
        await page.Target(firstIncluded).PressAsync("Control+Enter");
        await Expect(page.Status(firstIncluded)).ToHaveTextAsync("Confirmed");
        await Expect(page.Target(secondIncluded)).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync(SecondTranslation);
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Status(secondIncluded)).ToHaveTextAsync("Confirmed");
        await Expect(page.GetByTestId("document-progress")).ToContainTextAsync($"2 of {included} confirmed");

        // Both confirmations were saved: they survive a reload.
        await page.ReloadAsync();
        await page.WaitForEditorAsync();
        await Expect(page.Target(firstIncluded)).ToHaveValueAsync(FirstTranslation);
        await Expect(page.Target(secondIncluded)).ToHaveValueAsync(SecondTranslation);
        await Expect(page.Status(firstIncluded)).ToHaveTextAsync("Confirmed");
        await Expect(page.Status(secondIncluded)).ToHaveTextAsync("Confirmed");
        await Expect(page.GetByTestId("document-progress")).ToContainTextAsync($"2 of {included} confirmed");
        await Expect(page.GetByTestId("filter-Confirmed")).ToContainTextAsync("Confirmed (2)");
        await page.Target(IndexOfIncluded(drafts, secondIncluded + 1)).FocusAsync();
        await ScreenshotAsync(page, "editor.png", publish: true);

        // Back on the documents list, the document shows its progress.
        await page.GotoAsync(Server.Url("/"));
        await page.WaitForCircuitAsync();
        var documentRow = page.GetByTestId("documents-table").Locator("tr").Filter(new() { HasText = Title });
        await Expect(documentRow).ToContainTextAsync($"2 / {included}");
        await ScreenshotAsync(page, "documents.png", publish: true);

        await ShouldHaveNoErrorsAsync();
    }

    private static int IndexOfIncluded(IReadOnlyList<Workbench.Core.Segmentation.SegmentDraft> drafts, int from)
    {
        for (var i = from; i < drafts.Count; i++)
        {
            if (!drafts[i].Excluded)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The seed article has no included segment after {from}.");
    }

    /// <summary>The input inside a Mud field carrying a data-testid (MudBlazor puts the attribute on the input or on its wrapper).</summary>
    private static ILocator FieldIn(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    private static ILocator CheckIn(ILocator scope, string testId) =>
        scope.Locator($"input[type='checkbox'][data-testid='{testId}'], [data-testid='{testId}'] input[type='checkbox']").First;

    [GeneratedRegex("/Account/Setup$")]
    private static partial Regex SetupUrl();

    [GeneratedRegex("/users$")]
    private static partial Regex UsersUrl();

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex("/documents/new$")]
    private static partial Regex NewDocumentUrl();

    [GeneratedRegex(@"/documents/\d+$")]
    private static partial Regex EditorUrl();

    [GeneratedRegex(@"\bexcluded\b")]
    private static partial Regex ExcludedClass();
}
