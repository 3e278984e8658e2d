using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Compares the numbers of source and translation by value: 10.000 = 10,000 = ten thousand, 1,2 juta = 1.2 million.
/// Exact values pair first, orders of magnitude (ribuan, thousands) match their range, and what is left over is
/// reported as changed (one left on each side), missing or added. Words that often are not counts (satu in
/// "salah satu", "both", "twice") may match but are never reported alone; numbers in a bracket of the translation
/// (a conversion such as "(62 miles)") are never reported as added.
/// </summary>
internal static class NumberCheck
{
    private sealed record Item(decimal Value, decimal? Alternative, TextSpan Span, FactFlags Flags, string? Unit, QualifierDirection Direction, bool Bracketed)
    {
        public bool Vague => (Flags & FactFlags.Approximate) != 0;

        public bool Weak => (Flags & FactFlags.Weak) != 0;

        public bool Strong => !Vague && !Weak;

        public bool Matched { get; set; }

        public Item? Partner { get; set; }
    }

    public static void Run(string source, string target, List<Fact> sourceFacts, List<Fact> targetFacts, LanguageProfile sourceLanguage, LanguageProfile targetLanguage, List<QaFinding> findings)
    {
        var s = Items(source, sourceFacts);
        var t = Items(target, targetFacts);

        // A number word that is a name (Lima, Peru) is kept as written in the translation: it is not a count.
        s.RemoveAll(i => KeptAsName(source, target, i.Span));
        Pair(s, t, static (a, b) => a.Strong && b.Strong && Equal(a, b));
        Pair(s, t, static (a, b) => !a.Vague && !b.Vague && Equal(a, b));
        PairCompoundDurations(source, s, t);
        Pair(s, t, static (a, b) => SameShare(a, b) || SameShare(b, a));
        Pair(s, t, static (a, b) => (a.Vague || b.Vague) && Magnitude(a, b));
        if (target.Contains("and a half", StringComparison.OrdinalIgnoreCase))
        {
            // "2,5 jam" → "two and a half hours": the whole part stands for the number.
            Pair(s, t, static (a, b) => a.Value > 2 && a.Value - decimal.Truncate(a.Value) == 0.5m && b.Value == decimal.Truncate(a.Value));
        }

        foreach (var item in t.Where(i => (i.Flags & FactFlags.ForeignFormat) != 0))
        {
            var how = ForeignConvention(targetLanguage);
            var should = targetLanguage.NumberExample;
            findings.Add(new QaFinding(QaCodes.NumberFormat, QaKind.Number, QaSeverity.Error, item.Partner?.Span, item.Span,
                $"{ValueText.Quote(target, item.Span)} is written the {how} way ({ValueText.Number(item.Value)} is meant); write numbers as {should}."));
        }

        foreach (var a in s.Where(i => i.Partner is not null))
        {
            CompareAttributes(source, target, a, a.Partner!, findings);
        }

        CompareRanks(source, target, s, t, sourceLanguage, targetLanguage, findings);
        Leftovers(source, target, s, t, findings);
    }

    /// <summary>The language whose separators are the text's swapped, which a foreign-formatted number follows: "Indonesian" for English.</summary>
    private static string ForeignConvention(LanguageProfile language)
    {
        foreach (var other in LanguageProfiles.All)
        {
            if (other.DecimalSeparator == language.GroupSeparator && other.GroupSeparator == language.DecimalSeparator)
            {
                return other.Name;
            }
        }

        return "other";
    }

    /// <summary>
    /// Ranks pair by value; a source rank rendered as a plain number ("pekan ke-15" → "week 15", "kedua tersangka" →
    /// "the two suspects") accounts for that number. A rank left over on each side, neither standing for a number of
    /// the other text, is a changed rank: "peringkat ke-127" → "ranked 172nd". A rank left over on one side only is
    /// not reported: translations say "top" for "peringkat pertama" and "both" for "kedua".
    /// </summary>
    private static void CompareRanks(string source, string target, List<Item> s, List<Item> t, LanguageProfile sourceLanguage, LanguageProfile targetLanguage, List<QaFinding> findings)
    {
        var sourceRanks = Ranks.Find(source, sourceLanguage);
        var targetRanks = Ranks.Find(target, targetLanguage);
        if (sourceRanks.Count == 0 && targetRanks.Count == 0)
        {
            return;
        }

        // The day of a Hijri date is read as a count by the recognizers; the rank stands for it.
        Within(s, sourceRanks);
        Within(t, targetRanks);

        for (var k = sourceRanks.Count - 1; k >= 0; k--)
        {
            var j = targetRanks.FindIndex(r => r.Value == sourceRanks[k].Value);
            if (j >= 0)
            {
                targetRanks.RemoveAt(j);
                sourceRanks.RemoveAt(k);
            }
        }

        foreach (var b in t.Where(i => !i.Matched && !i.Vague))
        {
            var k = sourceRanks.FindIndex(r => r.Value == b.Value);
            if (k >= 0)
            {
                b.Matched = true;
                sourceRanks.RemoveAt(k);
            }
        }

        sourceRanks.RemoveAll(r => t.Exists(i => i.Value == r.Value) || HasInteger(target, r.Value));
        targetRanks.RemoveAll(r => s.Exists(i => i.Value == r.Value) || HasInteger(source, r.Value));
        for (var k = 0; k < Math.Min(sourceRanks.Count, targetRanks.Count); k++)
        {
            var (a, b) = (sourceRanks[k], targetRanks[k]);
            findings.Add(new QaFinding(QaCodes.NumberChanged, QaKind.Number, QaSeverity.Error, a.Span, b.Span,
                $"Number changed: {ValueText.Quote(source, a.Span)} is {a.Value} but the translation has {ValueText.Quote(target, b.Span)} ({b.Value})."));
        }
    }

    private static void Within(List<Item> items, List<Ranks.Rank> ranks)
    {
        foreach (var i in items)
        {
            i.Matched |= ranks.Exists(r => r.Span.Start <= i.Span.Start && i.Span.End <= r.Span.End);
        }
    }

    /// <summary>The integer written in digits on its own anywhere in the text (a day of a date, a score), not inside a longer number.</summary>
    private static bool HasInteger(string text, int value)
    {
        Span<char> digits = stackalloc char[8];
        value.TryFormat(digits, out var n, provider: System.Globalization.CultureInfo.InvariantCulture);
        var number = digits[..n];
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOf(number);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + n;
            var before = start == 0 || (!char.IsAsciiDigit(text[start - 1]) && !(text[start - 1] is '.' or ',' && start >= 2 && char.IsAsciiDigit(text[start - 2])));
            var after = end == text.Length || (!char.IsAsciiDigit(text[end]) && !(text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
            if (before && after)
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    private static List<Item> Items(string text, List<Fact> facts)
    {
        var items = new List<Item>();
        foreach (var f in facts)
        {
            if (f.Kind is not (FactKind.Quantity or FactKind.Money or FactKind.Percent))
            {
                continue;
            }

            var direction = f.Qualifier switch
            {
                "more than" or "at least" => QualifierDirection.Above,
                "less than" or "almost" or "up to" => QualifierDirection.Below,
                _ => QualifierDirection.None,
            };
            var bracketed = InBrackets(text, f.Span);
            items.Add(new Item(f.Value.Number, f.Value.Alternative, f.Span, f.Flags, f.Unit, direction, bracketed));
            if (f.Value.Max is { } max)
            {
                items.Add(new Item(max, null, f.Span, f.Flags, f.Unit, QualifierDirection.None, bracketed));
            }
        }

        return items;
    }

    private static void Pair(List<Item> s, List<Item> t, Func<Item, Item, bool> matches)
    {
        foreach (var a in s)
        {
            if (a.Matched)
            {
                continue;
            }

            foreach (var b in t)
            {
                if (!b.Matched && matches(a, b))
                {
                    a.Matched = b.Matched = true;
                    a.Partner = b;
                    b.Partner = a;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A duration in two units written as one decimal: "4 tahun 6 bulan" → "4.5 years", "1 jam 30 menit" → "1.5 hours".
    /// Court reports give sentences in years and months; English news writes the decimal.
    /// </summary>
    private static void PairCompoundDurations(string source, List<Item> s, List<Item> t)
    {
        for (var k = 0; k + 1 < s.Count; k++)
        {
            var (whole, part) = (s[k], s[k + 1]);
            if (whole.Matched || part.Matched || part.Span.Start <= whole.Span.End)
            {
                continue;
            }

            var between = source.AsSpan(whole.Span.End, part.Span.Start - whole.Span.End).Trim();
            var after = source.AsSpan(part.Span.End).TrimStart();
            var perWhole = between.Equals("tahun", StringComparison.OrdinalIgnoreCase) && StartsWithWord(after, "bulan") ? 12m
                : between.Equals("jam", StringComparison.OrdinalIgnoreCase) && StartsWithWord(after, "menit") ? 60m
                : 0m;
            if (perWhole == 0 || part.Value >= perWhole)
            {
                continue;
            }

            var value = whole.Value + (part.Value / perWhole);
            var b = t.Find(i => !i.Matched && !i.Vague && Math.Abs(i.Value - value) < 0.01m);
            if (b is not null)
            {
                whole.Matched = part.Matched = b.Matched = true;
                whole.Partner = b;
                b.Partner = whole;
            }
        }
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    /// <summary>A percentage rendered as the fraction it equals: 50 persen → "half", 25 persen → "a quarter".</summary>
    private static bool SameShare(Item percent, Item fraction) =>
        percent.Unit == "%" && !percent.Vague && fraction.Weak && fraction.Unit is null && fraction.Value is > 0 and < 1
        && percent.Value == fraction.Value * 100;

    /// <summary>
    /// The source span is capitalised words only and stands in the translation as written, word for word and in
    /// the same case: a name that happens to spell a number (Lima, the capital of Peru), not a count to convert.
    /// When the source has the word more often than the translation ("Lima orang tewas di Lima"), the last ones
    /// are taken for the name, since a count opens the sentence or precedes its noun.
    /// </summary>
    private static bool KeptAsName(string source, string target, TextSpan span)
    {
        var text = source.AsSpan(span.Start, span.Length);
        if (text.Length < 2 || !char.IsUpper(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c != ' ')
            {
                return false;
            }
        }

        var kept = Occurrences(target, text, 0);
        return kept > 0 && Occurrences(source, text, span.Start) <= kept;
    }

    /// <summary>Whole-word, case-sensitive occurrences of <paramref name="word"/> from <paramref name="from"/> on.</summary>
    private static int Occurrences(string text, ReadOnlySpan<char> word, int from)
    {
        var n = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var start = from + at;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                n++;
            }

            from = start + 1;
        }

        return n;
    }

    private static bool Equal(Item a, Item b) =>
        a.Value == b.Value || (a.Alternative is { } x && x == b.Value) || (b.Alternative is { } y && y == a.Value);

    /// <summary>ribuan matches thousands, and any count from 1,000 to 9,999; belasan matches "a dozen".</summary>
    private static bool Magnitude(Item a, Item b)
    {
        if (a.Vague && b.Vague)
        {
            return a.Value == b.Value;
        }

        var (vague, exact) = a.Vague ? (a, b) : (b, a);
        return exact.Value >= vague.Value && exact.Value < vague.Value * 10;
    }

    private static void CompareAttributes(string source, string target, Item a, Item b, List<QaFinding> findings)
    {
        var sourceText = ValueText.Quote(source, a.Span);
        var targetText = ValueText.Quote(target, b.Span);
        if (IsCurrency(a.Unit) && IsCurrency(b.Unit) && !SameCurrency(a.Unit!, b.Unit!))
        {
            findings.Add(new QaFinding(QaCodes.NumberCurrency, QaKind.Number, QaSeverity.Error, a.Span, b.Span,
                $"Currency changed: {sourceText} is {Currency(a.Unit!)} but {targetText} is {Currency(b.Unit!)}."));
        }
        else if (a.Unit is not null && b.Unit is not null && !IsCurrency(a.Unit) && !IsCurrency(b.Unit) && a.Unit != b.Unit)
        {
            findings.Add(new QaFinding(QaCodes.NumberUnit, QaKind.Number, QaSeverity.Error, a.Span, b.Span,
                $"Unit changed: {sourceText} is in {a.Unit} but {targetText} is in {b.Unit}."));
        }

        if (a.Direction is not QualifierDirection.None && b.Direction is not QualifierDirection.None && a.Direction != b.Direction)
        {
            findings.Add(new QaFinding(QaCodes.NumberQualifier, QaKind.Number, QaSeverity.Warning, a.Span, b.Span,
                $"Qualifier reversed: {sourceText} is {Bound(a.Direction)} the number but {targetText} is {Bound(b.Direction)} it."));
        }
    }

    private static void Leftovers(string source, string target, List<Item> s, List<Item> t, List<QaFinding> findings)
    {
        var lostSource = s.Where(i => !i.Matched && !i.Vague && !OrdinalIn(target, i.Value) && !OrdinalWordIn(target, i.Value)
            && !AndAHalf(target, i.Value) && !ShareOfHour(source, target, i)).ToList();
        var extraTarget = t.Where(i => !i.Matched && i.Strong && !i.Bracketed).ToList();
        var lostVague = s.Where(i => !i.Matched && i.Vague).ToList();
        var extraVague = t.Where(i => !i.Matched && i.Vague).ToList();
        var strongLost = lostSource.Where(i => i.Strong).Concat(lostSource.Where(i => i.Weak)).ToList();

        var paired = 0;
        for (; paired < Math.Min(strongLost.Count, extraTarget.Count); paired++)
        {
            Changed(source, target, strongLost[paired], extraTarget[paired], findings);
        }

        foreach (var a in strongLost.Skip(paired).Where(i => i.Strong))
        {
            findings.Add(new QaFinding(QaCodes.NumberMissing, QaKind.Number, QaSeverity.Error, a.Span, null,
                $"Number {ValueText.Quote(source, a.Span)} ({ValueText.Number(a.Value)}) is missing from the translation."));
        }

        foreach (var b in extraTarget.Skip(paired))
        {
            findings.Add(new QaFinding(QaCodes.NumberAdded, QaKind.Number, QaSeverity.Warning, null, b.Span,
                $"The translation has {ValueText.Quote(target, b.Span)} ({ValueText.Number(b.Value)}), which is not in the source."));
        }

        for (var k = 0; k < Math.Min(lostVague.Count, extraVague.Count); k++)
        {
            Changed(source, target, lostVague[k], extraVague[k], findings);
        }

        // Fractions are weak (setengah hari, "half" of "first half") but two different ones left over are a
        // changed share: sepertiga → "a quarter".
        var lostFractions = strongLost.Skip(paired).Where(i => i.Weak && i.Value < 1).ToList();
        var extraFractions = t.Where(i => !i.Matched && i.Weak && i.Value is > 0 and < 1 && !i.Bracketed).ToList();
        for (var k = 0; k < Math.Min(lostFractions.Count, extraFractions.Count); k++)
        {
            Changed(source, target, lostFractions[k], extraFractions[k], findings);
        }

        // Factors are weak too ("dua kali" is also "twice" as in two occasions), but two different ones left over
        // are a changed factor: dua kali lipat → "tripled".
        var lostMultiples = strongLost.Skip(paired).Where(i => (i.Flags & FactFlags.Multiple) != 0).ToList();
        var extraMultiples = t.Where(i => !i.Matched && (i.Flags & FactFlags.Multiple) != 0 && !i.Bracketed).ToList();
        for (var k = 0; k < Math.Min(lostMultiples.Count, extraMultiples.Count); k++)
        {
            Changed(source, target, lostMultiples[k], extraMultiples[k], findings);
        }
    }

    private static void Changed(string source, string target, Item a, Item b, List<QaFinding> findings) =>
        findings.Add(new QaFinding(QaCodes.NumberChanged, QaKind.Number, QaSeverity.Error, a.Span, b.Span,
            $"Number changed: {ValueText.Quote(source, a.Span)} is {ValueText.Number(a.Value)} but the translation has {ValueText.Quote(target, b.Span)} ({ValueText.Number(b.Value)})."));

    /// <summary>
    /// The count written as an English ordinal: "20 tahun tsunami" → "the 20th anniversary of the tsunami". Ordinals are
    /// not facts (ke-3, 3rd are ranks), so a count they render would otherwise look missing.
    /// </summary>
    private static bool OrdinalIn(string target, decimal value)
    {
        if (value is < 1 or > 10_000 || value != decimal.Truncate(value))
        {
            return false;
        }

        Span<char> digits = stackalloc char[8];
        ((int)value).TryFormat(digits, out var n, provider: System.Globalization.CultureInfo.InvariantCulture);
        var number = digits[..n];
        for (var at = target.AsSpan().IndexOf(number); at >= 0;)
        {
            var end = at + n;
            var before = at == 0 || !char.IsLetterOrDigit(target[at - 1]);
            if (before && end + 2 <= target.Length && target.AsSpan(end, 2) is "th" or "st" or "nd" or "rd"
                && (end + 2 == target.Length || !char.IsLetter(target[end + 2])))
            {
                return true;
            }

            var next = target.AsSpan(end).IndexOf(number);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>
    /// The count rendered as an ordinal word: "lantai tiga" → "the third floor", "20 tahun tsunami" → "the twentieth
    /// anniversary". Indonesian often names a floor, a day or an anniversary by the cardinal.
    /// </summary>
    private static bool OrdinalWordIn(string target, decimal value)
    {
        if (value is < 2 or > 99 || value != decimal.Truncate(value))
        {
            return false;
        }

        var word = EnglishOrdinals.Words[(int)value];
        for (var from = 0; from < target.Length;)
        {
            var at = target.AsSpan(from).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + word.Length;
            if ((start == 0 || (!char.IsLetter(target[start - 1]) && target[start - 1] != '-')) && (end == target.Length || !char.IsLetter(target[end])))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    /// <summary>Minutes rendered as a share of an hour: "30 menit" → "half an hour", "90 menit" → "an hour and a half".</summary>
    private static bool ShareOfHour(string source, string target, Item item)
    {
        var after = source.AsSpan(item.Span.End).TrimStart();
        if (!after.StartsWith("menit", StringComparison.OrdinalIgnoreCase) && !after.StartsWith("minute", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return item.Value switch
        {
            15 => ContainsAny(target, "quarter of an hour", "quarter-hour", "quarter hour"),
            30 => ContainsAny(target, "half an hour", "half-hour", "half hour"),
            45 => ContainsAny(target, "three quarters of an hour", "three-quarters of an hour"),
            90 => ContainsAny(target, "an hour and a half", "one and a half hours"),
            _ => false,
        };
    }

    private static bool ContainsAny(string text, params ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"satu setengah tahun" → "a year and a half": no number is written at all.</summary>
    private static bool AndAHalf(string target, decimal value) =>
        value == 1.5m && target.Contains("and a half", StringComparison.OrdinalIgnoreCase);

    /// <summary>Inside an open bracket: "(about $200 million)", "(62 miles)".</summary>
    private static bool InBrackets(string text, TextSpan span)
    {
        var before = text.AsSpan(0, span.Start);
        return before.Count('(') > before.Count(')');
    }

    private static bool IsCurrency(string? unit) => unit is not null && unit != "%" && (unit == "$" || (unit.Length == 3 && unit.All(char.IsAsciiLetterUpper)));

    /// <summary>A bare dollar ("$", "dolar") fits any dollar currency.</summary>
    private static bool SameCurrency(string a, string b) =>
        a == b || (a == "$" && b.EndsWith('D')) || (b == "$" && a.EndsWith('D'));

    private static string Currency(string code) => code == "$" ? "dollars" : code;

    private static string Bound(QualifierDirection d) => d == QualifierDirection.Above ? "above" : "below";
}
