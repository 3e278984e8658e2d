using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Workbench.Core.Import;

namespace Workbench.Features.Documents.Import;

/// <summary>Metadata plus the article text, pasted or from a file; raises <see cref="OnPreview"/> when valid.</summary>
public partial class ImportForm
{
    private const int PasteTab = 0;
    private const int UploadTab = 1;

    private static readonly TimeSpan ExtractionTimeout = TimeSpan.FromSeconds(20);

    private int sourceTab = PasteTab;
    private bool reading;
    private string? sourceError;
    private (string Name, string Text, IReadOnlyList<string> Headings)? file;
    private EditContext editContext = default!;
    private MudDatePicker datePicker = default!;
    private string? dateError;

    private static string Accept => string.Join(",", DocumentTextExtractor.SupportedExtensions);

    [Parameter]
    public ImportFormModel Model { get; set; } = new();

    [Parameter]
    public EventCallback<ImportRequest> OnPreview { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public ImportLimits Limits { get; set; } = ImportLimits.Default;

    protected override void OnParametersSet()
    {
        if (editContext?.Model != Model)
        {
            editContext = new EditContext(Model);
        }
    }

    /// <summary>
    /// What the form holds right now, validated as on submit; null (with the messages shown) when it
    /// is not valid. The page imports this, not what was previewed, so edits made after the preview
    /// are never silently dropped.
    /// </summary>
    public ImportRequest? CurrentRequest()
    {
        var valid = editContext.Validate();
        var request = valid ? BuildRequest() : null;
        StateHasChanged();
        return request;
    }

    private async Task OnFileChosenAsync(IBrowserFile? chosen)
    {
        file = null;
        sourceError = null;
        if (chosen is null)
        {
            return;
        }

        if (chosen.Size > Limits.MaxFileBytes)
        {
            // Refuse before reading: the browser told us the size.
            sourceError = $"“{chosen.Name}” is {Megabytes(chosen.Size)} MB; the limit is {Megabytes(Limits.MaxFileBytes)} MB per file.";
            return;
        }

        reading = true;
        try
        {
            await using var upload = chosen.OpenReadStream(Limits.MaxFileBytes);
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer);
            buffer.Position = 0;
            // Extraction is CPU-bound and a crafted file could make a parser slow: run it off the
            // circuit's thread and give up (with a message) rather than freeze the page.
            var result = await Task.Run(() => DocumentTextExtractor.FromFile(chosen.Name, buffer, Limits)).WaitAsync(ExtractionTimeout);
            if (!result.Success)
            {
                sourceError = result.Message;
                return;
            }

            file = (chosen.Name, result.Text!, result.Headings);
            if (string.IsNullOrWhiteSpace(Model.Title))
            {
                Model.Title = result.SuggestedTitle ?? Path.GetFileNameWithoutExtension(chosen.Name);
            }
        }
        catch (TimeoutException)
        {
            sourceError = $"“{chosen.Name}” took too long to read (over {ExtractionTimeout.TotalSeconds:0} seconds). Save it as plain text or .docx and try again.";
        }
        catch (IOException ex)
        {
            sourceError = $"“{chosen.Name}” could not be read: {ex.Message}";
        }
        finally
        {
            reading = false;
        }
    }

    private static string Megabytes(long bytes)
        => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private async Task SubmitAsync()
    {
        if (BuildRequest() is { } request)
        {
            await OnPreview.InvokeAsync(request);
        }
    }

    private ImportRequest? BuildRequest()
    {
        sourceError = null;
        dateError = null;
        if (datePicker.ConversionError)
        {
            // The picker keeps its last good date (or none) when the typed text does not parse:
            // importing would silently drop or replace the date the translator sees in the box.
            dateError = $"“{datePicker.Text}” is not a date. Write it as yyyy-mm-dd (2024-10-29) or pick it from the calendar.";
            return null;
        }

        string text;
        IReadOnlyList<string> headings = [];
        if (sourceTab == UploadTab)
        {
            if (file is null)
            {
                sourceError = "Choose a file to import, or paste the text instead.";
                return null;
            }

            (text, headings) = (file.Value.Text, file.Value.Headings);
        }
        else
        {
            var pasted = DocumentTextExtractor.FromPastedText(Model.PastedText, Limits);
            if (!pasted.Success)
            {
                sourceError = pasted.Error == ImportErrorKind.Empty
                    ? "Paste the article text, or upload a file instead."
                    : pasted.Message;
                return null;
            }

            text = pasted.Text!;
        }

        return new ImportRequest(Model.ToMetadata(), text, headings);
    }
}
