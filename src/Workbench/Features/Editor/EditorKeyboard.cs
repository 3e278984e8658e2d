using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Workbench.Features.Editor;

/// <summary>
/// The editor's keyboard module (EditorPage.razor.js): Ctrl+Enter and Alt+Up/Down need a
/// conditional preventDefault, which Blazor event handlers cannot express.
/// </summary>
internal sealed class EditorKeyboard : IAsyncDisposable
{
    private IJSObjectReference? module;
    private IJSObjectReference? listener;
    private DotNetObjectReference<EditorPage>? dotNetReference;

    public bool IsAttached => listener is not null;

    public async Task AttachAsync(IJSRuntime js, ElementReference list, EditorPage page)
    {
        module = await js.InvokeAsync<IJSObjectReference>("import", "./Features/Editor/EditorPage.razor.js");
        dotNetReference = DotNetObjectReference.Create(page);
        listener = await module.InvokeAsync<IJSObjectReference>("attach", list, dotNetReference);
    }

    public async Task FocusRowAsync(ElementReference list, int position)
    {
        if (module is not null && position >= 0)
        {
            await module.InvokeAsync<bool>("focusRow", list, position, 1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (listener is not null)
            {
                await listener.InvokeVoidAsync("dispose");
                await listener.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; there is no browser side left to clean up.
        }

        dotNetReference?.Dispose();
    }
}
