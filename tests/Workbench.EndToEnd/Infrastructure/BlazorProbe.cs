using Microsoft.Playwright;

namespace Workbench.EndToEnd.Infrastructure;

/// <summary>
/// Knowing when a prerendered Blazor Server page has become interactive. The prerendered HTML looks
/// finished long before the circuit is connected, and input in that window is lost, so the tests wait
/// for signals the browser itself emits:
/// <list type="bullet">
/// <item><c>__wb.renders</c>: the browser sent <c>OnRenderCompleted</c> on the Blazor connection, i.e. it applied an interactive render batch;</item>
/// <item><c>__wb.intercepting</c>: the server asked the browser to route link clicks and <c>Blazor.navigateTo</c> inside the circuit
/// (the router does so after its first render; before that, a navigation is a full page load);</item>
/// <item><c>__wb.editorReady</c>: the editor's keyboard module attached its keydown listener to the segment list (EditorPage.razor.js <c>attach</c>).</item>
/// </list>
/// The counters reset on every full page load (the script runs before the page's own scripts).
/// Times are <c>performance.now()</c> values: milliseconds since the navigation started.
/// </summary>
public static class BlazorProbe
{
    public const string Script = """
        (() => {
          const state = window.__wb = { renders: 0, firstRenderAt: null, intercepting: 0, editorReady: 0, editorReadyAt: null };
          const decoder = new TextDecoder('utf-8');
          const send = WebSocket.prototype.send;
          WebSocket.prototype.send = function (data) {
            try {
              let text = null;
              if (typeof data === 'string') text = data;
              else if (data instanceof ArrayBuffer) text = decoder.decode(new Uint8Array(data));
              else if (ArrayBuffer.isView(data)) text = decoder.decode(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
              if (text !== null && text.includes('OnRenderCompleted')) {
                state.renders++;
                if (state.firstRenderAt === null) state.firstRenderAt = performance.now();
              }
            } catch { /* never break the app */ }
            return send.call(this, data);
          };
          const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
          Object.defineProperty(WebSocket.prototype, 'onmessage', {
            configurable: true,
            get() { return onmessage.get.call(this); },
            set(handler) {
              onmessage.set.call(this, typeof handler !== 'function' ? handler : function (event) {
                try {
                  const data = event.data;
                  const text = typeof data === 'string' ? data : data instanceof ArrayBuffer ? decoder.decode(new Uint8Array(data)) : null;
                  if (text !== null && text.includes('enableNavigationInterception')) state.intercepting++;
                } catch { /* never break the app */ }
                return handler.call(this, event);
              });
            },
          });
          const add = EventTarget.prototype.addEventListener;
          EventTarget.prototype.addEventListener = function (type, listener, options) {
            try {
              if (type === 'keydown' && this instanceof Element && this.matches('[data-testid="segment-list"]')) {
                state.editorReady++;
                state.editorReadyAt = performance.now();
              }
            } catch { /* never break the app */ }
            return add.call(this, type, listener, options);
          };
        })();
        """;

    /// <summary>Waits until the page's Blazor circuit has applied an interactive render and routes navigation itself.</summary>
    public static async Task WaitForCircuitAsync(this IPage page)
    {
        await page.WaitForFunctionAsync("() => window.__wb && window.__wb.renders > 0 && window.__wb.intercepting > 0", null,
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 50 });
    }

    /// <summary>Waits until the editor is interactive: circuit up, keyboard module attached, segment rows rendered.</summary>
    public static async Task WaitForEditorAsync(this IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => window.__wb && window.__wb.editorReady > 0 && document.querySelector('[data-testid=\"segment-list\"] [data-testid=\"segment-row\"]') !== null",
            null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 20 });
    }

    /// <summary>The probe's timings for the current document (ms since navigation start).</summary>
    public static async Task<(double? FirstRender, double? EditorReady)> TimingsAsync(this IPage page)
    {
        var values = await page.EvaluateAsync<double?[]>("() => [window.__wb.firstRenderAt, window.__wb.editorReadyAt]");
        return (values[0], values[1]);
    }

    /// <summary>
    /// The segment list is virtualized: scrolls it until <paramref name="target"/> is rendered, then into view.
    /// </summary>
    public static async Task ScrollListToAsync(this IPage page, ILocator target)
    {
        var list = page.GetByTestId("segment-list");
        for (var attempt = 0; attempt < 200 && await target.CountAsync() == 0; attempt++)
        {
            var atBottom = await list.EvaluateAsync<bool>(
                "el => { const before = el.scrollTop; el.scrollTop = before + el.clientHeight * 0.8; return el.scrollTop === before; }");
            await page.WaitForTimeoutAsync(atBottom ? 100 : 60);
            if (atBottom && await target.CountAsync() == 0)
            {
                break;
            }
        }

        await target.First.ScrollIntoViewIfNeededAsync();
    }

    /// <summary>The row of the segment list at a position (data-row) in the current filter.</summary>
    public static ILocator Row(this IPage page, int position) =>
        page.GetByTestId("segment-list").Locator($"[data-testid='segment-row'][data-row='{position}']");

    /// <summary>The translation text box of the row at a position.</summary>
    public static ILocator Target(this IPage page, int position) => page.Row(position).GetByTestId("segment-target");

    /// <summary>The status chip of the row at a position.</summary>
    public static ILocator Status(this IPage page, int position) => page.Row(position).Locator(".segment-status");
}
