using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

internal sealed partial class FactParser
{
    private bool ReadCore(int j, bool money, out Core core)
    {
        core = default;
        if (j >= t.Count)
        {
            return false;
        }

        if (t[j].IsNumber)
        {
            return ReadDigits(j, money, out core);
        }

        var info = Info(j);
        if (info is null || !t[j].IsWord)
        {
            return false;
        }

        if (english && (t.WordIs(j, "a") || t.WordIs(j, "an")))
        {
            // "a hundred", "a million", "a dozen": the article is the one.
            var after = Info(j + 1);
            if (after?.Vague > 0)
            {
                return ReadVague(j, j + 1, out core);
            }

            return after?.Number is NumberWord.Hundred or NumberWord.Scale && ReadWords(j, j + 1, 1, out core);
        }

        if (info.Vague > 0)
        {
            return ReadVague(j, j, out core);
        }

        // "no one" is nobody, not a count of one.
        if (english && (IsPeriodFraction(j) || (t.WordIs(j, "one") && t.WordIs(j - 1, "no"))))
        {
            return false;
        }

        return info.Number is not NumberWord.None && ReadWords(j, j, 0, out core);
    }

    private bool ReadDigits(int j, bool money, out Core core)
    {
        core = default;
        var s = t.Chars(j);
        if (s.ContainsAny(':', '/') || IsIdentifier(j) || !NumberLiteral.TryParse(s, language, out var literal))
        {
            return false;
        }

        var k = j + 1;
        decimal scale = 1;
        while (IsWord(k))
        {
            if (Info(k)?.Number is NumberWord.Scale or NumberWord.Hundred)
            {
                scale *= Info(k)!.NumberValue;
            }
            else if (money && IsMoneyScale(k, out var abbreviated))
            {
                scale *= abbreviated;
            }
            else
            {
                break;
            }

            k++;
        }

        var flags = (literal.Foreign ? FactFlags.ForeignFormat : 0) | (literal.Alternative is not null ? FactFlags.Ambiguous : 0);
        core = new Core
        {
            Start = j,
            Value = literal.Value * scale,
            Alternative = literal.Alternative * scale,
            Flags = flags,
            Scale = scale,
            BareYear = literal.Bare && literal.Length == 4 && scale == 1 && literal.Value is >= 1900 and <= 2100,
            Next = k,
        };
        return true;
    }

    /// <summary>
    /// "quarter" and "half" that name a part of a year or a match rather than a fraction: the third quarter, in the
    /// quarter, quarter-finals, the second half. A fraction of something says "of" (a quarter of the population) or
    /// comes before its noun (half the troops).
    /// </summary>
    private bool IsPeriodFraction(int j)
    {
        if (t.WordIs(j, "quarter") || t.WordIs(j, "quarters"))
        {
            return !t.WordIs(j + 1, "of");
        }

        return t.WordIs(j, "half") && (t.IsDash(j + 1) || t.WordIs(j - 1, "first") || t.WordIs(j - 1, "second"));
    }

    /// <summary>Abbreviated scales only read after a currency: Rp 3,2 T, Rp 500 M, $5m, $3bn.</summary>
    private bool IsMoneyScale(int k, out decimal scale)
    {
        scale = 0;
        if (!IsWord(k))
        {
            return false;
        }

        var s = t.Chars(k);
        scale = english
            ? s switch { "m" or "M" or "mn" => 1_000_000, "b" => 1_000_000_000, "k" => 1_000, _ => 0 }
            : s switch { "M" => 1_000_000_000, "T" => 1_000_000_000_000, _ => 0 };
        return scale > 0;
    }

    /// <summary>Spelled-out numbers: dua puluh lima ribu, seratus, twenty-five, two hundred and fifty, half a million.</summary>
    private bool ReadWords(int start, int j, decimal pending, out Core core)
    {
        core = default;
        decimal total = 0, group = 0, lastScale = 1;
        var k = j;
        var words = 0;
        var weak = false;
        while (k < t.Count)
        {
            if (!t[k].IsWord)
            {
                if (english && words > 0 && t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1) && Info(k + 1)?.Number is NumberWord.Add)
                {
                    k++;
                    continue;
                }

                break;
            }

            var w = Info(k);
            if (w is null || w.Number is NumberWord.None)
            {
                if (english && words > 0 && IsNumberJoiner(k, group, pending))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (words > 0 && w.Weak && w.NumberValue is not (0.5m or 1m))
            {
                break;
            }

            switch (w.Number)
            {
                case NumberWord.Add:
                    // Two units in a row are two numbers ("dua tiga hari"), except twenty-five and satu setengah.
                    var joins = pending == 0 || (pending >= 20 && pending % 10 == 0 && w.NumberValue < 10) || w.NumberValue == 0.5m;
                    if (!joins)
                    {
                        goto done;
                    }

                    pending += w.NumberValue;
                    break;
                case NumberWord.Teen when pending > 0:
                    group += pending + 10;
                    pending = 0;
                    break;
                case NumberWord.Tens when pending > 0:
                    group += pending * 10;
                    pending = 0;
                    break;
                case NumberWord.Hundred:
                    group = (group + pending == 0 ? 1 : group + pending) * 100;
                    pending = 0;
                    break;
                case NumberWord.Scale:
                    total += (group + pending == 0 ? 1 : group + pending) * w.NumberValue;
                    lastScale = w.NumberValue;
                    group = pending = 0;
                    break;
                default:
                    goto done;
            }

            weak = words == 0 && w.Weak;
            words++;
            k++;
        }

    done:
        if (words == 0)
        {
            return false;
        }

        var value = total + group + pending;

        // A count before a denominator is a fraction, a share like "sepertiga": tiga perempat, two-thirds.
        var d = english && t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1) ? k + 1 : k;
        if (total == 0 && group == 0 && pending is >= 1 and < 10 && IsWord(d) && Info(d)?.Denominator is > 0 and var denominator && pending < denominator)
        {
            value = pending / denominator;
            weak = true;
            k = d + 1;
        }

        core = new Core { Start = start, Value = value, Flags = weak ? FactFlags.Weak : 0, Scale = lastScale, Next = k };
        return true;
    }

    /// <summary>"two hundred and fifty", "half a million".</summary>
    private bool IsNumberJoiner(int k, decimal group, decimal pending)
    {
        var after = Info(k + 1)?.Number;
        return (t.WordIs(k, "and") && group > 0 && pending == 0 && after is NumberWord.Add)
            || ((t.WordIs(k, "a") || t.WordIs(k, "an")) && pending == 0.5m && after is NumberWord.Scale);
    }

    /// <summary>ribuan, puluhan ribu, hundreds, tens of thousands, a dozen: orders of magnitude.</summary>
    private bool ReadVague(int start, int j, out Core core)
    {
        var value = Info(j)!.Vague;
        var k = j + 1;
        while (true)
        {
            if (!english && Info(k)?.Number is NumberWord.Scale)
            {
                value *= Info(k)!.NumberValue;
                k++;
            }
            else if (english && t.WordIs(k, "of") && Info(k + 1) is { } of && (of.Vague > 0 || of.Number is NumberWord.Scale))
            {
                value *= of.Vague > 0 ? of.Vague : of.NumberValue;
                k += 2;
            }
            else
            {
                break;
            }
        }

        core = new Core { Start = start, Value = value, Flags = FactFlags.Approximate, Scale = 1, Next = k };
        return true;
    }

    private int ReadSuffix(int k, ref string? currency, ref bool percent, ref string? unit)
    {
        if (t.IsSymbol(k, '%'))
        {
            percent = true;
            return k + 1;
        }

        if (english && t.WordIs(k, "per") && t.WordIs(k + 1, "cent"))
        {
            percent = true;
            return k + 2;
        }

        var w = Info(k);
        if (w is null || !t[k].IsWord)
        {
            return ReadHyphenatedUnit(k, ref unit);
        }

        if (w.Percent)
        {
            percent = true;
            return k + 1;
        }

        var dollarCountry = english ? DollarCountry(k) : null;
        if (dollarCountry is not null && Info(k + 1)?.CurrencyAfter == "$")
        {
            currency = dollarCountry;
            return k + 2;
        }

        if (w.CurrencyAfter is { } after)
        {
            currency = after;
            k++;
            if (after == "$" && !english && DollarCountry(k) is { } country)
            {
                currency = country;
                k += t.WordIs(k, "Amerika") && t.WordIs(k + 1, "Serikat") ? 2 : 1;
            }

            return k;
        }

        if (w.Unit is { } code)
        {
            unit = code;
            return k + 1;
        }

        return k;
    }

    /// <summary>A unit joined by a hyphen, as English writes it before a noun: an 800-meter bridge, a 5-ton truck.</summary>
    private int ReadHyphenatedUnit(int k, ref string? unit)
    {
        if (t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1) && IsWord(k + 1) && Info(k + 1)?.Unit is { } code)
        {
            unit = code;
            return k + 2;
        }

        return k;
    }

    /// <summary>dolar AS, dolar Singapura / US dollars, Australian dollars.</summary>
    private string? DollarCountry(int k) =>
        !IsWord(k) ? null : t.Chars(k).ToString() switch
        {
            "AS" or "Amerika" or "US" or "American" => "USD",
            "Singapura" or "Singapore" => "SGD",
            "Australia" or "Australian" => "AUD",
            "Hongkong" or "Hong" => "HKD",
            "Kanada" or "Canadian" => "CAD",
            _ => null,
        };
}
