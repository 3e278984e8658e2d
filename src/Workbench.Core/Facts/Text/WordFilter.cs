namespace Workbench.Core.Facts.Text;

/// <summary>
/// A cheap first test before looking a word up in a small case-insensitive list: the lengths and ASCII initials of
/// the list's words, one bit per initial for each length. Most words of a text fail it, which costs far less than
/// hashing them. It never says no to a listed word: a word with a non-ASCII initial (which may equal an ASCII one
/// ignoring case) always passes, and so does every word when some listed word does not start with an ASCII letter.
/// </summary>
internal sealed class WordFilter
{
    private readonly uint[]? initialsByLength;

    public WordFilter(IEnumerable<string> words)
    {
        var list = words.ToList();
        if (list.Count == 0 || list.Any(w => w.Length == 0 || !char.IsAsciiLetter(w[0])))
        {
            return;
        }

        initialsByLength = new uint[list.Max(w => w.Length) + 1];
        foreach (var word in list)
        {
            initialsByLength[word.Length] |= 1u << ((word[0] | 0x20) - 'a');
        }
    }

    /// <summary>False only when <paramref name="word"/> is certainly not in the list.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (initialsByLength is null || word.Length == 0 || !char.IsAscii(word[0]))
        {
            return true;
        }

        var letter = (word[0] | 0x20) - 'a';
        return word.Length < initialsByLength.Length && (uint)letter < 26 && (initialsByLength[word.Length] & (1u << letter)) != 0;
    }
}
