using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

internal sealed partial class FactParser
{
    private struct Core
    {
        public int Start;
        public decimal Value;
        public decimal? Alternative;
        public FactFlags Flags;
        public decimal Scale;
        public bool BareYear;
        public int Next;
    }

    /// <summary>[qualifier] [currency] number [scale] [% | currency | unit] [(- | hingga | to) number …].</summary>
    private bool TryQuantity(int i, out int next)
    {
        next = i;
        var j = ReadQualifier(i, out var qualifier, out var between);

        // "sebanyak", "mencapai", "as many as" only introduce the number: they are not part of the fact.
        var from = qualifier is null && !between ? j : i;
        string? currency = null;
        j = ReadCurrencyBefore(j, ref currency);
        if (j != i && currency is null && (TryReadTime(j, out _) || TryReadDate(j, out _)))
        {
            return false;
        }

        if (!ReadCore(j, currency is not null, out var first))
        {
            return false;
        }

        var percent = false;
        string? unit = null;
        var k = ReadSuffix(first.Next, ref currency, ref percent, ref unit);
        if (first.BareYear && currency is null && !percent && unit is null)
        {
            return false;
        }

        var flags = first.Flags;
        var value = first.Value;
        decimal? max = null;
        if (IsRangeSeparator(k, between) && ReadCore(ReadCurrencyBefore(k + 1, ref currency), currency is not null, out var second) && !second.BareYear)
        {
            // "3 hingga 5 juta": the scale written once applies to both ends.
            if (second.Scale > 1 && first.Scale == 1 && first.Value < second.Scale)
            {
                value *= second.Scale;
            }

            k = ReadSuffix(second.Next, ref currency, ref percent, ref unit);
            flags |= second.Flags;
            if (second.Value > value && !IsChange(from, k))
            {
                max = second.Value;
                flags |= FactFlags.Range;
            }
            else
            {
                // "turun dari 5.000 hingga 3.000" is a change, not a range: two values.
                Emit(from, first.Next, value, null, first.Alternative, first.Flags, currency, percent, unit, qualifier);
                Emit(second.Start, k, second.Value, null, second.Alternative, second.Flags, currency, percent, unit, null);
                next = k;
                return true;
            }
        }

        // "dua kali lipat", "three times" and the words that are a factor themselves ("tripled").
        if (Info(k) is { Multiplier: true, Number: NumberWord.None } || (t[first.Start].IsWord && Info(first.Start)?.Multiplier == true))
        {
            flags |= FactFlags.Weak | FactFlags.Multiple;
        }

        Emit(from, k, value, max, first.Alternative, flags, currency, percent, unit, qualifier);
        next = k;
        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeVerbs =
        Profiles.LanguageProfiles.English.WordList("change-verbs").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// English "rose from 3,000 to 5,000" reports a change, two values; without a verb of change before "from"
    /// ("from 3,000 to 5,000 people attended", "3,000 to 5,000", "between … and …") it is a range.
    /// </summary>
    private bool IsChange(int from, int separator) =>
        english && t.WordIs(from - 1, "from") && !t.IsDash(separator)
        && ((IsWord(from - 2) && ChangeVerbs.Contains(t.Chars(from - 2))) || (IsWord(from - 3) && ChangeVerbs.Contains(t.Chars(from - 3))));

    private void Emit(int from, int to, decimal value, decimal? max, decimal? alternative, FactFlags flags, string? currency, bool percent, string? unit, string? qualifier)
    {
        var kind = currency is not null ? FactKind.Money : percent ? FactKind.Percent : FactKind.Quantity;
        var code = currency ?? (percent ? "%" : unit);
        qualifier ??= (flags & FactFlags.Approximate) != 0 ? "vague" : null;
        Add(from, to, kind, FactValue.FromNumber(value, max, alternative), code, qualifier, flags);
    }

    private int ReadQualifier(int i, out string? qualifier, out bool between)
    {
        qualifier = null;
        between = false;
        var info = Info(i);
        if (info is null)
        {
            return i;
        }

        if (info.Qualifier is not null)
        {
            qualifier = info.Qualifier;
            return i + 1;
        }

        if (!info.QualifierStart)
        {
            return i;
        }

        foreach (var phrase in language.QualifierPhrases)
        {
            var words = phrase.Words;
            var n = 0;
            while (n < words.Length && i + n < t.Count && t.Chars(i + n).Equals(words[n], StringComparison.OrdinalIgnoreCase))
            {
                n++;
            }

            if (n == words.Length)
            {
                qualifier = phrase.Qualifier;
                between = phrase.Between;
                return i + n;
            }
        }

        return i;
    }

    private int ReadCurrencyBefore(int j, ref string? currency)
    {
        if (j >= t.Count)
        {
            return j;
        }

        if (t[j].Kind == TokenKind.Symbol)
        {
            var code = t.Text[t[j].Start] switch { '$' => "$", '€' => "EUR", '£' => "GBP", '¥' => "JPY", _ => null };
            if (code is not null && IsNumber(j + 1))
            {
                currency = code;
                return j + 1;
            }

            return j;
        }

        if (!IsWord(j))
        {
            return j;
        }

        if (t.IsSymbol(j + 1, '$') && t.Adjacent(j + 1))
        {
            var code = t.Chars(j).ToString().ToUpperInvariant() switch
            {
                "US" => "USD", "S" => "SGD", "A" => "AUD", "AU" => "AUD", "HK" => "HKD", "C" => "CAD", "NZ" => "NZD", _ => null,
            };
            if (code is not null)
            {
                currency = code;
                return j + 2;
            }
        }

        if (Info(j)?.CurrencyBefore is { } before)
        {
            currency = before;
            return t.IsSymbol(j + 1, '.') ? j + 2 : j + 1;
        }

        return j;
    }

    private bool IsRangeSeparator(int k, bool between) =>
        t.IsDash(k) || Info(k)?.RangeWord == true || (between && (t.WordIs(k, "dan") || t.WordIs(k, "and")));
}
