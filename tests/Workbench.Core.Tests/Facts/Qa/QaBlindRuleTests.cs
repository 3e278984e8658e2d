using Workbench.Core.Facts;
using Workbench.Core.Facts.Qa;
using Workbench.Core.Tests.Facts.Recognition;
using static Workbench.Core.Tests.Facts.Qa.QaCheck;

namespace Workbench.Core.Tests.Facts.Qa;

/// <summary>
/// General rules added after measuring the blind set (qa-pairs-blind.jsonl): each stands for a class of news
/// translation that was wrongly flagged, or a class of error that went unreported.
/// </summary>
public class QaBlindRuleTests
{
    private static List<QaKind> Kinds(string source, string target) => Checker.Check(source, target).Select(f => f.Kind).Distinct().ToList();

    [Theory]
    [InlineData("Law No. 31/1999 applies.")]
    [InlineData("UU No 31/1999 berlaku.")]
    [InlineData("Aturan itu tertuang dalam PP Nomor 31/1999.")]
    public void Recognize_ShortActReference_NumberAndYear(string text)
    {
        var lang = text.StartsWith("Law", StringComparison.Ordinal) ? "en" : "id";
        var number = Recognize.Single(text, lang, FactKind.Quantity);
        number.Value.Number.ShouldBe(31m);
        number.GetText(text).ShouldBe("31");
        var year = Recognize.Single(text, lang, FactKind.Date);
        year.Value.Date.Year.ShouldBe(1999);
        year.GetText(text).ShouldBe("1999");
    }

    [Fact]
    public void Recognize_SlashNumberWithoutActMarker_NoReference() =>
        Recognize.Numbers("Skor akhir 31/1999 poin.", "id").ShouldBeEmpty();

    [Theory]
    [InlineData("Terdakwa dijerat Pasal 2 ayat (1) UU Nomor 31 Tahun 1999.", "The defendant was charged under Article 2 (1) of Law No. 31/1999.")]
    [InlineData("Aturan itu tertuang dalam Peraturan Pemerintah Nomor 28 Tahun 2024.", "The rule is set out in Government Regulation No. 28/2024.")]
    [InlineData("Aturan itu tertuang dalam PP No. 28/2024.", "The rule is set out in Government Regulation No. 28 of 2024.")]
    public void Check_ActReferenceShortAndLongForm_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Terdakwa dijerat UU Nomor 31 Tahun 1999.", "The defendant was charged under Law No. 21/1999.", QaKind.Number)]
    [InlineData("Terdakwa dijerat UU Nomor 31 Tahun 1999.", "The defendant was charged under Law No. 31/2009.", QaKind.Date)]
    public void Check_ActReferenceChanged_Reported(string source, string target, QaKind kind) =>
        Kinds(source, target).ShouldBe([kind]);

    [Theory]
    [InlineData("Kecelakaan terjadi di Tol Cipali Km 102 arah Jakarta.", "The accident occurred at kilometer 102 of the Cipali toll road, heading toward Jakarta.")]
    [InlineData("Macet parah terjadi di Tol Jagorawi KM 30.", "There was a severe jam at Km 30 of the Jagorawi toll road.")]
    public void Check_UnitBeforeNumberAfterName_NoNameFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Fact]
    public void Check_UnitBeforeNumberAfterMisspeltName_NameReported() =>
        Codes("Kecelakaan terjadi di Tol Cipali Km 102.", "The accident occurred at kilometer 102 of the Cipaly toll road.")
            .ShouldBe([QaCodes.NameMisspelled]);

    [Theory]
    [InlineData("Sekitar 50 persen warga desa itu bekerja sebagai petani.", "About half of the village's residents work as farmers.")]
    [InlineData("Sebanyak 25 persen anggaran dialokasikan untuk pendidikan.", "A quarter of the budget is allocated to education.")]
    [InlineData("Separuh warga desa itu bekerja sebagai petani.", "Fifty percent of the village's residents work as farmers.")]
    public void Check_PercentRenderedAsEqualFraction_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Sekitar 30 persen warga desa itu bekerja sebagai petani.", "About half of the village's residents work as farmers.")]
    [InlineData("Sebanyak 50 persen anggaran dialokasikan untuk pendidikan.", "A quarter of the budget is allocated to education.")]
    public void Check_PercentRenderedAsDifferentFraction_NumberReported(string source, string target) =>
        Kinds(source, target).ShouldContain(QaKind.Number);

    [Theory]
    [InlineData("Biden dan Xi bertemu di sela-sela KTT APEC di Lima, Peru.", "Biden and Xi met on the sidelines of the APEC summit in Lima, Peru.")]
    [InlineData("Ia tinggal di Jalan Tujuh Belas, Jakarta.", "He lives on Jalan Tujuh Belas in Jakarta.")]
    public void Check_NumberWordKeptAsName_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Lima orang tewas dalam kecelakaan di Lima, Peru.", "Five people were killed in an accident in Lima, Peru.", 0)]
    [InlineData("Lima orang tewas dalam kecelakaan di Lima, Peru.", "Four people were killed in an accident in Lima, Peru.", 1)]
    public void Check_NumberWordAsCountAndAsName_OnlyTheCountCompared(string source, string target, int findings) =>
        Codes(source, target).Count.ShouldBe(findings);

    [Theory]
    [InlineData("Gempa mengguncang Cianjur, Lima Orang Tewas", "Quake Hits Cianjur, Four People Killed")]
    [InlineData("Lima orang tewas dalam kecelakaan itu.", "Four people were killed in the accident.")]
    public void Check_NumberWordTranslatedDifferently_NumberReported(string source, string target) =>
        Kinds(source, target).ShouldContain(QaKind.Number);

    [Theory]
    [InlineData("Harga tiket naik dua kali lipat selama libur.", "Ticket prices doubled during the holiday.")]
    [InlineData("Harga tiket naik tiga kali lipat selama libur.", "Ticket prices tripled during the holiday.")]
    [InlineData("Ia dua kali mencalonkan diri sebagai gubernur.", "He ran twice for governor.")]
    [InlineData("Produksi naik empat kali lipat.", "Output quadrupled.")]
    public void Check_FactorRenderedAsVerb_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Harga tiket naik dua kali lipat selama libur.", "Ticket prices tripled during the holiday.")]
    [InlineData("Harga tiket naik tiga kali lipat selama libur.", "Ticket prices doubled during the holiday.")]
    [InlineData("Produksi naik dua kali lipat.", "Output rose fourfold.")]
    public void Check_FactorChanged_NumberChangedReported(string source, string target) =>
        Codes(source, target).ShouldBe([QaCodes.NumberChanged]);

    [Fact]
    public void Check_CountBeforeFactorAdjective_StillACount() =>
        Codes("Hotel itu menyediakan 3 kamar.", "The hotel offers 4 double rooms.").ShouldBe([QaCodes.NumberChanged]);

    [Theory]
    [InlineData("Polisi masih memburu pelaku pembunuhan sopir taksi online itu.", "Police masih memburu pelaku pembunuhan sopir taksi online itu.")]
    [InlineData("Warga memburu belut di sawah.", "Residents memburu belut di sawah.")]
    public void Check_TranslationCopiesUnlistedSourceWords_Untranslated(string source, string target) =>
        Kinds(source, target).ShouldBe([QaKind.Untranslated]);

    [Theory]
    [InlineData("Ribuan pengemudi ojek online berunjuk rasa di Jakarta.", "Thousands of ojek online drivers protested in Jakarta.")]
    [InlineData("Warga memburu belut di sawah.", "Residents hunt for belut, a kind of eel, in the rice fields.")]
    [InlineData("Laga big match Persija vs Persib digelar malam ini.", "The big match: Persija vs Persib tonight.")]
    [InlineData("BMKG memasang early warning system di pantai.", "The BMKG installed an early warning system on the beach.")]
    public void Check_TranslationKeepsOneLocalTerm_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Kebakaran terjadi di lantai tiga gedung itu.", "The fire broke out on the third floor of the building.")]
    [InlineData("Ia tinggal di lantai 12.", "He lives on the twelfth floor.")]
    [InlineData("Warga memperingati 20 tahun tsunami.", "Residents marked the twentieth anniversary of the tsunami.")]
    [InlineData("Warga memperingati 21 tahun tragedi itu.", "Residents marked the twenty-first anniversary of the tragedy.")]
    public void Check_CountRenderedAsOrdinalWord_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Kebakaran terjadi di lantai tiga gedung itu.", "The fire broke out on the fourth floor of the building.")]
    [InlineData("Warga memperingati 3 tahun tragedi itu.", "Residents marked the twenty-third anniversary of the tragedy.")]
    public void Check_CountRenderedAsOtherOrdinalWord_NumberReported(string source, string target) =>
        Kinds(source, target).ShouldBe([QaKind.Number]);

    [Theory]
    [InlineData("Pesawat itu jatuh sekitar 30 menit setelah lepas landas.", "The plane crashed about half an hour after takeoff.")]
    [InlineData("Rapat berlangsung 90 menit.", "The meeting lasted an hour and a half.")]
    [InlineData("Petugas tiba 15 menit kemudian.", "Officers arrived a quarter of an hour later.")]
    public void Check_MinutesRenderedAsShareOfHour_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Pesawat itu jatuh sekitar 20 menit setelah lepas landas.", "The plane crashed about half an hour after takeoff.")]
    [InlineData("Pesawat itu jatuh sekitar 30 hari setelah diperbaiki.", "The plane crashed about half an hour after it was repaired.")]
    public void Check_OtherDurationAgainstShareOfHour_NumberReported(string source, string target) =>
        Kinds(source, target).ShouldContain(QaKind.Number);

    [Theory]
    [InlineData("Menteri Perdagangan Budi Santoso meninjau pasar.", "Trade Minister Budi Susanto visited the market.", "Susanto")]
    [InlineData("Pelatih Patrick Kluivert memanggil 27 pemain.", "Coach Peter Kluivert called up 27 players.", "Peter")]
    public void Check_NameWordReplacedBesideTheRestOfTheName_NameReported(string source, string target, string replaced)
    {
        var finding = Checker.Check(source, target).ShouldHaveSingleItem();
        finding.Code.ShouldBe(QaCodes.NameMisspelled);
        finding.Target!.Value.GetText(target).ShouldBe(replaced);
    }

    [Theory]
    [InlineData("Sri Sultan Hamengku Buwono X membuka acara itu.", "Sri Sultan Hamengkubuwono X opened the event.")]
    [InlineData("Mantan Presiden Soeharto Mangkusasmito hadir.", "Former President Suharto Mangkusasmito attended.")]
    [InlineData("Pangeran William tiba di Jakarta.", "Prince William arrived in Jakarta.")]
    [InlineData("Kapolda Metro Jaya Irjen Karyoto memimpin apel.", "Jakarta Police chief Insp. Gen. Karyoto led the roll call.")]
    public void Check_NameWrittenTogetherTranslatedOrInOldSpelling_NoNameFinding(string source, string target) =>
        Checker.Check(source, target).Where(f => f.Kind == QaKind.Name).ShouldBeEmpty();

    [Theory]
    [InlineData("two-thirds of the area", "en", 2, 3)]
    [InlineData("three quarters of respondents", "en", 3, 4)]
    [InlineData("dua pertiga wilayah", "id", 2, 3)]
    [InlineData("tiga perempat anggaran", "id", 3, 4)]
    public void Recognize_CountBeforeDenominator_Fraction(string text, string lang, int numerator, int denominator) =>
        Recognize.Number(text, lang).ShouldBe(numerator / (decimal)denominator);

    [Theory]
    [InlineData("Sebanyak 75 persen responden mendukung kebijakan itu.", "Three quarters of respondents backed the policy.")]
    [InlineData("Tiga perempat anggaran sudah terserap.", "Three-quarters of the budget has been spent.")]
    [InlineData("Dua pertiga wilayah kabupaten itu terendam.", "Two-thirds of the regency was flooded.")]
    public void Check_FractionWrittenWithDenominator_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Dua pertiga wilayah kabupaten itu terendam.", "Three quarters of the regency was flooded.")]
    [InlineData("Sebanyak 75 persen responden mendukung kebijakan itu.", "Two-thirds of respondents backed the policy.")]
    public void Check_FractionWithOtherDenominator_NumberReported(string source, string target) =>
        Kinds(source, target).ShouldBe([QaKind.Number]);
}
