using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Workbench.Core.Import;

/// <summary>
/// Extracts the paragraphs of a Word document's main body in order (tables and text boxes
/// included), skipping deleted revisions, field codes and the fallback copies Word keeps of
/// text boxes for older readers.
/// </summary>
internal static class DocxTextExtractor
{
    // Guards against decompression bombs: a 10 MB .docx may inflate to gigabytes of XML.
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>Returns the text, suggested title and heading paragraphs, or a <see cref="ImportErrorKind.Corrupt"/> result.</summary>
    public static (Extracted? Result, ExtractionResult? Error) Extract(byte[] bytes, string displayName)
    {
        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            var reason = bytes is [0xD0, 0xCF, 0x11, 0xE0, ..]
                ? "it is an older Word (.doc) file or a password-protected document. Open it in Word and save it as .docx without a password."
                : TextDecoder.KnownBinaryFormat(bytes) is { } format ? $"it is {format}, not a .docx file." : "it is not a .docx file.";
            return Corrupt(displayName, reason);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return Corrupt(displayName, "it has no document body.");
            }

            var styleNames = StyleNames(document.MainDocumentPart!);
            var paragraphs = new List<string>();
            var headings = new List<string>();
            string? headingTitle = null;
            foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !IsFallbackCopy(p)))
            {
                var text = ParagraphText(paragraph);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                paragraphs.Add(text);
                if (IsTitleOrHeading(paragraph, styleNames))
                {
                    headingTitle ??= text.Trim();
                    headings.Add(text);
                }
            }

            var coreTitle = document.PackageProperties.Title?.Trim();
            return (new Extracted(string.Join("\n\n", paragraphs), string.IsNullOrEmpty(coreTitle) ? headingTitle : coreTitle, headings), null);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or XmlException or InvalidOperationException)
        {
            return Corrupt(displayName, "the file is damaged or is not a Word document.");
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            // Text boxes nest whole paragraphs inside a run; those are visited as paragraphs of their own.
            if (element.Ancestors<Paragraph>().First() != paragraph)
            {
                continue;
            }

            switch (element)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsFallbackCopy(Paragraph paragraph) => paragraph.Ancestors<AlternateContentFallback>().Any();

    /// <summary>Maps style ids to their built-in names ("Heading1" → "heading 1"), which Word does not localize.</summary>
    private static Dictionary<string, string> StyleNames(MainDocumentPart part)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    private static bool IsTitleOrHeading(Paragraph paragraph, Dictionary<string, string> styleNames)
    {
        if (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not { } id)
        {
            return false;
        }

        var name = styleNames.GetValueOrDefault(id, id).Replace(" ", string.Empty, StringComparison.Ordinal);
        return name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.StartsWith("heading", StringComparison.OrdinalIgnoreCase);
    }

    private static (Extracted?, ExtractionResult?) Corrupt(string displayName, string reason) =>
        (null, ExtractionResult.Failure(ImportErrorKind.Corrupt, $"“{displayName}” could not be read as a Word document: {reason}"));
}
