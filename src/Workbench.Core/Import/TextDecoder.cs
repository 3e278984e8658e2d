using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Workbench.Core.Import;

/// <summary>
/// Turns the bytes of a text-based file into a string: UTF-8 (BOM optional, decoded strictly),
/// UTF-16 with a BOM, or a legacy charset an HTML page declares. Recognizes binary files by their
/// signature, NUL bytes or a high share of control characters.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null text and an error result.</summary>
    /// <param name="declaredCharset">A charset named by the document itself (HTML meta), used only without a BOM.</param>
    public static (string? Text, ExtractionResult? Error) Decode(ReadOnlySpan<byte> bytes, string displayName, Encoding? declaredCharset = null)
    {
        if (KnownBinaryFormat(bytes) is { } format)
        {
            return Fail(ImportErrorKind.Binary, $"“{displayName}” looks like {format}, not text.");
        }

        string text;
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            if (DecodeUtf16(bytes, 2, bigEndian: bytes[0] == 0xFE, displayName, out text) is { } error)
            {
                return error;
            }
        }
        else if (Utf16WithoutBom(bytes) is { } bigEndian)
        {
            if (DecodeUtf16(bytes, 0, bigEndian, displayName, out text) is { } error)
            {
                return error;
            }
        }
        else if (bytes.IndexOf((byte)0) >= 0)
        {
            return BinaryFile(displayName);
        }
        else if (bytes is [0xEF, 0xBB, 0xBF, ..] || declaredCharset is null or UTF8Encoding)
        {
            var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            var chars = new char[bytes.Length - start];
            var status = Utf8.ToUtf16(bytes[start..], chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                return BadEncoding(displayName, start + read);
            }

            text = new string(chars, 0, written);
        }
        else
        {
            text = declaredCharset.GetString(bytes);
        }

        return LooksBinary(text) ? BinaryFile(displayName) : (text, null);
    }

    private static (string?, ExtractionResult?)? DecodeUtf16(ReadOnlySpan<byte> bytes, int start, bool bigEndian, string displayName, out string text)
    {
        try
        {
            text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[start..]);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            return BadEncoding(displayName, start + Math.Max(0, ex.Index));
        }
    }

    /// <summary>
    /// Some exporters write UTF-16 without a byte-order mark. Latin-script text then has a zero in (almost) every
    /// high byte and (almost) never in a low byte; binary data has its zeros scattered. True for big-endian, false
    /// for little-endian, null when the bytes do not look like UTF-16.
    /// </summary>
    private static bool? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var units = bytes.Length / 2;
        return zeroOdd * 10 >= units * 9 && zeroEven * 20 <= units ? false
            : zeroEven * 10 >= units * 9 && zeroOdd * 20 <= units ? true
            : null;
    }

    /// <summary>Names well-known binary formats by their leading bytes, for a specific message.</summary>
    internal static string? KnownBinaryFormat(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "a PDF document",
        [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
        [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive or Office document",
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "an older Office document (.doc, .xls)",
        [0x1F, 0x8B, ..] => "a gzip archive",
        _ => null,
    };

    /// <summary>NUL characters, or more control characters than a stray few in a real text file.</summary>
    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (ImportText.IsStrayControl(c))
            {
                controls++;
            }
        }

        return controls > Math.Max(2, text.Length / 100);
    }

    private static (string?, ExtractionResult?) BinaryFile(string displayName) =>
        Fail(ImportErrorKind.Binary, $"“{displayName}” looks like a binary file, not text.");

    private static (string?, ExtractionResult?) BadEncoding(string displayName, long offset) =>
        Fail(
            ImportErrorKind.BadEncoding,
            $"“{displayName}” is not valid UTF-8 or UTF-16 text (first bad byte at offset {offset}). Save it as UTF-8 and try again.");

    private static (string?, ExtractionResult?) Fail(ImportErrorKind kind, string message) =>
        (null, ExtractionResult.Failure(kind, message));
}
