using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class NumberRecognitionTests
{
    [Theory]
    [InlineData("Sekitar 10.000 tentara dikirim.", 10000)]
    [InlineData("Penduduknya 1.234.567 jiwa.", 1234567)]
    [InlineData("Ekonomi tumbuh 2,5 persen.", 2.5)]
    [InlineData("Nilainya 1.234,56 miliar rupiah.", 1234560000000)]
    [InlineData("Ada 1,2 juta penumpang.", 1200000)]
    [InlineData("Harga naik 10 ribu.", 10000)]
    public void Recognize_IndonesianDigits_ReadsIndonesianConvention(string text, decimal expected) =>
        Recognize.Number(text, "id").ShouldBe(expected);

    [Theory]
    [InlineData("About 10,000 troops were sent.", 10000)]
    [InlineData("The economy grew 2.5 percent.", 2.5)]
    [InlineData("It reached 1,234.5 tons.", 1234.5)]
    [InlineData("Some 1.2 million passengers.", 1200000)]
    public void Recognize_EnglishDigits_ReadsEnglishConvention(string text, decimal expected) =>
        Recognize.Number(text, "en").ShouldBe(expected);

    [Theory]
    [InlineData("satu", 1)]
    [InlineData("dua", 2)]
    [InlineData("sebelas", 11)]
    [InlineData("dua belas", 12)]
    [InlineData("dua puluh lima", 25)]
    [InlineData("seratus", 100)]
    [InlineData("seribu", 1000)]
    [InlineData("sepuluh ribu", 10000)]
    [InlineData("dua ratus lima puluh ribu", 250000)]
    [InlineData("setengah juta", 500000)]
    public void Recognize_IndonesianNumberWords_ComposesValue(string words, decimal expected) =>
        Recognize.Number($"Ada {words} kapal di sana.", "id").ShouldBe(expected);

    [Theory]
    [InlineData("twelve", 12)]
    [InlineData("twenty-five", 25)]
    [InlineData("a hundred", 100)]
    [InlineData("ten thousand", 10000)]
    [InlineData("two hundred and fifty", 250)]
    [InlineData("half a million", 500000)]
    public void Recognize_EnglishNumberWords_ComposesValue(string words, decimal expected) =>
        Recognize.Number($"There were {words} ships.", "en").ShouldBe(expected);

    [Theory]
    [InlineData("Ratusan warga mengungsi.", "id", 100)]
    [InlineData("Ribuan warga mengungsi.", "id", 1000)]
    [InlineData("Puluhan ribu warga mengungsi.", "id", 10000)]
    [InlineData("Thousands of residents fled.", "en", 1000)]
    [InlineData("Tens of thousands of residents fled.", "en", 10000)]
    public void Recognize_VagueQuantity_IsApproximateMagnitude(string text, string lang, decimal magnitude)
    {
        var fact = Recognize.Numbers(text, lang).ShouldHaveSingleItem();
        fact.Value.Number.ShouldBe(magnitude);
        fact.Flags.HasFlag(FactFlags.Approximate).ShouldBeTrue();
        fact.Qualifier.ShouldBe("vague");
    }

    [Theory]
    [InlineData("Nilai proyek mencapai Rp 3,2 triliun.", "id", 3200000000000, "IDR")]
    [InlineData("Pinjaman senilai 500 juta dolar AS.", "id", 500000000, "USD")]
    [InlineData("Nilainya US$ 22,08 miliar.", "id", 22080000000, "USD")]
    [InlineData("The project is worth 3.2 trillion rupiah.", "en", 3200000000000, "IDR")]
    [InlineData("It costs $1.5 billion.", "en", 1500000000, "$")]
    [InlineData("Harganya 20 euro.", "id", 20, "EUR")]
    public void Recognize_Money_ValueAndCurrency(string text, string lang, decimal value, string currency)
    {
        var fact = Recognize.Single(text, lang, FactKind.Money);
        (fact.Value.Number, fact.Unit).ShouldBe((value, currency));
    }

    [Theory]
    [InlineData("Inflasi 1,71 persen.", "id", 1.71)]
    [InlineData("Inflasi 5%.", "id", 5)]
    [InlineData("Inflation was 1.71 per cent.", "en", 1.71)]
    public void Recognize_Percent_UnitIsPercentSign(string text, string lang, decimal value)
    {
        var fact = Recognize.Single(text, lang, FactKind.Percent);
        (fact.Value.Number, fact.Unit).ShouldBe((value, "%"));
    }

    [Theory]
    [InlineData("Jaraknya 12 km dari pantai.", "id", "km")]
    [InlineData("Sejauh 3 kilometer.", "id", "km")]
    [InlineData("Seluas 500 hektare.", "id", "ha")]
    [InlineData("Sebanyak 5 ribu ton beras.", "id", "t")]
    [InlineData("It was 12 miles away.", "en", "mi")]
    public void Recognize_Unit_IsNormalized(string text, string lang, string unit) =>
        Recognize.Numbers(text, lang).ShouldHaveSingleItem().Unit.ShouldBe(unit);

    [Theory]
    [InlineData("Antara 3.000 hingga 5.000 orang hadir.", "id", 3000, 5000)]
    [InlineData("Sebanyak 3.000-5.000 orang hadir.", "id", 3000, 5000)]
    [InlineData("Kerugian 3 hingga 5 juta rupiah.", "id", 3000000, 5000000)]
    [InlineData("Between 3,000 and 5,000 people attended.", "en", 3000, 5000)]
    [InlineData("From 3,000 to 5,000 people attended.", "en", 3000, 5000)]
    public void Recognize_Range_HasBothEnds(string text, string lang, decimal low, decimal high)
    {
        var fact = Recognize.Numbers(text, lang).ShouldHaveSingleItem();
        (fact.Value.Number, fact.Value.Max).ShouldBe((low, (decimal?)high));
        fact.Flags.HasFlag(FactFlags.Range).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Sekitar 100 orang.", "id", "about")]
    [InlineData("Lebih dari 100 orang.", "id", "more than")]
    [InlineData("Hampir 100 orang.", "id", "almost")]
    [InlineData("Kurang dari 100 orang.", "id", "less than")]
    [InlineData("Setidaknya 100 orang.", "id", "at least")]
    [InlineData("Hingga 100 orang.", "id", "up to")]
    [InlineData("Fewer than 100 people.", "en", "less than")]
    [InlineData("At least 100 people.", "en", "at least")]
    [InlineData("Up to 100 people.", "en", "up to")]
    public void Recognize_Qualifier_IsAttachedToQuantity(string text, string lang, string qualifier)
    {
        var fact = Recognize.Numbers(text, lang).ShouldHaveSingleItem();
        (fact.Value.Number, fact.Qualifier).ShouldBe((100m, qualifier));
    }

    [Theory]
    [InlineData("Belanda mengirim jet F-16 dan menangani COVID-19 di KTT G20.", "id")]
    [InlineData("Timnas berada di peringkat ke-3.", "id")]
    [InlineData("The team finished 3rd.", "en")]
    [InlineData("Krisis moneter tahun 1998 memicu reformasi.", "id")]
    [InlineData("The 1998 crisis triggered reform.", "en")]
    public void Recognize_IdentifiersOrdinalsAndYears_AreNotQuantities(string text, string lang) =>
        Recognize.Numbers(text, lang).ShouldBeEmpty();

    [Fact]
    public void Recognize_SalahSatu_IsWeak() =>
        Recognize.Numbers("Ia salah satu saksi.", "id").ShouldHaveSingleItem().Flags.HasFlag(FactFlags.Weak).ShouldBeTrue();

    [Fact]
    public void Recognize_IndonesianGroupingInEnglish_IsForeignFormatMeaningThousands()
    {
        var fact = Recognize.Numbers("About 10.000 troops.", "en").ShouldHaveSingleItem();
        fact.Value.Number.ShouldBe(10000);
        fact.Flags.HasFlag(FactFlags.ForeignFormat).ShouldBeTrue();
    }
}
