using System.Collections.Frozen;
using System.Globalization;
using Workbench.Core.Data;
using Workbench.Core.Facts.Recognition;

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

    /// <summary>The longest word of each month, January first ("januari", not "jan").</summary>
    public IReadOnlyList<string> MonthNames => monthNames ??= Enumerable.Range(1, 12)
        .Select(m => index.Keys.Where(w => infos[index[w]].Month == m).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First())
        .ToArray();

    /// <summary>The longest word of each day, Sunday first as <see cref="DayOfWeek"/> counts.</summary>
    public IReadOnlyList<string> DayNames => dayNames ??= Enum.GetValues<DayOfWeek>()
        .Select(d => index.Keys.Where(w => infos[index[w]].Weekday == d).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First())
        .ToArray();

    /// <summary>Every word of the lexicon.</summary>
    public IEnumerable<string> Words => index.Keys;

    public ushort Find(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var i) ? i : (ushort)0;

    public WordInfo? this[ushort i] => i == 0 ? null : infos[i];

    /// <summary>
    /// The lexicon of a language from its data file Data/&lt;code&gt;/lexicon.tsv (word, role, value; one line per word and
    /// role, applied in file order), with the first words of its qualifier phrases marked as qualifier starts.
    /// </summary>
    public static Lexicon Load(string code, QualifierPhrases.Phrase[] phrases)
    {
        var table = DataFiles.Load($"{code}/lexicon.tsv");
        var builder = new Builder();
        int word = table.Column("word"), role = table.Column("role"), value = table.Column("value");
        foreach (var row in table.Rows)
        {
            Apply(builder, row[word], row[role], row[value], table.Name);
        }

        QualifierPhrases.MarkStarts(builder, phrases);
        return new Lexicon(builder.Words);
    }

    private static void Apply(Builder b, string word, string role, string value, string file)
    {
        switch (role)
        {
            case "number": b.Number(word, Decimal(value, file)); break;
            case "number-teen": b.Number(word, Decimal(value, file), NumberWord.Teen); break;
            case "number-tens": b.Number(word, Decimal(value, file), NumberWord.Tens); break;
            case "number-hundred": b.Number(word, Decimal(value, file), NumberWord.Hundred); break;
            case "number-scale": b.Number(word, Decimal(value, file), NumberWord.Scale); break;
            case "vague": b.Vague(word, Decimal(value, file)); break;
            case "month": b.Month(word, (int)Decimal(value, file)); break;
            case "month-in-context": b.Month(word, (int)Decimal(value, file), needsContext: true); break;
            case "weekday": b.Weekday(word, Enum.Parse<DayOfWeek>(value, ignoreCase: true)); break;
            case "qualifier-approximate": b.Qualifier(word, value, QualifierDirection.Approximate); break;
            case "qualifier-below": b.Qualifier(word, value, QualifierDirection.Below); break;
            case "qualifier-above": b.Qualifier(word, value, QualifierDirection.Above); break;
            case "currency-before": b.CurrencyBefore(word, value); break;
            case "currency-after": b.CurrencyAfter(word, value); break;
            case "unit": b.Unit(word, value); break;
            case "time-zone": b.TimeZone(word, value); break;
            case "period": b.Period(word, Enum.Parse<DayPeriod>(value, ignoreCase: true)); break;
            case "denominator": b.Set(word, w => w.Denominator = Decimal(value, file)); break;
            case "weak": b.Set(word, w => w.Weak = true); break;
            case "range-word": b.Set(word, w => w.RangeWord = true); break;
            case "percent": b.Set(word, w => w.Percent = true); break;
            case "time-marker": b.Set(word, w => w.TimeMarker = true); break;
            case "named-time": b.Set(word, w => w.NamedTime = true); break;
            case "multiplier": b.Set(word, w => w.Multiplier = true); break;
            case "year-marker": b.Set(word, w => w.YearMarker = true); break;
            case "ordinal-suffix": b.Set(word, w => w.OrdinalSuffix = true); break;
            case "qualifier-start": b.Set(word, w => w.QualifierStart = true); break;
            default: throw new InvalidDataException($"{file}: unknown role '{role}' for '{word}' (see the roles listed at the top of the file).");
        }
    }

    /// <summary>A number cell: a decimal written with a dot (0.25), or a fraction (1/3) for values a decimal cannot write.</summary>
    internal static decimal Decimal(string value, string file)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            ? decimal.Parse(value.AsSpan(0, slash), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) / decimal.Parse(value.AsSpan(slash + 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d
            : throw new InvalidDataException($"{file}: '{value}' is not a number (write 0.5 or 1/3).");
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
