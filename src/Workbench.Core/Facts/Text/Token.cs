namespace Workbench.Core.Facts.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    SpaceBefore = 1,
    NewlineBefore = 2,
    Capitalized = 4,
    AllCaps = 8,
}

/// <summary>
/// A word (letters, with inner apostrophes), a numeral (digits with inner . , : / between digits) or one symbol.
/// <see cref="Info"/> indexes the language's word table (0 = not a known word) so lookups happen once per token.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags, ushort Info)
{
    public int Length => End - Start;

    public bool SpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    public bool NewlineBefore => (Flags & TokenFlags.NewlineBefore) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;
}
