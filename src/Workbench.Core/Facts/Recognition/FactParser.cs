using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Reads quantities, money, percentages, dates and times from a token list, left to right, each token at most once.
/// Times and dates are tried before quantities so "29 Oktober", "14.32 WIB" and "tahun 1998" never become counts,
/// and identifiers (F-16, COVID-19, G20) and ordinals (ke-3, 3rd) are skipped rather than compared as numbers.
/// </summary>
internal sealed partial class FactParser
{
    private readonly TokenList t;
    private readonly Lexicon lex;
    private readonly LanguageProfile language;

    // The English word-order rules (a.m., month-first dates, "a hundred") are tested at nearly every token: a field.
    private readonly bool english;
    private readonly List<Fact> facts;

    public FactParser(TokenList tokens, LanguageProfile language, List<Fact> facts)
    {
        t = tokens;
        this.language = language;
        lex = language.Lexicon;
        english = language.English;
        this.facts = facts;
    }

    public void Run()
    {
        var i = 0;
        while (i < t.Count)
        {
            var token = t[i];
            if (token.Kind == TokenKind.Word && token.Info == 0 && !t.IsSymbol(i + 1, '$'))
            {
                i++;
                continue;
            }

            if (TryReference(i, out var next) || TryTime(i, out next) || TryDate(i, out next) || SkipNonCount(i, out next) || TryQuantity(i, out next))
            {
                i = next;
                continue;
            }

            i++;
        }
    }

    private WordInfo? Info(int i) => (uint)i < (uint)t.Count ? lex[t[i].Info] : null;

    private bool IsNumber(int i) => (uint)i < (uint)t.Count && t[i].IsNumber;

    private bool IsWord(int i) => (uint)i < (uint)t.Count && t[i].IsWord;

    /// <summary>A plain integer token (no separators) and its value, for days, hours and years.</summary>
    private bool Integer(int i, int maxDigits, out int value)
    {
        value = 0;
        if (!IsNumber(i))
        {
            return false;
        }

        var s = t.Chars(i);
        if (s.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private void Add(int firstToken, int nextToken, FactKind kind, FactValue value, string? unit = null, string? qualifier = null, FactFlags flags = FactFlags.None) =>
        facts.Add(new Fact(t[firstToken].Start, t[nextToken - 1].End, kind, value, unit, qualifier, null, flags));

    /// <summary>Ordinals (ke-3, 3rd) and identifiers (F-16, COVID-19, G20, 5G) are consumed without a fact.</summary>
    private bool SkipNonCount(int i, out int next)
    {
        next = i + 1;
        if (english && IsCompoundOrdinal(i))
        {
            next = i + 3;
            return true;
        }

        if (!t[i].IsNumber)
        {
            return false;
        }

        if (!english && t.IsDash(i - 1) && t.Adjacent(i) && t.Adjacent(i - 1) && t.WordIs(i - 2, "ke"))
        {
            return true;
        }

        if (t.Adjacent(i + 1) && Info(i + 1)?.OrdinalSuffix == true)
        {
            next = i + 2;
            return true;
        }

        // The second year of a season or fiscal year: 2024-25.
        if (t.IsDash(i - 1) && t.Adjacent(i) && t.Adjacent(i - 1) && t.Chars(i).Length == 2 && Integer(i, 2, out var end)
            && i >= 2 && t.Chars(i - 2).Length == 4 && Integer(i - 2, 4, out var start) && (start + 1) % 100 == end)
        {
            return true;
        }

        return IsIdentifier(i);
    }

    /// <summary>twenty-first, thirty-third: a rank written in words, not the count twenty.</summary>
    private bool IsCompoundOrdinal(int i) =>
        t[i].IsWord && Info(i) is { Number: NumberWord.Add, NumberValue: >= 20 and < 100 } && t.IsDash(i + 1) && t.Adjacent(i + 1) && t.Adjacent(i + 2)
        && IsWord(i + 2) && IsUnitOrdinal(i + 2);

    private bool IsUnitOrdinal(int k) => IsWord(k) && Qa.EnglishOrdinals.Value(t.Chars(k)) is >= 1 and <= 9;

    private bool IsIdentifier(int i)
    {
        if (t.Adjacent(i) && i > 0)
        {
            var before = t[i - 1];
            if (before.IsWord && Info(i - 1)?.CurrencyBefore is null)
            {
                return true;
            }

            // A compound adjective of a measure keeps its value (a magnitude-5.6 quake); identifiers have
            // capitals and whole numbers (F-16, JT-610, COVID-19).
            if (t.IsDash(i - 1) && t.Adjacent(i - 1) && IsWord(i - 2) && !t.WordIs(i - 2, "ke")
                && (t[i - 2].IsCapitalized || !t.Chars(i).ContainsAny('.', ',')))
            {
                return true;
            }
        }

        if (t.Adjacent(i + 1) && IsWord(i + 1))
        {
            var after = Info(i + 1);
            var known = after is not null && (after.Unit is not null || after.Number is NumberWord.Scale || after.Percent
                || after.Period is not DayPeriod.None || after.OrdinalSuffix || after.CurrencyAfter is not null);
            return !known && !t.WordIs(i + 1, "s") && !IsMoneyScale(i + 1, out _);
        }

        return false;
    }
}
