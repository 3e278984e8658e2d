using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Features.Qa;

namespace Workbench.Features.Editor;

public partial class EditorPage
{
    // One save at a time per editor: a blur-save and a Ctrl+Enter on the same segment must not race each other.
    private readonly SemaphoreSlim saveLock = new(1, 1);
    private readonly Dictionary<int, int> indexById = [];
    private Dictionary<int, List<QaOverrideView>> overrides = [];
    private SegmentQa[] qa = [];
    private SegmentView[] segments = [];
    private List<EditorRow> rows = [];
    private EditorDocument? document;
    private SegmentFilter filter = SegmentFilter.All;
    private string? search;
    private bool notFound;
    private bool canEdit;
    private ElementReference listElement;
    private readonly EditorKeyboard keyboard = new();

    [Parameter]
    public int DocumentId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private EditorService Editor { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private QaService Qa { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<EditorPage> Logger { get; set; } = default!;

    private int IncludedCount => segments.Count(s => !s.Excluded);

    private int ConfirmedCount => segments.Count(s => !s.Excluded && s.Status == SegmentStatus.Confirmed);

    private double ProgressPercent => IncludedCount == 0 ? 0 : 100.0 * ConfirmedCount / IncludedCount;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        canEdit = (await Authorization.AuthorizeAsync(user, Policies.EditTranslations)).Succeeded;
        document = await Editor.LoadAsync(DocumentId);
        notFound = document is null;
        segments = document?.Segments.ToArray() ?? [];
        indexById.Clear();
        for (var i = 0; i < segments.Length; i++)
        {
            indexById[segments[i].Id] = i;
        }

        overrides = document is null ? [] : await Qa.LoadOverridesAsync(document.Id);
        qa = new SegmentQa[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            qa[i] = Evaluate(segments[i]);
        }

        ApplyFilter();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (document is not null && !keyboard.IsAttached)
        {
            await keyboard.AttachAsync(JS, listElement, this);
        }
    }

    private int CountFor(SegmentFilter option) => Enumerable.Range(0, segments.Length).Count(i => Matches(i, option));

    private SegmentQa Evaluate(SegmentView segment)
        => Qa.Evaluate(segment, document!.SourceLanguage, document.TargetLanguage, overrides.GetValueOrDefault(segment.Id));

    private bool Matches(int index, SegmentFilter option)
        => SegmentFilters.Matches(segments[index], qa[index], option) && SegmentFilters.ContainsText(segments[index], search);

    private void SetSearch(string? value)
    {
        search = value;
        ApplyFilter();
    }

    private void SetFilter(SegmentFilter value)
    {
        filter = value;
        ApplyFilter();
    }

    // The filtered list is rebuilt only when the filter changes, so a row confirmed under
    // "Draft" stays in place instead of jumping away under the translator's cursor.
    private void ApplyFilter()
    {
        var list = new List<EditorRow>(segments.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            if (Matches(i, filter))
            {
                list.Add(new EditorRow(list.Count, i));
            }
        }

        rows = list;
    }

    private async Task SaveAsync(SegmentEdit edit) => await RunSaveAsync(edit.Segment.Id, edit.Text, confirm: false);

    private async Task ConfirmAsync(SegmentEdit edit)
    {
        if (await RunSaveAsync(edit.Segment.Id, edit.Text, confirm: true))
        {
            await keyboard.FocusRowAsync(listElement, NextUnconfirmedPosition(edit.Segment.Id));
        }
    }

    /// <summary>Ctrl+Enter in a text box: saves and confirms, then returns the row to focus (or -1).</summary>
    [JSInvokable]
    public async Task<int> ConfirmFromKeyboard(int segmentId, string text)
    {
        var saved = await RunSaveAsync(segmentId, text, confirm: true);
        StateHasChanged();
        return saved ? NextUnconfirmedPosition(segmentId) : -1;
    }

    private int NextUnconfirmedPosition(int segmentId) => SegmentFilters.NextUnconfirmed(rows, segments, segmentId);

    private async Task ToggleExcludedAsync(SegmentView segment)
    {
        var user = (await AuthenticationState).User;
        SaveResult result;
        await saveLock.WaitAsync();
        try
        {
            var current = segments[indexById[segment.Id]];
            result = await Editor.SetExcludedAsync(user, current.Id, current.Version, !current.Excluded);
        }
        finally
        {
            saveLock.Release();
        }

        if (await HandleResultAsync(result))
        {
            ApplyFilter();
        }
    }

    private async Task<bool> RunSaveAsync(int segmentId, string text, bool confirm)
    {
        var user = (await AuthenticationState).User;
        SaveResult result;
        await saveLock.WaitAsync();
        try
        {
            // Always build on the newest version this editor knows, not the one a row rendered with.
            var current = segments[indexById[segmentId]];
            result = await Editor.SaveAsync(user, segmentId, current.Version, text, confirm);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database hiccup must not end the circuit: the text stays in the box to save again.
            Logger.SaveFailed(ex, segmentId);
            result = new SaveResult.Rejected("The segment could not be saved just now. Your text is still in the box: press Ctrl+Enter, or change it, to save again.");
        }
        finally
        {
            saveLock.Release();
        }

        // Outside the lock: a conflict dialog waits for the user, and other rows must still save meanwhile.
        return await HandleResultAsync(result);
    }

    private async Task<bool> HandleResultAsync(SaveResult result)
    {
        switch (result)
        {
            case SaveResult.Saved saved:
                Replace(saved.Segment);
                return true;
            case SaveResult.Conflict conflict:
                Replace(conflict.Theirs);
                await ResolveConflictAsync(conflict);
                return false;
            case SaveResult.Rejected rejected:
                Snackbar.Add(rejected.Message, Severity.Error);
                return false;
            default:
                return false;
        }
    }

    private async Task ResolveConflictAsync(SaveResult.Conflict conflict)
    {
        var parameters = new DialogParameters<ConflictDialog>
        {
            { d => d.Theirs, conflict.Theirs },
            { d => d.Mine, conflict.Mine },
        };
        var dialog = await Dialogs.ShowAsync<ConflictDialog>("Someone else saved this segment", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false });
        var choice = await dialog.Result;
        if (choice is { Canceled: false, Data: ConflictChoice.KeepMine })
        {
            // Replace() already moved this editor to their version, so this save builds on it deliberately.
            if (await RunSaveAsync(conflict.Theirs.Id, conflict.Mine, confirm: false))
            {
                Snackbar.Add("Your version was saved. Theirs is in the revision history.", Severity.Success);
            }
        }
        else
        {
            Snackbar.Add("Kept their version. Yours is in the revision history.", Severity.Info);
        }
    }

    private void Replace(SegmentView segment)
    {
        if (indexById.TryGetValue(segment.Id, out var index))
        {
            segments[index] = segment;
            // QA runs on every saved translation.
            qa[index] = Evaluate(segment);
        }
    }

    private async Task OverrideAsync(SegmentView segment, QaItem item)
    {
        var dialog = await Dialogs.ShowAsync<OverrideDialog>("Override QA warning",
            new DialogParameters<OverrideDialog> { { d => d.Item, item } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: string reason })
        {
            return;
        }

        var user = (await AuthenticationState).User;
        var result = await Qa.OverrideAsync(user, segment.Id, item.Key, reason);
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Error!, Severity.Error);
            return;
        }

        if (!overrides.TryGetValue(segment.Id, out var list))
        {
            overrides[segment.Id] = list = [];
        }

        if (!list.Exists(o => o.FindingKey == result.Override!.FindingKey))
        {
            list.Add(result.Override!);
        }
        Replace(segments[indexById[segment.Id]]);
    }

    private async Task ShowHistoryAsync(SegmentView segment)
    {
        var current = segments[indexById[segment.Id]];
        var parameters = new DialogParameters<RevisionHistoryDialog>
        {
            { d => d.SegmentId, segment.Id }, { d => d.CurrentText, current.Target }, { d => d.CanEdit, canEdit && !current.Excluded },
        };
        var dialog = await Dialogs.ShowAsync<RevisionHistoryDialog>($"Segment {segment.Index + 1}: revision history", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseButton = true });
        // Restoring is an ordinary save (a new revision, a Draft to confirm again): it can lose a race like any other.
        if (await dialog.Result is { Canceled: false, Data: string text } && await RunSaveAsync(segment.Id, text, confirm: false))
        {
            Snackbar.Add($"Segment {segment.Index + 1}: the earlier version is current again; confirm it when it is right.", Severity.Success);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await keyboard.DisposeAsync();
        saveLock.Dispose();
        GC.SuppressFinalize(this);
    }
}
