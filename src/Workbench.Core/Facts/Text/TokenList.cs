using System.Buffers;

namespace Workbench.Core.Facts.Text;

/// <summary>The tokens of one text over a pooled buffer; dispose to return the buffer.</summary>
internal sealed class TokenList : IDisposable
{
    private Token[]? buffer;

    public TokenList(string text, Token[] buffer, int count)
    {
        Text = text;
        this.buffer = buffer;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    public Token this[int index] => buffer![index];

    public ReadOnlySpan<char> Chars(int index)
    {
        var t = buffer![index];
        return Text.AsSpan(t.Start, t.End - t.Start);
    }

    public bool IsSymbol(int index, char c) =>
        (uint)index < (uint)Count && buffer![index].Kind == TokenKind.Symbol && Text[buffer[index].Start] == c;

    public bool IsDash(int index) =>
        (uint)index < (uint)Count && buffer![index].Kind == TokenKind.Symbol && Text[buffer[index].Start] is '-' or '–' or '—';

    /// <summary>True when token <paramref name="index"/> touches the previous token (no whitespace between).</summary>
    public bool Adjacent(int index) => (uint)index < (uint)Count && !buffer![index].SpaceBefore;

    public bool WordIs(int index, string word) =>
        (uint)index < (uint)Count && buffer![index].Kind == TokenKind.Word && Chars(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<Token>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
