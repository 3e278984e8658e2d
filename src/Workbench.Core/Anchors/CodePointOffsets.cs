namespace Workbench.Core.Anchors;

/// <summary>
/// Converts text offsets between UTF-16 code units (what Workbench stores, as .NET strings and the
/// browser's DOM Range use) and Unicode code points (what W3C Web Annotation's TextPositionSelector
/// counts, so exports convert). A character outside the Basic Multilingual Plane (most emoji) is two
/// code units but one code point; a combining mark is its own code point in both (neither counts
/// graphemes). An unpaired surrogate, which well-formed text does not have, counts as one code point,
/// as JavaScript's string iterator counts it.
/// </summary>
public static class CodePointOffsets
{
    /// <summary>Whether <paramref name="utf16Offset"/> (0..Length) falls between code points, not inside a surrogate pair.</summary>
    public static bool IsBoundary(string text, int utf16Offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        return utf16Offset >= 0 && utf16Offset <= text.Length
            && !(utf16Offset > 0 && utf16Offset < text.Length && char.IsHighSurrogate(text[utf16Offset - 1]) && char.IsLowSurrogate(text[utf16Offset]));
    }

    /// <summary>The number of code points in <paramref name="text"/>.</summary>
    public static int CodePointCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToCodePoints(text, text.Length);
    }

    /// <summary>The code point offset of a UTF-16 offset (0..Length, not inside a surrogate pair).</summary>
    public static int ToCodePoints(string text, int utf16Offset)
    {
        if (!IsBoundary(text, utf16Offset))
        {
            throw new ArgumentOutOfRangeException(nameof(utf16Offset), utf16Offset,
                $"Offset {utf16Offset} is outside the text (0..{text.Length}) or splits a surrogate pair.");
        }

        var codePoints = utf16Offset;
        for (var i = 1; i < utf16Offset; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                codePoints--;
            }
        }

        return codePoints;
    }

    /// <summary>The UTF-16 offset of a code point offset (0..<see cref="CodePointCount"/>).</summary>
    public static int ToUtf16(string text, int codePointOffset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(codePointOffset);
        var i = 0;
        for (var seen = 0; seen < codePointOffset; seen++)
        {
            if (i >= text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(codePointOffset), codePointOffset,
                    $"Offset {codePointOffset} is past the text's {seen} code points.");
            }

            i += i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        return i;
    }

    /// <summary>A UTF-16 range [start, end) as a code point range.</summary>
    public static (int Start, int End) ToCodePoints(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return (ToCodePoints(text, start), ToCodePoints(text, end));
    }

    /// <summary>A code point range [start, end) as a UTF-16 range.</summary>
    public static (int Start, int End) ToUtf16(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return (ToUtf16(text, start), ToUtf16(text, end));
    }
}
