using System.Globalization;
using System.Text;

namespace Workbench.Core.Import;

/// <summary>
/// Extracts article text from pasted text or an uploaded .txt, .md, .html/.htm or .docx file,
/// with specific, user-facing messages when that is not possible. Pure: no I/O beyond the given stream.
/// </summary>
public static class DocumentTextExtractor
{
    private const string SupportedList = ".txt, .md, .html and .docx";

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".html", ".htm", ".docx"];

    /// <summary>Normalizes pasted text and checks it against <see cref="ImportLimits.MaxTextBytes"/>.</summary>
    public static ExtractionResult FromPastedText(string? text, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        return string.IsNullOrWhiteSpace(text)
            ? ExtractionResult.Failure(ImportErrorKind.Empty, "There is no text to import: the pasted text is empty.")
            : Complete(ImportText.Normalize(text), null, limits, "There is no text to import: the pasted text has no visible characters.");
    }

    /// <summary>
    /// Extracts text from a file. Reads at most <see cref="ImportLimits.MaxFileBytes"/> + 1 bytes and
    /// checks the content itself (signatures, encoding, package structure), not only the extension.
    /// </summary>
    public static ExtractionResult FromFile(string fileName, Stream content, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        return CheckName(fileName, out var name, out var extension)
            ?? CheckSize(content, limits)
            ?? Extract(name, extension, ReadAtMost(content, limits.MaxFileBytes), limits);
    }

    private static ExtractionResult? CheckName(string fileName, out string name, out string extension)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        name = Path.GetFileName(fileName);
        extension = Path.GetExtension(name).ToLowerInvariant();
        if (SupportedExtensions.Contains(extension))
        {
            return null;
        }

        return ExtractionResult.Failure(
            ImportErrorKind.UnsupportedType,
            extension.Length == 0
                ? $"“{name}” has no file extension; Workbench imports {SupportedList}."
                : $"“{name}” is a {extension} file; Workbench imports {SupportedList}.");
    }

    /// <summary>Rejects a seekable stream that is already known to be too large, before reading it.</summary>
    private static ExtractionResult? CheckSize(Stream content, ImportLimits limits) =>
        content.CanSeek && content.Length - content.Position > limits.MaxFileBytes
            ? TooLarge(content.Length - content.Position, limits)
            : null;

    private static ExtractionResult TooLarge(long? size, ImportLimits limits) =>
        ExtractionResult.Failure(ImportErrorKind.TooLarge, $"The file is {DescribeExcess(size, limits.MaxFileBytes)}.");

    private static ExtractionResult Extract(string name, string extension, byte[] bytes, ImportLimits limits)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            return TooLarge(null, limits);
        }

        if (bytes.Length == 0)
        {
            return ExtractionResult.Failure(ImportErrorKind.Empty, "The file is empty.");
        }

        Extracted? extracted;
        ExtractionResult? error;
        switch (extension)
        {
            case ".docx":
                (extracted, error) = DocxTextExtractor.Extract(bytes, name);
                break;
            case ".html" or ".htm":
                (extracted, error) = HtmlTextExtractor.Extract(bytes, name);
                break;
            default:
                var (text, decodeError) = TextDecoder.Decode(bytes, name);
                error = decodeError;
                extracted = text is null ? null : extension == ".md" ? MarkdownTextExtractor.Extract(text) : new Extracted(text, null, []);
                break;
        }

        if (error is not null)
        {
            return error;
        }

        var result = Complete(ImportText.Normalize(extracted!.Text), extracted.Title, limits, $"“{name}” contains no text.");
        return result.Success && extracted.Headings.Count > 0
            ? result with { Headings = [.. extracted.Headings.Select(ImportText.Normalize).Where(h => h.Length > 0)] }
            : result;
    }

    private static ExtractionResult Complete(string text, string? title, ImportLimits limits, string emptyMessage)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExtractionResult.Failure(ImportErrorKind.Empty, emptyMessage);
        }

        var size = Encoding.UTF8.GetByteCount(text);
        if (size > limits.MaxTextBytes)
        {
            return ExtractionResult.Failure(
                ImportErrorKind.TextTooLarge,
                $"The text is {DescribeExcess(size, limits.MaxTextBytes)} of text. Split the article or remove non-article parts.");
        }

        return new ExtractionResult(text, ImportErrorKind.None, null, title);
    }

    /// <summary>Reads until end of stream or until one byte more than <paramref name="max"/> has been read.</summary>
    private static byte[] ReadAtMost(Stream content, long max)
    {
        var cap = Cap(max);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < cap && (read = content.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>One byte past the limit is enough to know the file is too large.</summary>
    private static int Cap(long maxFileBytes) => (int)Math.Min(maxFileBytes + 1, Array.MaxLength);

    /// <summary>"12.3 MB; the limit is 10 MB", or "more than 10 MB; …" when the size is unknown or rounds to the limit.</summary>
    private static string DescribeExcess(long? size, long limit)
    {
        var limitText = FormatSize(limit);
        var sizeText = size is { } known ? FormatSize(known) : limitText;
        return sizeText == limitText ? $"more than {limitText}; the limit is {limitText}" : $"{sizeText}; the limit is {limitText}";
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
