namespace Workbench.Core.Facts.Text;

/// <summary>
/// A cheap first test before looking a word up in a small case-insensitive list: for each length, the ASCII first
/// and last letters of the list's words (a bit per letter). Most words of a text fail it, which costs far less than
/// hashing them. It never says no to a listed word: a word whose first or last letter is not ASCII (it may equal an
/// ASCII one ignoring case) always passes, and so does every word when some listed word does not start and end with
/// an ASCII letter.
/// </summary>
internal sealed class WordFilter
{
    private readonly uint[]? firsts;
    private readonly uint[]? lasts;

    public WordFilter(IEnumerable<string> words)
    {
        var list = words.ToList();
        if (list.Count == 0 || list.Any(w => w.Length == 0 || !char.IsAsciiLetter(w[0]) || !char.IsAsciiLetter(w[^1])))
        {
            return;
        }

        var longest = list.Max(w => w.Length);
        firsts = new uint[longest + 1];
        lasts = new uint[longest + 1];
        foreach (var word in list)
        {
            firsts[word.Length] |= Bit(word[0]);
            lasts[word.Length] |= Bit(word[^1]);
        }
    }

    /// <summary>False only when <paramref name="word"/> is certainly not in the list.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (firsts is null || lasts is null || word.Length == 0 || !char.IsAscii(word[0]) || !char.IsAscii(word[^1]))
        {
            return true;
        }

        return word.Length < firsts.Length && (firsts[word.Length] & Bit(word[0])) != 0 && (lasts[word.Length] & Bit(word[^1])) != 0;
    }

    /// <summary>The bit of an ASCII letter, either case; 0 for other ASCII characters, which no listed word starts or ends with.</summary>
    private static uint Bit(char c)
    {
        var letter = (uint)((c | 0x20) - 'a');
        return letter < 26 ? 1u << (int)letter : 0;
    }
}
