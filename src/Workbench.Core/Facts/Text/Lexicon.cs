using System.Collections.Frozen;

namespace Workbench.Core.Facts.Text;

/// <summary>
/// A language's table of meaningful words (number words, months, units…), looked up case-insensitively
/// from a span without allocating. Index 0 means "not a known word".
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<string, ushort> index;
    private readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordInfo[] infos;
    private string[]? monthNames;
    private string[]? dayNames;

    private Lexicon(Dictionary<string, WordInfo> words)
    {
        infos = new WordInfo[words.Count + 1];
        var map = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        ushort next = 1;
        foreach (var (word, info) in words)
        {
            infos[next] = info;
            map[word] = next++;
        }

        index = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Lexicon Indonesian { get; } = Build(IndonesianWords.Define);

    public static Lexicon English { get; } = Build(EnglishWords.Define);

    /// <summary>The longest word of each month, January first ("januari", not "jan").</summary>
    public IReadOnlyList<string> MonthNames => monthNames ??= Enumerable.Range(1, 12)
        .Select(m => index.Keys.Where(w => infos[index[w]].Month == m).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First())
        .ToArray();

    /// <summary>The longest word of each day, Sunday first as <see cref="DayOfWeek"/> counts.</summary>
    public IReadOnlyList<string> DayNames => dayNames ??= Enum.GetValues<DayOfWeek>()
        .Select(d => index.Keys.Where(w => infos[index[w]].Weekday == d).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First())
        .ToArray();

    public ushort Find(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var i) ? i : (ushort)0;

    public WordInfo? this[ushort i] => i == 0 ? null : infos[i];

    private static Lexicon Build(Action<Builder> define)
    {
        var builder = new Builder();
        define(builder);
        return new Lexicon(builder.Words);
    }

    /// <summary>Collects word roles; a word named twice gets both roles.</summary>
    internal sealed class Builder
    {
        public Dictionary<string, WordInfo> Words { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Builder Set(string words, Action<WordInfo> role)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Words.TryGetValue(word, out var info))
                {
                    info = new WordInfo();
                    Words[word] = info;
                }

                role(info);
            }

            return this;
        }

        public Builder Number(string word, decimal value, NumberWord kind = NumberWord.Add) =>
            Set(word, w => { w.Number = kind; w.NumberValue = value; });

        public Builder Vague(string words, decimal magnitude) => Set(words, w => w.Vague = magnitude);

        public Builder Month(string words, int month, bool needsContext = false) =>
            Set(words, w => { w.Month = month; w.MonthNeedsContext = needsContext; });

        public Builder Weekday(string words, DayOfWeek day) => Set(words, w => w.Weekday = day);

        public Builder Qualifier(string words, string qualifier, QualifierDirection direction) =>
            Set(words, w => { w.Qualifier = qualifier; w.Direction = direction; });

        public Builder CurrencyBefore(string words, string code) => Set(words, w => w.CurrencyBefore = code);

        public Builder CurrencyAfter(string words, string code) => Set(words, w => w.CurrencyAfter = code);

        public Builder Unit(string words, string code) => Set(words, w => w.Unit = code);

        public Builder TimeZone(string words, string zone) => Set(words, w => w.TimeZone = zone);

        public Builder Period(string words, DayPeriod period) => Set(words, w => w.Period = period);
    }
}
