using System.Buffers;
using System.Globalization;

namespace Workbench.Core.Facts.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s in one pass without allocating per token: the buffer is rented and
/// returned by <see cref="TokenList"/>. Hyphens are their own tokens so "ke-3", "dua puluh-an" and "twenty-five"
/// are recombined by the parsers, which see adjacency through <see cref="Token.SpaceBefore"/>.
/// </summary>
internal static class Lexer
{
    public static TokenList Tokenize(string text, Lexicon lexicon)
    {
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        var count = 0;
        var flags = TokenFlags.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                flags |= c is '\n' or '\r' ? TokenFlags.SpaceBefore | TokenFlags.NewlineBefore : TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            var start = i;
            Token token;
            if (IsLetter(c))
            {
                i = ScanWord(text, i);
                token = new Token(start, i, TokenKind.Word, flags | CaseFlags(text, start, i), lexicon.Find(text.AsSpan(start, i - start)));
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i);
                token = new Token(start, i, TokenKind.Number, flags, 0);
            }
            else
            {
                i++;
                token = new Token(start, i, TokenKind.Symbol, flags, 0);
            }

            if (count == buffer.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(buffer);
                buffer = bigger;
            }

            buffer[count++] = token;
            flags = TokenFlags.None;
        }

        return new TokenList(text, buffer, count);
    }

    internal static bool IsLetter(char c) =>
        char.IsAsciiLetter(c) || (c > 127 && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));

    internal static int ScanWord(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLetter(c))
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < text.Length && IsLetter(text[i + 1]))
            {
                // Inner apostrophes belong to the word: Jum'at, don't, Ukraine's, O'Brien.
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' or '/' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static TokenFlags CaseFlags(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
        {
            return TokenFlags.None;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return TokenFlags.Capitalized;
            }
        }

        // A single capital (the "A" of "A.S." or an initial) is capitalized but not an acronym.
        return end - start > 1 ? TokenFlags.Capitalized | TokenFlags.AllCaps : TokenFlags.Capitalized;
    }
}
