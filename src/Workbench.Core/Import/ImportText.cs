using System.Text;

namespace Workbench.Core.Import;

/// <summary>Normalization every imported text goes through, whatever its source.</summary>
internal static class ImportText
{
    /// <summary>
    /// Control characters that carry no meaning in an article (everything below U+0020 except tab
    /// and line breaks, DEL, and the C1 range that shows up in mis-decoded text).
    /// </summary>
    public static bool IsStrayControl(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\v') || c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// LF line endings, stray control characters removed, lone surrogates replaced, trailing
    /// whitespace trimmed on every line, leading and trailing blank lines dropped, Unicode NFC.
    /// </summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        // Word puts a vertical tab where the user pressed Shift+Enter.
        foreach (var line in text.Replace('\v', '\n').ReplaceLineEndings("\n").Split('\n'))
        {
            var lineStart = sb.Length;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
                    {
                        sb.Append(c).Append(line[++i]);
                    }
                    else
                    {
                        sb.Append('\uFFFD');
                    }
                }
                else if (!IsStrayControl(c))
                {
                    sb.Append(c);
                }
            }

            var end = sb.Length;
            while (end > lineStart && char.IsWhiteSpace(sb[end - 1]))
            {
                end--;
            }

            sb.Length = end;
            sb.Append('\n');
        }

        return sb.ToString().Trim('\n').Normalize(NormalizationForm.FormC);
    }
}
