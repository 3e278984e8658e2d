using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Finds quotations “…”, "…", ‘…’ and '…' (an ’ or ' between letters is an apostrophe, not a closing quote).
/// Straight quotes pair up within a paragraph; an unclosed quote is not reported as a quotation.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>Adds a <see cref="FactKind.Quote"/> fact to <paramref name="facts"/> for each quotation, in text order.</summary>
    public static void Scan(string text, List<Fact> facts)
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
                if (c is '“' or '"' || (c == '‘' && (i == 0 || !Lexer.IsLetter(text[i - 1]))) || OpensStraightSingle(text, i))
                {
                    open = i;
                    openChar = c;
                }

                continue;
            }

            var closes = openChar switch
            {
                '“' or '"' => c is '”' or '"',
                '\'' => c == '\'' && (Lexer.IsLetter(text[i - 1]) || text[i - 1] is '.' or ',' or '!' or '?') && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])),
                _ => c == '’' && (i + 1 == text.Length || !Lexer.IsLetter(text[i + 1])),
            };
            if (closes && i > open + 1)
            {
                facts.Add(new Fact(open, i + 1, FactKind.Quote, FactValue.None));
                open = -1;
            }
        }
    }

    /// <summary>
    /// A straight ' opens a quotation only between a space or bracket and a letter ('tidak takut'); inside a word it
    /// is an apostrophe (Jum'at, Ukraine's), after one a plural possessive (troops'), before a digit an elision ('90s).
    /// </summary>
    private static bool OpensStraightSingle(string text, int i) =>
        text[i] == '\'' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–')
        && i + 1 < text.Length && Lexer.IsLetter(text[i + 1]);
}
