namespace Workbench.Core.Import;

/// <summary>Outcome of extracting article text from pasted text or an uploaded file.</summary>
/// <param name="Text">Normalized text (LF line endings, NFC, no trailing spaces) on success; otherwise null.</param>
/// <param name="Error">What went wrong, or <see cref="ImportErrorKind.None"/>.</param>
/// <param name="Message">A message for the newsroom user explaining the error; null on success.</param>
/// <param name="SuggestedTitle">A title found in the document (HTML h1/title, Word title), if any.</param>
public sealed record ExtractionResult(string? Text, ImportErrorKind Error, string? Message, string? SuggestedTitle)
{
    public bool Success => Error == ImportErrorKind.None;

    internal static ExtractionResult Failure(ImportErrorKind error, string message) => new(null, error, message, null);
}
