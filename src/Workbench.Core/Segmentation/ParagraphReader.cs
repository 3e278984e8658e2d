using System.Text;

namespace Workbench.Core.Segmentation;

/// <summary>
/// Turns raw text into paragraphs. On news pages every line is a unit (headline, byline, caption,
/// paragraph) and blank or whitespace-only lines carry no extra meaning, so each non-blank line
/// starts a paragraph — unless it is plainly the rest of a hard-wrapped sentence.
/// </summary>
internal static class ParagraphReader
{
    /// <summary>Non-blank paragraphs, whitespace-collapsed, in document order.</summary>
    public static List<string> Read(string text)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var previousLineBlank = true;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Whitespace.Collapse(rawLine);
            if (line.Length == 0)
            {
                previousLineBlank = true;
                continue;
            }

            if (current.Length > 0 && (previousLineBlank || !ContinuesWrappedLine(current[^1], line[0])))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
            previousLineBlank = false;
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return paragraphs;
    }

    /// <summary>
    /// A line ending in a comma or semicolon, or in a word when the next line starts in lowercase,
    /// was cut mid-sentence by hard wrapping (e-mailed or plain-text copy); headlines, bylines and
    /// paragraphs never end that way before a lowercase line.
    /// </summary>
    private static bool ContinuesWrappedLine(char lastOfPrevious, char firstOfNext) =>
        lastOfPrevious is ',' or ';' || (char.IsLetterOrDigit(lastOfPrevious) && char.IsLower(firstOfNext));
}
