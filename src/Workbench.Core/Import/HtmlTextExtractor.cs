using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Workbench.Core.Segmentation;

namespace Workbench.Core.Import;

/// <summary>
/// Extracts article text from HTML: the largest &lt;article&gt; (else &lt;body&gt;) without page chrome,
/// one paragraph per block element, paragraphs separated by blank lines.
/// </summary>
internal static partial class HtmlTextExtractor
{
    private const string PageChrome =
        "script, style, noscript, template, nav, form, iframe, svg, canvas, button, select, aside, footer, [hidden], [role=navigation]";

    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /// <summary>The charset a page declares in a &lt;meta&gt; tag within its first 1024 bytes, if known to .NET.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        // As browsers do (WHATWG encoding rules): Latin-1 and ASCII labels mean windows-1252, and a
        // meta tag cannot switch a byte stream to UTF-16.
        var name = match.Groups["charset"].Value.ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            var label when label.StartsWith("utf-16", StringComparison.Ordinal) => "utf-8",
            var label => label,
        };
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decodes an HTML file (BOM, else meta charset, else UTF-8) and extracts its article text and headline.</summary>
    public static (Extracted? Result, ExtractionResult? Error) Extract(byte[] bytes, string displayName)
    {
        var (html, error) = TextDecoder.Decode(bytes, displayName, DeclaredCharset(bytes));
        if (html is null)
        {
            return (null, error);
        }

        if (HtmlNestingGuard.IsTooDeep(html))
        {
            return (null, ExtractionResult.Failure(
                ImportErrorKind.Corrupt,
                $"“{displayName}” nests HTML elements more than {HtmlNestingGuard.MaxDepth} levels deep, which no news page does; it cannot be imported."));
        }

        return (Extract(html), null);
    }

    /// <summary>Returns the article text, the headline (&lt;h1&gt;, else &lt;title&gt;) and the paragraphs of h1–h6.</summary>
    public static Extracted Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(PageChrome).ToList())
        {
            element.Remove();
        }

        // The page header holds the masthead and menus; an article's own header holds its headline.
        foreach (var header in document.QuerySelectorAll("header").Where(h => h.Closest("article") is null).ToList())
        {
            header.Remove();
        }

        var root = document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length)
            ?? document.Body
            ?? document.DocumentElement;
        var title = CollapsedOrNull(root.QuerySelector("h1")?.TextContent) ?? CollapsedOrNull(document.Title);
        var headings = new List<string>();
        return new Extracted(string.Join("\n\n", Paragraphs(root, headings)), title, headings);
    }

    /// <summary>Walks the tree iteratively: scraped pages can nest deeply enough to overflow a recursive walk.</summary>
    private static List<string> Paragraphs(IElement root, List<string> headings)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var preformattedDepth = 0;
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.TryPop(out var entry))
        {
            var (node, leaving) = entry;
            var name = (node as IElement)?.LocalName ?? string.Empty;
            if (leaving)
            {
                preformattedDepth -= name == "pre" ? 1 : 0;
                if (Flush(current, paragraphs) && name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    headings.Add(paragraphs[^1]);
                }
            }
            else if (node is IText text)
            {
                current.Append(preformattedDepth > 0 ? text.Data : text.Data.Replace('\n', ' '));
            }
            else if (name == "br")
            {
                current.Append('\n');
            }
            else if (node is IElement element)
            {
                if (BlockElements.Contains(name))
                {
                    Flush(current, paragraphs);
                    preformattedDepth += name == "pre" ? 1 : 0;
                    stack.Push((element, true));
                }

                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((element.ChildNodes[i], false));
                }
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>Ends the current paragraph; true when it had text and was added.</summary>
    private static bool Flush(StringBuilder current, List<string> paragraphs)
    {
        var lines = current.ToString().Split('\n').Select(line => Whitespace.Collapse(line)).Where(line => line.Length > 0);
        var paragraph = string.Join('\n', lines);
        current.Clear();
        if (paragraph.Length == 0)
        {
            return false;
        }

        paragraphs.Add(paragraph);
        return true;
    }

    private static string? CollapsedOrNull(string? text)
    {
        var collapsed = Whitespace.Collapse(text);
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
