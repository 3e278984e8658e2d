using Workbench.Core.Facts.Profiles;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Reads one numeral token ("10.000", "2,5", "1,234.5") in the convention of the text's language.
/// Indonesian groups thousands with '.' and uses ',' for decimals; English the reverse (the separators come from the
/// <see cref="LanguageProfile"/>). A numeral that only parses in the other convention is returned with
/// <see cref="Parsed.Foreign"/> set, so "10.000" inside English is read as ten thousand (what the writer meant) and
/// reported as wrongly formatted.
/// </summary>
internal static class NumberLiteral
{
    internal readonly record struct Parsed(decimal Value, decimal? Alternative, bool Foreign, bool Bare, int Length);

    public static bool TryParse(ReadOnlySpan<char> s, LanguageProfile language, out Parsed result)
    {
        result = default;
        int dots = 0, commas = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (!char.IsAsciiDigit(c) || s.Length > 24)
            {
                return false;
            }
        }

        if (dots + commas == 0)
        {
            result = new Parsed(Digits(s), null, false, true, s.Length);
            return true;
        }

        var (group, dec) = (language.GroupSeparator, language.DecimalSeparator);

        // "10.000" in English text is an Indonesian thousands group, never "10.0": nobody writes three decimal zeros in news.
        if (group == ',' && commas == 0 && IsGrouped(s, '.'))
        {
            result = new Parsed(Digits(s), dots == 1 ? Native(s, ',', '.') : null, true, false, s.Length);
            return true;
        }

        if (TryNative(s, group, dec, out var value))
        {
            // "10,000" in Indonesian text is ten by the rules, but most likely an English-formatted ten thousand.
            decimal? alt = group == '.' && dots == 0 && IsGrouped(s, ',') ? Digits(s) : null;
            result = new Parsed(value, alt, false, false, s.Length);
            return true;
        }

        if (TryNative(s, dec, group, out value))
        {
            result = new Parsed(value, null, true, false, s.Length);
            return true;
        }

        return false;
    }

    /// <summary>True for 1-3 digits followed by one or more groups of exactly three digits, all split by <paramref name="sep"/>.</summary>
    internal static bool IsGrouped(ReadOnlySpan<char> s, char sep)
    {
        var first = s.IndexOf(sep);
        if (first is < 1 or > 3)
        {
            return false;
        }

        var run = 0;
        for (var i = first + 1; i < s.Length; i++)
        {
            if (s[i] == sep)
            {
                if (run != 3)
                {
                    return false;
                }

                run = 0;
            }
            else if (char.IsAsciiDigit(s[i]))
            {
                run++;
            }
            else
            {
                return false;
            }
        }

        return run == 3;
    }

    private static bool TryNative(ReadOnlySpan<char> s, char group, char dec, out decimal value)
    {
        value = 0;
        var decAt = s.IndexOf(dec);
        if (decAt >= 0 && (s[(decAt + 1)..].IndexOfAny(group, dec) >= 0 || decAt == s.Length - 1))
        {
            return false;
        }

        var integer = decAt >= 0 ? s[..decAt] : s;
        if (integer.Length == 0 || (integer.Contains(group) && !IsGrouped(integer, group)))
        {
            return false;
        }

        value = Native(s, group, dec);
        return true;
    }

    private static decimal Native(ReadOnlySpan<char> s, char group, char dec)
    {
        decimal value = 0;
        var scale = -1;
        foreach (var c in s)
        {
            if (c == dec)
            {
                scale = 0;
            }
            else if (c != group)
            {
                value = (value * 10) + (c - '0');
                if (scale >= 0)
                {
                    scale++;
                }
            }
        }

        for (var i = 0; i < scale; i++)
        {
            value /= 10;
        }

        return value;
    }

    private static decimal Digits(ReadOnlySpan<char> s)
    {
        decimal value = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
            }
        }

        return value;
    }
}
