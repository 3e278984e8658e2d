using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Data;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>What a translator typed is what gets saved: edits after the preview, a tab closed mid-sentence, a narrow window.</summary>
public sealed partial class NoLostInputTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    private const string Article = """
        Pelabuhan Baru Mulai Beroperasi

        Makassar: Pelabuhan peti kemas itu resmi beroperasi pada Senin. Biayanya Rp 4,2 triliun.

        Pelabuhan itu dapat menampung 1.500.000 TEU per tahun.
        """;

    [Fact]
    public async Task Import_TitleChangedAfterPreview_ImportsTheNewTitle()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        var form = await OpenNewDocumentAsync(page);
        await form.GetByLabel("Title").FillAsync("Title at preview");
        await FieldIn(form, "pasted-text").FillAsync(Article);
        await FieldIn(form, "pasted-text").BlurAsync();
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("segmentation-preview")).ToBeVisibleAsync();

        var title = "Corrected title " + Guid.NewGuid().ToString("N")[..6];
        await form.GetByLabel("Title").FillAsync(title);
        await page.GetByTestId("import").ClickAsync();

        await Expect(page).ToHaveURLAsync(EditorUrl());
        await Expect(page.GetByTestId("document-title")).ToHaveTextAsync(title);
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Import_TextChangedAfterPreview_ShowsTheNewPreviewAndSavesNothing()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        var form = await OpenNewDocumentAsync(page);
        var title = "Changed text " + Guid.NewGuid().ToString("N")[..6];
        await form.GetByLabel("Title").FillAsync(title);
        await FieldIn(form, "pasted-text").FillAsync(Article);
        await FieldIn(form, "pasted-text").BlurAsync();
        await page.GetByTestId("preview").ClickAsync();
        var rows = page.GetByTestId("segmentation-preview").GetByTestId("preview-row");
        var before = DocumentService.Preview(Article, "id").Count;
        await Expect(rows).ToHaveCountAsync(before);

        await FieldIn(form, "pasted-text").FillAsync(Article + "\n\nKalimat tambahan yang baru ditempel.");
        await page.GetByTestId("import").ClickAsync();

        await Expect(page.GetByTestId("import-errors")).ToContainTextAsync("The text changed after the preview. Check the new preview, then import.");
        await Expect(rows).ToHaveCountAsync(before + 1);
        await Expect(page).ToHaveURLAsync(NewDocumentUrl());
        (await DocumentCountAsync(title)).ShouldBe(0);

        await page.GetByTestId("import").ClickAsync();
        await Expect(page).ToHaveURLAsync(EditorUrl());
        await page.WaitForEditorAsync();
        await Expect(page.GetByTestId("segment-list")).ToContainTextAsync("Kalimat tambahan yang baru ditempel.");
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_TabClosedWhileTyping_AsksFirstAndSavesTheText()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "Closing the tab", Article);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await page.GotoAsync(Server.Url($"/documents/{documentId}"));
        await page.WaitForEditorAsync();
        const string text = "The new port opened on Monday.";
        await page.Target(0).ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await Expect(page.Status(0)).ToHaveTextAsync("New");

        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });

        (await asked.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)).ShouldBe(DialogType.BeforeUnload);
        await Expect(page.Status(0)).ToHaveTextAsync("Draft");
        var reopened = await page.Context.NewPageAsync();
        await reopened.GotoAsync(Server.Url($"/documents/{documentId}"));
        await reopened.WaitForEditorAsync();
        await Expect(reopened.Target(0)).ToHaveValueAsync(text);
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_NarrowWindow_TextBoxShowsTheWholeTranslation()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "Narrow window", Article);
        var page = await NewPageAsync(width: 800);
        await SignInAsync(page, translator.Email!);
        await page.GotoAsync(Server.Url($"/documents/{documentId}"));
        await page.WaitForEditorAsync();

        await page.Target(0).FillAsync("The new container port in Makassar officially began operating on Monday, the ministry said.");
        await page.Target(0).BlurAsync();
        await Expect(page.Status(0)).ToHaveTextAsync("Draft");

        var (scrollHeight, clientHeight) = await SizesAsync(page.Target(0));
        scrollHeight.ShouldBeLessThanOrEqualTo(clientHeight, "the end of the translation is hidden behind the text box's own scrollbar");
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task History_UseThisVersion_MakesTheEarlierTextCurrentAgain()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "Restore a revision", Article);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await page.GotoAsync(Server.Url($"/documents/{documentId}"));
        await page.WaitForEditorAsync();
        const string earlier = "The new port starts operating.";
        const string later = "A worse rewrite of the headline.";
        await page.Target(0).FillAsync(earlier);
        await page.Target(0).PressAsync("Control+Enter");
        await Expect(page.Status(0)).ToHaveTextAsync("Confirmed");
        await page.Target(0).FillAsync(later);
        await page.Target(0).BlurAsync();
        await Expect(page.Status(0)).ToHaveTextAsync("Draft");

        await page.Row(0).GetByTestId("history").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByTestId("history-dialog") });
        await Expect(dialog.GetByTestId("revision-snippet")).ToHaveTextAsync([later, earlier]);
        await Expect(dialog.GetByTestId("revision-text")).ToHaveTextAsync(earlier);
        await Expect(dialog.GetByTestId("revision-text")).ToHaveCSSAsync("white-space", "pre-wrap");
        await dialog.GetByTestId("restore-revision").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Target(0)).ToHaveValueAsync(earlier);
        await Expect(page.Status(0)).ToHaveTextAsync("Draft");
        await page.ReloadAsync();
        await page.WaitForEditorAsync();
        await Expect(page.Target(0)).ToHaveValueAsync(earlier);
        await ShouldHaveNoErrorsAsync();
    }

    private static async Task<(int ScrollHeight, int ClientHeight)> SizesAsync(ILocator textBox)
    {
        var sizes = await textBox.EvaluateAsync<int[]>("el => [el.scrollHeight, el.clientHeight]");
        return (sizes[0], sizes[1]);
    }

    private async Task<ILocator> OpenNewDocumentAsync(IPage page)
    {
        await page.GotoAsync(Server.Url("/documents/new"));
        await page.WaitForCircuitAsync();
        return page.GetByTestId("import-form");
    }

    private async Task<int> DocumentCountAsync(string title)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Documents.CountAsync(d => d.Title == title, TestContext.Current.CancellationToken);
    }

    private async Task<ApplicationUser> NewUserAsync(string role)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return await Server.CreateUserAsync($"{role.ToLowerInvariant()}-{id}@example.test", $"{role} {id}", role);
    }

    /// <summary>The input inside a Mud field carrying a data-testid (MudBlazor puts the attribute on the input or on its wrapper).</summary>
    private static ILocator FieldIn(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;

    [GeneratedRegex("/documents/new$")]
    private static partial Regex NewDocumentUrl();

    [GeneratedRegex(@"/documents/\d+$")]
    private static partial Regex EditorUrl();
}
