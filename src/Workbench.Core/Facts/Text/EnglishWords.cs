using Workbench.Core.Facts.Recognition;

namespace Workbench.Core.Facts.Text;

/// <summary>English words that carry numbers, dates, times, money and units.</summary>
internal static class EnglishWords
{
    public static void Define(Lexicon.Builder b)
    {
        string[] small =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (var i = 0; i < small.Length; i++)
        {
            b.Number(small[i], i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            b.Number(tens[i], (i + 2) * 10);
        }

        b.Set("one", w => w.Weak = true);
        b.Number("half", 0.5m).Number("quarter", 0.25m).Set("half quarter", w => w.Weak = true)
            .Number("hundred", 100, NumberWord.Hundred)
            .Number("thousand", 1_000, NumberWord.Scale)
            .Number("million mln mn", 1_000_000, NumberWord.Scale)
            .Number("billion bn", 1_000_000_000, NumberWord.Scale)
            .Number("trillion tn", 1_000_000_000_000, NumberWord.Scale);

        // Counts an idiomatic translation uses for "dua", "satu kali": they may match, never need to.
        b.Number("twice both double pair couple", 2).Number("once", 1).Number("triple", 3)
            .Set("twice both double pair couple once triple", w => w.Weak = true);

        b.Vague("dozen dozens tens", 10).Vague("hundreds", 100).Vague("thousands", 1_000).Vague("millions", 1_000_000)
            .Vague("billions", 1_000_000_000).Vague("trillions", 1_000_000_000_000);

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < months.Length; i++)
        {
            b.Month(months[i], i + 1);
        }

        // "May" and "March" are also a verb and a modal: months only next to a day or year.
        b.Month("may", 5, true).Month("march", 3, true)
            .Month("jan", 1, true).Month("feb", 2, true).Month("mar", 3, true).Month("apr", 4, true).Month("jun", 6, true)
            .Month("jul", 7, true).Month("aug", 8, true).Month("sep sept", 9, true).Month("oct", 10, true)
            .Month("nov", 11, true).Month("dec", 12, true);

        b.Weekday("monday", DayOfWeek.Monday).Weekday("tuesday", DayOfWeek.Tuesday).Weekday("wednesday", DayOfWeek.Wednesday)
            .Weekday("thursday", DayOfWeek.Thursday).Weekday("friday", DayOfWeek.Friday).Weekday("saturday", DayOfWeek.Saturday)
            .Weekday("sunday", DayOfWeek.Sunday);

        b.Qualifier("about around approximately roughly some estimated", "about", QualifierDirection.Approximate)
            .Qualifier("almost nearly", "almost", QualifierDirection.Below)
            .Qualifier("over", "more than", QualifierDirection.Above)
            .Qualifier("under below", "less than", QualifierDirection.Below);
        b.Set("to through", w => w.RangeWord = true);

        b.CurrencyBefore("rp idr", "IDR").CurrencyBefore("usd", "USD").CurrencyBefore("eur", "EUR").CurrencyBefore("sgd", "SGD")
            .CurrencyBefore("jpy", "JPY").CurrencyBefore("gbp", "GBP");
        b.CurrencyAfter("rupiah rupiahs", "IDR").CurrencyAfter("dollar dollars", "$").CurrencyAfter("euro euros", "EUR")
            .CurrencyAfter("yen", "JPY").CurrencyAfter("yuan renminbi", "CNY").CurrencyAfter("ringgit", "MYR").CurrencyAfter("won", "KRW")
            .CurrencyAfter("rubles roubles", "RUB").CurrencyAfter("pounds", "GBP").CurrencyAfter("riyals", "SAR").CurrencyAfter("rupees", "INR");

        b.Set("percent pct %", w => w.Percent = true);
        b.Unit("km kilometer kilometers kilometre kilometres", "km").Unit("meter meters metre metres m", "m")
            .Unit("cm centimeters centimetres", "cm").Unit("mm millimeters millimetres", "mm")
            .Unit("ton tons tonne tonnes", "t").Unit("kg kilogram kilograms kilos", "kg").Unit("gram grams", "g")
            .Unit("hectare hectares ha", "ha").Unit("mile miles mi", "mi").Unit("liter liters litre litres", "l")
            .Unit("barrel barrels", "bbl").Unit("mw megawatts", "MW").Unit("gw gigawatts", "GW").Unit("degrees", "°");

        b.TimeZone("wib", "WIB").TimeZone("wita", "WITA").TimeZone("wit", "WIT").TimeZone("gmt", "GMT").TimeZone("utc", "UTC");
        b.TimeZone("et", "ET").TimeZone("est", "EST").TimeZone("edt", "EDT").TimeZone("ct", "CT").TimeZone("cst", "CST")
            .TimeZone("cdt", "CDT").TimeZone("pt", "PT").TimeZone("pst", "PST").TimeZone("pdt", "PDT").TimeZone("bst", "BST")
            .TimeZone("cet", "CET").TimeZone("cest", "CEST").TimeZone("eet", "EET").TimeZone("msk", "MSK").TimeZone("jst", "JST")
            .TimeZone("kst", "KST").TimeZone("aest", "AEST").TimeZone("sgt", "SGT");
        b.Period("am", DayPeriod.Am).Period("pm", DayPeriod.Pm);
        b.Set("noon midday midnight", w => w.NamedTime = true);

        b.Set("times fold", w => w.Multiplier = true);
        b.Set("third thirds", w => w.Denominator = 3).Set("quarter quarters", w => w.Denominator = 4)
            .Set("fifth fifths", w => w.Denominator = 5).Set("tenth tenths", w => w.Denominator = 10);

        // Verbs and adjectives that are a factor by themselves: "naik dua kali lipat" → "doubled".
        b.Number("doubled doubles doubling twofold", 2).Number("tripled triples tripling trebled threefold", 3)
            .Number("quadruple quadrupled quadrupling fourfold", 4).Number("fivefold", 5).Number("tenfold", 10)
            .Set("twice double doubled doubles doubling twofold triple tripled triples tripling trebled threefold quadruple quadrupled quadrupling fourfold fivefold tenfold",
                w => { w.Weak = true; w.Multiplier = true; });
        b.Set("st nd rd th", w => w.OrdinalSuffix = true);

        QualifierPhrases.MarkStarts(b, QualifierPhrases.English);

        // "a hundred", "a dozen": the article can start a number.
        b.Set("a an", w => w.QualifierStart = true);
    }
}
