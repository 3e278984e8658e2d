using Workbench.Core.Facts.Recognition;

namespace Workbench.Core.Facts.Text;

/// <summary>Indonesian words that carry numbers, dates, times, money and units.</summary>
internal static class IndonesianWords
{
    public static void Define(Lexicon.Builder b)
    {
        string[] units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
        for (var i = 0; i < units.Length; i++)
        {
            b.Number(units[i], i);
        }

        b.Set("satu", w => w.Weak = true);
        b.Number("sepuluh", 10).Number("sebelas", 11).Number("setengah", 0.5m).Number("separuh", 0.5m).Number("seperempat", 0.25m)
            .Number("sepertiga", 1m / 3).Number("seperlima", 0.2m)
            .Number("belas", 10, NumberWord.Teen).Number("puluh", 10, NumberWord.Tens)
            .Number("ratus", 100, NumberWord.Hundred).Number("seratus", 100, NumberWord.Hundred)
            .Number("ribu", 1_000, NumberWord.Scale).Number("rb", 1_000, NumberWord.Scale).Number("seribu", 1_000, NumberWord.Scale)
            .Number("juta", 1_000_000, NumberWord.Scale).Number("jt", 1_000_000, NumberWord.Scale).Number("sejuta", 1_000_000, NumberWord.Scale)
            .Number("miliar", 1_000_000_000, NumberWord.Scale).Number("milyar", 1_000_000_000, NumberWord.Scale)
            .Number("semiliar", 1_000_000_000, NumberWord.Scale)
            .Number("triliun", 1_000_000_000_000, NumberWord.Scale).Number("setriliun", 1_000_000_000_000, NumberWord.Scale);
        b.Set("setengah separuh seperempat sepertiga seperlima", w => w.Weak = true);

        b.Vague("belasan puluhan", 10).Vague("ratusan", 100).Vague("ribuan", 1_000).Vague("jutaan", 1_000_000)
            .Vague("miliaran", 1_000_000_000).Vague("triliunan", 1_000_000_000_000);

        string[] months = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
        for (var i = 0; i < months.Length; i++)
        {
            b.Month(months[i], i + 1);
        }

        b.Month("jan", 1, true).Month("feb", 2, true).Month("mar", 3, true).Month("apr", 4, true).Month("jun", 6, true)
            .Month("jul", 7, true).Month("agu agt ags", 8, true).Month("sep sept", 9, true).Month("okt", 10, true)
            .Month("nov", 11, true).Month("des", 12, true);

        b.Weekday("senin", DayOfWeek.Monday).Weekday("selasa", DayOfWeek.Tuesday).Weekday("rabu", DayOfWeek.Wednesday)
            .Weekday("kamis", DayOfWeek.Thursday).Weekday("jumat jum'at", DayOfWeek.Friday).Weekday("sabtu", DayOfWeek.Saturday)
            .Weekday("minggu ahad", DayOfWeek.Sunday);

        b.Qualifier("sekitar sekira", "about", QualifierDirection.Approximate)
            .Qualifier("hampir nyaris", "almost", QualifierDirection.Below)
            .Qualifier("setidaknya sedikitnya minimal", "at least", QualifierDirection.Above)
            .Qualifier("maksimal", "up to", QualifierDirection.Below)
            .Qualifier("hingga sampai", "up to", QualifierDirection.Below)
            .Set("hingga sampai", w => w.RangeWord = true);

        b.CurrencyBefore("rp idr", "IDR").CurrencyBefore("usd", "USD").CurrencyBefore("eur", "EUR").CurrencyBefore("sgd", "SGD")
            .CurrencyBefore("rm myr", "MYR").CurrencyBefore("jpy", "JPY").CurrencyBefore("cny", "CNY").CurrencyBefore("gbp", "GBP");
        b.CurrencyAfter("rupiah", "IDR").CurrencyAfter("dolar dollar", "$").CurrencyAfter("euro", "EUR").CurrencyAfter("yen", "JPY")
            .CurrencyAfter("yuan renminbi", "CNY").CurrencyAfter("ringgit", "MYR").CurrencyAfter("won", "KRW")
            .CurrencyAfter("rubel", "RUB").CurrencyAfter("pound poundsterling", "GBP").CurrencyAfter("riyal", "SAR").CurrencyAfter("rupee", "INR");

        b.Set("persen %", w => w.Percent = true);
        b.Unit("km kilometer", "km").Unit("meter", "m").Unit("cm sentimeter", "cm").Unit("mm milimeter", "mm")
            .Unit("ton", "t").Unit("kg kilogram", "kg").Unit("gram", "g").Unit("hektare hektar ha", "ha").Unit("mil", "mi")
            .Unit("liter", "l").Unit("barel", "bbl").Unit("mw megawatt", "MW").Unit("gw gigawatt", "GW").Unit("derajat", "°");

        b.Set("pukul jam pkl", w => w.TimeMarker = true);
        b.Set("tengah", w => w.NamedTime = true);
        b.TimeZone("wib", "WIB").TimeZone("wita", "WITA").TimeZone("wit", "WIT").TimeZone("gmt", "GMT").TimeZone("utc", "UTC");
        b.Period("pagi", DayPeriod.Morning).Period("siang", DayPeriod.Midday).Period("sore", DayPeriod.Afternoon).Period("malam", DayPeriod.Evening);

        b.Set("kali lipat", w => w.Multiplier = true);
        b.Set("pertiga", w => w.Denominator = 3).Set("perempat", w => w.Denominator = 4).Set("perlima", w => w.Denominator = 5)
            .Set("persepuluh", w => w.Denominator = 10);
        b.Set("tahun", w => w.YearMarker = true);

        QualifierPhrases.MarkStarts(b, QualifierPhrases.Indonesian);
    }
}
