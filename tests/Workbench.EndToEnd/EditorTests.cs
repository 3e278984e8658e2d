using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.Core.Segmentation;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>The editor in a browser: keyboard navigation, filters, read-only roles and simultaneous edits.</summary>
public sealed class EditorTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    private const string SeedFile = "000_314f7cf702c42731.txt";

    private static readonly Lazy<string> Seed = new(() => TestPaths.ReadSeed(SeedFile));

    private static IReadOnlyList<SegmentDraft> Drafts => DocumentService.Preview(Seed.Value, "id");

    [Fact]
    public async Task Editor_AltDownAndAltUp_MoveBetweenTextBoxesSkippingExcludedRows()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "Keyboard navigation", Seed.Value);
        var included = IncludedPositions();

        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await OpenEditorAsync(page, documentId);

        await page.Target(included[0]).ClickAsync();
        await Expect(page.Target(included[0])).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(page.Target(included[1])).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(page.Target(included[2])).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+ArrowUp");
        await Expect(page.Target(included[1])).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+ArrowUp");
        await Expect(page.Target(included[0])).ToBeFocusedAsync();

        // Moving is not editing: nothing was typed or saved on the way.
        await Expect(page.Target(included[0])).ToHaveValueAsync("");
        await Expect(page.Status(included[0])).ToHaveTextAsync("New");
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_StatusFilterChip_ShowsOnlyMatchingRows()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "Filters", Seed.Value);
        var included = IncludedPositions();
        await ConfirmAsync(translator, documentId, included[0], "First confirmed translation.");
        await ConfirmAsync(translator, documentId, included[1], "Second confirmed translation.");
        var drafts = Drafts;
        var excluded = drafts.Count(d => d.Excluded);

        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await OpenEditorAsync(page, documentId);
        var list = page.GetByTestId("segment-list");
        await Expect(list).ToHaveAttributeAsync("data-row-count", drafts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("filter-Confirmed")).ToHaveTextAsync("Confirmed (2)");
        await Expect(page.GetByTestId("filter-Excluded")).ToHaveTextAsync($"Excluded ({excluded})");
        await Expect(page.GetByTestId("filter-New")).ToHaveTextAsync($"New ({drafts.Count - excluded - 2})");

        await page.GetByTestId("filter-Confirmed").ClickAsync();
        await Expect(list).ToHaveAttributeAsync("data-row-count", "2");
        await Expect(list.GetByTestId("segment-row")).ToHaveCountAsync(2);
        await Expect(page.Target(0)).ToHaveValueAsync("First confirmed translation.");
        await Expect(page.Target(1)).ToHaveValueAsync("Second confirmed translation.");
        await Expect(page.Status(0)).ToHaveTextAsync("Confirmed");
        await Expect(page.Status(1)).ToHaveTextAsync("Confirmed");

        await page.GetByTestId("filter-Excluded").ClickAsync();
        await Expect(list).ToHaveAttributeAsync("data-row-count", excluded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(list.GetByTestId("segment-target")).ToHaveCountAsync(0);
        await Expect(list.GetByTestId("excluded-note").First).ToBeVisibleAsync();

        await page.GetByTestId("filter-All").ClickAsync();
        await Expect(list).ToHaveAttributeAsync("data-row-count", drafts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_FindBox_ShowsOnlyRowsContainingTheText()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var documentId = await Server.ImportAsync(translator, "Find", Seed.Value);
        var expected = Drafts.Count(d => d.Text.Contains("10.000", StringComparison.Ordinal));

        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await OpenEditorAsync(page, documentId);
        var list = page.GetByTestId("segment-list");

        await page.GetByPlaceholder("Find in source or translation").FillAsync("10.000");
        await Expect(list).ToHaveAttributeAsync("data-row-count", expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(list.GetByTestId("segment-source").First).ToContainTextAsync("10.000");

        await page.GetByPlaceholder("Find in source or translation").FillAsync("");
        await Expect(list).ToHaveAttributeAsync("data-row-count", Drafts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_FactChecker_SeesReadOnlyAndCannotImport()
    {
        var translator = await NewUserAsync(Roles.Translator);
        var checker = await NewUserAsync(Roles.FactChecker);
        var documentId = await Server.ImportAsync(translator, "Read only", Seed.Value);
        var included = IncludedPositions();

        var page = await NewPageAsync();
        await SignInAsync(page, checker.Email!);
        await Expect(page.GetByTestId("documents-table")).ToContainTextAsync("Read only");
        await Expect(page.GetByTestId("new-document")).ToHaveCountAsync(0);

        await OpenEditorAsync(page, documentId);
        var targets = page.GetByTestId("segment-list").GetByTestId("segment-target");
        await Expect(targets.First).ToBeVisibleAsync();
        var rendered = await targets.CountAsync();
        rendered.ShouldBeGreaterThan(0);
        for (var i = 0; i < rendered; i++)
        {
            await Expect(targets.Nth(i)).Not.ToBeEditableAsync();
        }

        await Expect(page.GetByTestId("confirm")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("toggle-excluded")).ToHaveCountAsync(0);

        // Typing and Ctrl+Enter change nothing.
        await page.Target(included[0]).ClickAsync();
        await page.Keyboard.TypeAsync("not allowed");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Target(included[0])).ToHaveValueAsync("");
        await Expect(page.Status(included[0])).ToHaveTextAsync("New");

        // Typing the address: the server refuses the page (the account area's Access denied page).
        await page.GotoAsync(Server.Url("/documents/new"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-form")).ToHaveCountAsync(0);

        // Navigating inside the running app: the router shows the Access denied notice instead of the form.
        await page.GotoAsync(Server.Url("/"));
        await page.WaitForCircuitAsync();
        await page.EvaluateAsync("() => Blazor.navigateTo('/documents/new')");
        await Expect(page.GetByTestId("access-denied")).ToContainTextAsync("Access denied");
        await Expect(page.GetByTestId("import-form")).ToHaveCountAsync(0);
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Editor_SimultaneousEditsOfOneSegment_ShowConflictAndKeepMineWins()
    {
        var alice = await NewUserAsync(Roles.Translator, "Alice Translator");
        var budi = await NewUserAsync(Roles.Translator, "Budi Translator");
        var documentId = await Server.ImportAsync(alice, "Conflict", Seed.Value);
        var first = IncludedPositions()[0];
        const string aliceText = "Ukrainian soldiers fire artillery at Russian troops. (AFP)";
        const string budiText = "Ukrainian troops shell Russian positions. (AFP)";

        // Both open the document before either saves.
        var a = await NewPageAsync();
        var b = await NewPageAsync();
        await SignInAsync(a, alice.Email!);
        await SignInAsync(b, budi.Email!);
        await OpenEditorAsync(a, documentId);
        await OpenEditorAsync(b, documentId);

        // Alice translates segment 1 and leaves it: autosave.
        await a.Target(first).FillAsync(aliceText);
        await a.Target(first).BlurAsync();
        await Expect(a.Status(first)).ToHaveTextAsync("Draft");
        await Expect(a.Row(first).GetByTestId("segment-author")).ToHaveTextAsync("Alice Translator");

        // Budi's page still shows the old segment; his save conflicts.
        await Expect(b.Target(first)).ToHaveValueAsync("");
        await b.Target(first).FillAsync(budiText);
        await b.Target(first).BlurAsync();
        var dialog = DialogWith(b, "conflict-dialog");
        await ExpectVisibleAsync(dialog, "Budi saved over Alice's newer text without seeing the conflict dialog.");
        await Expect(dialog.GetByTestId("conflict-theirs")).ToHaveTextAsync(aliceText);
        await Expect(dialog.GetByTestId("conflict-mine")).ToHaveTextAsync(budiText);
        // Multi-line translations keep their line breaks (the dialog's scoped CSS reaches its content).
        await Expect(dialog.GetByTestId("conflict-mine")).ToHaveCSSAsync("white-space", "pre-wrap");
        await Expect(dialog).ToContainTextAsync("Alice Translator");
        await ScreenshotAsync(b, "conflict-dialog.png");

        await dialog.GetByTestId("keep-mine").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(b.Row(first).GetByTestId("segment-author")).ToHaveTextAsync("Budi Translator");

        // After a reload Budi's text is current, and the history keeps the conflict copy.
        await b.ReloadAsync();
        await b.WaitForEditorAsync();
        await Expect(b.Target(first)).ToHaveValueAsync(budiText);
        await b.Row(first).GetByTestId("history").ClickAsync();
        var history = DialogWith(b, "history-dialog");
        await ExpectVisibleAsync(history, "The revision history dialog did not open.");
        await Expect(history.GetByTestId("revision").First).ToBeVisibleAsync();
        await Expect(history).ToContainTextAsync("conflict copy");
        await Expect(history).ToContainTextAsync("Alice Translator");
        await ScreenshotAsync(b, "revision-history.png");

        // Alice's page learns the outcome on reload too.
        await a.ReloadAsync();
        await a.WaitForEditorAsync();
        await Expect(a.Target(first)).ToHaveValueAsync(budiText);
        await ShouldHaveNoErrorsAsync();
    }

    /// <summary>The MudDialog (role=dialog, title and actions included) whose content carries the data-testid.</summary>
    private static ILocator DialogWith(IPage page, string testId) =>
        page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByTestId(testId) });

    private async Task<ApplicationUser> NewUserAsync(string role, string? name = null)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return await Server.CreateUserAsync($"{role.ToLowerInvariant()}-{id}@example.test", name ?? $"{role} {id}", role);
    }

    private async Task OpenEditorAsync(IPage page, int documentId)
    {
        await page.GotoAsync(Server.Url($"/documents/{documentId}"));
        await page.WaitForEditorAsync();
    }

    /// <summary>Positions (in the unfiltered list) of the segments that are to be translated.</summary>
    private static List<int> IncludedPositions() =>
        [.. Drafts.Select((d, i) => (d, i)).Where(x => !x.d.Excluded).Select(x => x.i)];

    private async Task ConfirmAsync(ApplicationUser user, int documentId, int position, string text)
    {
        var actor = await Server.PrincipalAsync(user);
        await using var scope = Server.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<EditorService>();
        var document = await editor.LoadAsync(documentId);
        var segment = document!.Segments[position];
        var result = await editor.SaveAsync(actor, segment.Id, segment.Version, text, confirm: true);
        result.ShouldBeOfType<SaveResult.Saved>();
    }
}
