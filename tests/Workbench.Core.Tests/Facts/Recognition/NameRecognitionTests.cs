using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class NameRecognitionTests
{
    private static List<string> Names(string text, string lang) =>
        FactRecognizer.Recognize(text, lang).Where(f => f.Kind == FactKind.Name).Select(f => f.GetText(text)).ToList();

    [Theory]
    [InlineData("Dananya 150 triliun rupiah. Jaraknya 120 km atau 75 mil dari ibu kota.")]
    [InlineData("Sayangnya, hujan deras turun sejak pagi.")]
    [InlineData("Bagaimanapun, harga beras tetap naik.")]
    [InlineData("Kenaikannya mencapai 3 persen.")]
    [InlineData("Diapun pergi tanpa pamit.")]
    public void Recognize_SentenceInitialWordWithClitic_IsNotName(string text) =>
        Names(text, "id").ShouldBeEmpty();

    [Theory]
    [InlineData("TERKAIT\n\nFOLLOW US\n\nIkuti media sosial kami.")]
    [InlineData("READ MORE\n\nHarga beras naik.")]
    public void Recognize_ShoutedEnglishPromptInIndonesianText_IsNotName(string text) =>
        Names(text, "id").ShouldBeEmpty();

    [Fact]
    public void Recognize_ShoutedLineWithAName_KeepsTheName() =>
        Names("PRESIDEN JOKOWI TIBA DI BALI", "id").ShouldContain(n => n.Contains("JOKOWI", StringComparison.Ordinal));

    [Theory]
    [InlineData("Menanggapi hal itu, polisi memilih diam.")]
    [InlineData("Ditandaskan pula bahwa stok pangan aman.")]
    [InlineData("Pendaftaran dibuka hingga akhir bulan.")]
    [InlineData("Pemungutan suara berlangsung damai.")]
    [InlineData("Perundingan kedua negara kembali gagal.")]
    public void Recognize_SentenceInitialDerivedWord_IsNotName(string text) =>
        Names(text, "id").ShouldBeEmpty();

    [Theory]
    [InlineData("Anak-anak bermain di halaman sekolah.")]
    [InlineData("Mudah-mudahan cuaca segera membaik.")]
    [InlineData("Sebanyak-banyaknya 40 orang boleh masuk.")]
    [InlineData("Tembak-menembak terjadi di perbatasan.")]
    public void Recognize_SentenceInitialReduplication_IsNotName(string text) =>
        Names(text, "id").ShouldBeEmpty();

    [Fact]
    public void Recognize_SentenceInitialDerivedWordBeforeName_KeepsOnlyTheName()
    {
        const string text = "Menanggapi Rutte, juru bicara itu diam.";
        Names(text, "id").ShouldBe(["Rutte"]);
    }

    [Theory]
    [InlineData("Kenya dan Chechnya disebut dalam laporan itu.", new[] { "Kenya", "Chechnya" })]
    [InlineData("Hizbullah menembakkan roket. Abdullah selamat.", new[] { "Hizbullah", "Abdullah" })]
    [InlineData("Jamilah, warga setempat, selamat.", new[] { "Jamilah" })]
    [InlineData("Pekalongan diguyur hujan deras.", new[] { "Pekalongan" })]
    public void Recognize_SentenceInitialNameLookingLikeAffixedWord_IsName(string text, string[] names) =>
        Names(text, "id").ShouldBe(names);

    [Theory]
    [InlineData("id", "Truk itu terguling di tikungan. Warga menolong sopir truk.")]
    [InlineData("en", "Inflation rose. Officials blamed inflation on fuel.")]
    public void Recognize_SentenceInitialWordWrittenLowercaseElsewhere_IsNotName(string lang, string text) =>
        Names(text, lang).ShouldBeEmpty();

    [Theory]
    [InlineData("NATO said it would respond.", new[] { "NATO" })]
    [InlineData("WASHINGTON - The US said 5,000 troops were sent.", new[] { "WASHINGTON", "US" })]
    [InlineData("President Joe Biden met Anthony Albanese. Biden said the talks went well. Albanese agreed.", new[] { "Joe Biden", "Anthony Albanese", "Biden", "Albanese" })]
    [InlineData("The Pentagon said so. Pentagon spokesperson Sabrina Singh declined to comment.", new[] { "Pentagon", "Pentagon", "Sabrina Singh" })]
    public void Recognize_EnglishSentenceInitialNameOrAcronym_IsName(string text, string[] names) =>
        Names(text, "en").ShouldBe(names);

    [Theory]
    [InlineData("Meanwhile, residents fled.")]
    [InlineData("Officials said the strike hit a depot.")]
    [InlineData("FOLLOW US on social media.")]
    public void Recognize_EnglishSentenceInitialCommonWord_IsNotName(string text) =>
        Names(text, "en").ShouldBeEmpty();

    [Theory]
    [InlineData("Truk itu terguling di tikungan.")]
    [InlineData("Tanggapan pemerintah dinilai lambat.")]
    [InlineData("Gaji guru naik tahun depan.")]
    public void Recognize_SentenceInitialFrequentNewsWord_IsNotName(string text) =>
        Names(text, "id").ShouldBeEmpty();

    [Fact]
    public void Recognize_IndonesianTextWithEnglishPlaceName_KeepsWholeName() =>
        Names("Sidang digelar di New York dan New Delhi.", "id").ShouldBe(["New York", "New Delhi"]);

    [Theory]
    [InlineData("Hal itu disampaikan Wali Kota Surabaya Eri Cahyadi di Balai Kota.", new[] { "Kota Surabaya", "Eri Cahyadi" })]
    [InlineData("Rapat dihadiri Wali Kota Makassar Danny Pomanto.", new[] { "Kota Makassar", "Danny Pomanto" })]
    [InlineData("Rapat dihadiri Bupati Kabupaten Puncak Jaya.", new[] { "Kabupaten Puncak Jaya" })]
    [InlineData("Delegasi tiba di Kota Ho Chi Minh kemarin.", new[] { "Kota Ho Chi Minh" })]
    public void Recognize_OfficeOfPlaceThenPerson_SplitsPlaceFromPerson(string text, string[] names) =>
        Names(text, "id").ShouldBe(names);
}
