using System.Collections.Frozen;

namespace Workbench.Core.Import;

/// <summary>
/// Linear pre-scan that rejects absurdly deep element nesting before AngleSharp parses a page:
/// the HTML tree-building algorithm scans the stack of open elements for every block element, so a
/// crafted upload of a few megabytes of nested &lt;div&gt;s would take hours to parse. Real news pages
/// nest a few dozen levels; pages within <see cref="MaxDepth"/> parse in linear time.
/// </summary>
internal static class HtmlNestingGuard
{
    public const int MaxDepth = 1000;

    // Void elements and elements whose end tag may be omitted never accumulate on the parser's stack.
    private static readonly FrozenSet<string> NonNesting = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "rb", "rt", "rtc", "rp", "html", "head", "body");

    // Their content is text up to the matching end tag, whatever it looks like.
    private static readonly FrozenSet<string> RawText = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    /// <summary>True when elements are nested deeper than <see cref="MaxDepth"/>.</summary>
    public static bool IsTooDeep(string html)
    {
        var open = new Stack<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var commentEnd = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = commentEnd < 0 ? html.Length : commentEnd + 3;
                continue;
            }

            var isEndTag = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (isEndTag ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            i = tagEnd + 1;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (isEndTag)
            {
                // Like the parser: an end tag closes the innermost open element of that name, or nothing.
                while (openCounts.GetValueOrDefault(name) > 0)
                {
                    var closed = open.Pop();
                    openCounts[closed]--;
                    if (closed == name)
                    {
                        break;
                    }
                }
            }
            else if (RawText.Contains(name))
            {
                var rawEnd = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = rawEnd < 0 ? html.Length : rawEnd;
            }
            else if (html[tagEnd - 1] != '/' && !NonNesting.Contains(name))
            {
                open.Push(name);
                openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
                if (open.Count > MaxDepth)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
