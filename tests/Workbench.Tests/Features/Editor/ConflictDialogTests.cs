using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Core.Segmentation;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Editor;

public class ConflictDialogTests : MudTestContext
{
    private static readonly SegmentView Theirs = new(7, 2, 1, SegmentKind.Body, "Sumber.", "Their translation.", SegmentStatus.Draft,
        TranslationOrigin.Human, false, null, "Alice", new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), 5);

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync()
    {
        RenderPopoverProvider();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ConflictDialog> { { d => d.Theirs, Theirs }, { d => d.Mine, "My translation." } };
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<ConflictDialog>("Conflict", parameters));
        return (provider, reference);
    }

    [Fact]
    public async Task Show_Conflict_ShowsBothVersionsAndWhoSavedTheirs()
    {
        var (provider, _) = await ShowAsync();

        provider.Find("[data-testid=conflict-theirs]").TextContent.ShouldBe("Their translation.");
        provider.Find("[data-testid=conflict-mine]").TextContent.ShouldBe("My translation.");
        provider.Find("[data-testid=conflict-dialog]").TextContent.ShouldContain("Alice saved segment 3");
        provider.Find("[data-testid=diff]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("keep-mine", ConflictChoice.KeepMine)]
    [InlineData("keep-theirs", ConflictChoice.KeepTheirs)]
    public async Task Button_Click_ClosesWithChoice(string button, ConflictChoice expected)
    {
        var (provider, dialog) = await ShowAsync();

        provider.Find($"button[data-testid={button}]").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        result.ShouldNotBeNull().Canceled.ShouldBeFalse();
        result.Data.ShouldBe(expected);
    }
}
