namespace Workbench.Core.Import;

/// <summary>Outcome of extracting article text from pasted text or an uploaded file.</summary>
/// <param name="Text">Normalized text (LF line endings, NFC, no trailing spaces) on success; otherwise null.</param>
/// <param name="Error">What went wrong, or <see cref="ImportErrorKind.None"/>.</param>
/// <param name="Message">A message for the newsroom user explaining the error; null on success.</param>
/// <param name="SuggestedTitle">A title found in the document (HTML h1/title, Word title), if any.</param>
public sealed record ExtractionResult(string? Text, ImportErrorKind Error, string? Message, string? SuggestedTitle)
{
    public bool Success => Error == ImportErrorKind.None;

    /// <summary>
    /// Paragraphs the file marks as headings by its structure (HTML h1–h6, Word title and heading styles, Markdown
    /// headings), normalized like <see cref="Text"/>. A headline in sentence case looks like body text; the file knows better.
    /// </summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    internal static ExtractionResult Failure(ImportErrorKind error, string message) => new(null, error, message, null);
}

/// <summary>What a format extractor read from a file, before normalization and limits.</summary>
internal sealed record Extracted(string Text, string? Title, IReadOnlyList<string> Headings);
