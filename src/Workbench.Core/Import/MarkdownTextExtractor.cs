using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Workbench.Core.Import;

/// <summary>
/// Extracts plain text from Markdown: one paragraph per heading, paragraph, list item or code
/// block; link text without URLs; images reduced to their alt text; raw HTML read as HTML.
/// </summary>
internal static class MarkdownTextExtractor
{
    /// <summary>Returns the text and the first level-1 heading, if any.</summary>
    public static Extracted Extract(string markdown)
    {
        var document = Markdown.Parse(markdown);
        var paragraphs = new List<string>();
        var headings = new List<string>();
        string? title = null;
        var pending = new Stack<Block>();
        pending.Push(document);
        while (pending.TryPop(out var block))
        {
            switch (block)
            {
                case LinkReferenceDefinitionGroup or ThematicBreakBlock:
                    break;
                case HeadingBlock heading:
                    var headingText = InlineText(heading.Inline);
                    title ??= heading.Level == 1 && headingText.Length > 0 ? headingText : null;
                    paragraphs.Add(headingText);
                    headings.Add(headingText);
                    break;
                case HtmlBlock html:
                    var inner = HtmlTextExtractor.Extract(html.Lines.ToString());
                    paragraphs.Add(inner.Text);
                    headings.AddRange(inner.Headings);
                    break;
                case CodeBlock code:
                    paragraphs.Add(code.Lines.ToString());
                    break;
                case LeafBlock leaf:
                    paragraphs.Add(InlineText(leaf.Inline));
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }

                    break;
            }
        }

        return new Extracted(string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p))), title, headings);
    }

    private static string InlineText(ContainerInline? inlines)
    {
        var sb = new StringBuilder();
        AppendInlines(inlines, sb);
        return sb.ToString().Trim();
    }

    private static void AppendInlines(ContainerInline? inlines, StringBuilder sb)
    {
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline lineBreak:
                    sb.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case ContainerInline container:
                    // Links and images: only the visible text (link text, image alt text), never the URL.
                    AppendInlines(container, sb);
                    break;
            }
        }
    }
}
