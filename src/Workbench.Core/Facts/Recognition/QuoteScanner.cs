using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Finds quotations “…”, "…" and ‘…’ (an ’ between letters is an apostrophe, not a closing quote).
/// Straight quotes pair up within a paragraph; an unclosed quote is not reported as a quotation.
/// </summary>
internal static class QuoteScanner
{
    public static void Scan(string text, List<TextSpan> quotes)
    {
        var open = -1;
        var openChar = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                open = -1;
                continue;
            }

            if (open < 0)
            {
                if (c is '“' or '"' || (c == '‘' && (i == 0 || !Lexer.IsLetter(text[i - 1]))))
                {
                    open = i;
                    openChar = c;
                }

                continue;
            }

            var closes = openChar switch
            {
                '“' or '"' => c is '”' or '"',
                _ => c == '’' && (i + 1 == text.Length || !Lexer.IsLetter(text[i + 1])),
            };
            if (closes && i > open + 1)
            {
                quotes.Add(new TextSpan(open, i + 1));
                open = -1;
            }
        }
    }
}
