using System.Text;

namespace Workbench.Core.Segmentation;

/// <summary>Whitespace handling shared by paragraph reading and the tests' no-text-lost property.</summary>
internal static class Whitespace
{
    /// <summary>
    /// True for whitespace (including NBSP) and for the invisible characters scraped news pages
    /// carry (soft hyphen, zero-width space, word joiner, BOM): a translator cannot see them.
    /// </summary>
    public static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Trims and collapses every run of whitespace to one space; invisible characters are removed.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
            }
            else if (!IsBlank(c))
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
