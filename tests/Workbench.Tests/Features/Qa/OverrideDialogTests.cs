using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Features.Qa;
using Workbench.Tests.Infrastructure;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

public class OverrideDialogTests : MudTestContext
{
    private static readonly QaItem Warning = Evaluate(ShipsSource, ShipsTwo).Items.Single();

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync()
    {
        RenderPopoverProvider();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<OverrideDialog>("Override QA warning",
            new DialogParameters<OverrideDialog> { { d => d.Item, Warning } }));
        return (provider, reference);
    }

    private static Task<DialogResult?> ResultAsync(IDialogReference dialog)
        => dialog.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);

    [Fact]
    public async Task Show_Warning_ShowsItsMessageAndDisablesSaveUntilAReasonIsGiven()
    {
        var (provider, _) = await ShowAsync();

        provider.Find("[data-testid=override-dialog]").TextContent.ShouldContain(Warning.Finding.Message);
        provider.Find("button[data-testid=override-save]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task Save_WithReason_ClosesWithTheReason()
    {
        var (provider, dialog) = await ShowAsync();

        provider.Find("textarea").Input("The photo caption names two ships.");
        provider.WaitForAssertion(() => provider.Find("button[data-testid=override-save]").HasAttribute("disabled").ShouldBeFalse());
        provider.Find("button[data-testid=override-save]").Click();

        var result = (await ResultAsync(dialog)).ShouldNotBeNull();
        result.Canceled.ShouldBeFalse();
        result.Data.ShouldBe("The photo caption names two ships.");
    }

    [Fact]
    public async Task Save_WhitespaceReason_StaysDisabled()
    {
        var (provider, _) = await ShowAsync();

        provider.Find("textarea").Input("   ");

        provider.Find("button[data-testid=override-save]").HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task Cancel_Click_CancelsTheDialog()
    {
        var (provider, dialog) = await ShowAsync();

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        (await ResultAsync(dialog)).ShouldNotBeNull().Canceled.ShouldBeTrue();
    }
}
