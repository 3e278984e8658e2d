using Workbench.Core.Facts.Qa;
using static Workbench.Core.Tests.Facts.Qa.QaCheck;

namespace Workbench.Core.Tests.Facts.Qa;

public class QaTextCheckTests
{
    [Theory]
    [InlineData("Digelar Selasa, 29 Oktober 2024.", "It was held on Tuesday, October 29, 2024.")]
    [InlineData("Digelar Selasa, 29 Oktober 2024.", "It was held on Oct. 29.")]
    [InlineData("Banjir terjadi Senin (13/1/2025).", "The flood hit on Monday (Jan. 13, 2025).")]
    [InlineData("Terjadi pada Oktober 2024.", "It happened in October 2024.")]
    [InlineData("Gempa terjadi pukul 14.32 WIB.", "The quake struck at 2:32 p.m. WIB.")]
    [InlineData("Gempa terjadi pukul 14.32 WIB.", "The quake struck at 14:32 WIB.")]
    [InlineData("Pemadaman pukul 10.00-15.00 WIB.", "The blackout lasted from 10 a.m. to 3 p.m. WIB.")]
    [InlineData("Pesta dimulai pukul 24.00.", "The party began at midnight.")]
    public void Check_SameDateOrTimeInOtherForm_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Digelar Selasa, 29 Oktober 2024.", "It was held on Tuesday, October 24, 2024.", QaCodes.DateChanged)]
    [InlineData("Ditandatangani 12 Maret 2019.", "It was signed on March 12, 2018.", QaCodes.DateChanged)]
    [InlineData("Berkunjung pada Kamis (14/11/2024).", "He visits on Friday (Nov. 14, 2024).", QaCodes.DateChanged)]
    [InlineData("Digelar pada 15 Januari 2025 di Jakarta.", "It was held in Jakarta.", QaCodes.DateMissing)]
    [InlineData("Ledakan terjadi pukul 22.15 WIB.", "The blast came at 10:15 a.m. WIB.", QaCodes.TimeChanged)]
    [InlineData("Upacara dimulai pukul 08.00 WIB.", "The ceremony began at 8 p.m. WIB.", QaCodes.TimeChanged)]
    public void Check_DifferentDateOrTime_Reported(string source, string target, string code) =>
        Codes(source, target).ShouldBe([code]);

    [Theory]
    [InlineData("Sekretaris Jenderal NATO Mark Rutte menyebutnya eskalasi.", "NATO Secretary General Mark Rute called it an escalation.", "Rutte", "Rute")]
    [InlineData("Juru bicara Pentagon Sabrina Singh berbicara.", "Pentagon spokeswoman Sabrina Sing spoke.", "Singh", "Sing")]
    [InlineData("Menlu AS Antony Blinken tiba.", "US Secretary of State Antony Blinkin arrived.", "Blinken", "Blinkin")]
    public void Check_MisspelledName_ReportsBothSpellings(string source, string target, string expected, string actual)
    {
        var finding = Checker.Check(source, target).ShouldHaveSingleItem();
        finding.Code.ShouldBe(QaCodes.NameMisspelled);
        (finding.Source!.Value.GetText(source), finding.Target!.Value.GetText(target)).ShouldBe((expected, actual));
    }

    [Theory]
    [InlineData("Sekitar 10.000 tentara Korea Utara dikirim ke Rusia.", "About 10,000 North Korean troops were sent to Russia.")]
    [InlineData("Kementerian Luar Negeri Korea Selatan memanggil dubes Rusia.", "South Korea's Foreign Ministry summoned Russia's ambassador.")]
    [InlineData("Kementerian Pertahanan Amerika Serikat membenarkan hal itu.", "The US Defense Department confirmed it.")]
    [InlineData("Presiden Yoon Suk-yeol berbicara di Oblast Kursk.", "President Yoon Suk Yeol spoke in the Kursk region.")]
    [InlineData("Rutte mengatakan itu berbahaya.", "Rutte said it was dangerous.")]
    [InlineData("Pengumuman itu disampaikan Presiden pada Selasa.", "The President made the announcement on Tuesday.")]
    public void Check_NamesKeptOrExonyms_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Fact]
    public void Check_ExonymReplaced_ReportsName() =>
        Codes("Korea Utara meluncurkan rudal.", "South Korea launched a missile.").ShouldBe([QaCodes.NameMissing]);

    [Fact]
    public void Check_Glossary_AcceptsNewsroomRendering()
    {
        var checker = new QaChecker(new QaOptions { Glossary = new Dictionary<string, IReadOnlyList<string>> { ["Istana Bogor"] = ["Bogor Palace"] } });
        checker.Check("Rapat di Istana Bogor.", "The meeting at Bogor Palace.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Pejabat itu tidak mengonfirmasi laporan.", "The official confirmed the report.", QaCodes.NegationLost)]
    [InlineData("Jenazah korban belum teridentifikasi.", "The victim's body has been identified.", QaCodes.NegationLost)]
    [InlineData("Pemerintah menyetujui rencana itu.", "The government did not approve the plan.", QaCodes.NegationAdded)]
    public void Check_NegationFlip_Reported(string source, string target, string code) =>
        Codes(source, target).ShouldBe([code]);

    [Theory]
    [InlineData("Bantuan itu tidak hanya makanan, tetapi juga obat.", "The aid included food as well as medicine.")]
    [InlineData("Bantuan itu tidak hanya makanan, tetapi juga obat.", "The aid included not only food but also medicine.")]
    [InlineData("Pemerintah belum memutuskan.", "The government has yet to decide.")]
    [InlineData("Penyebabnya belum diketahui.", "The cause is still unknown.")]
    [InlineData("Kapal itu berlayar tanpa izin.", "The ship sailed without a permit.")]
    [InlineData("Warga tidak dapat keluar rumah.", "Residents were unable to leave home.")]
    [InlineData("Pemerintah belum lama ini meluncurkan aplikasi.", "The government recently launched an app.")]
    [InlineData("Setidaknya 12 orang tewas.", "No fewer than 12 people died.")]
    public void Check_NegationCarriedOrIdiom_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Fact]
    public void Check_EmptyTranslation_OnlyMissing() =>
        Codes("Tujuh kapal tiba di pelabuhan.", " ").ShouldBe([QaCodes.MissingEmpty]);

    [Fact]
    public void Check_TruncatedTranslation_ReportsMissing() =>
        Codes("Gubernur meresmikan jembatan baru yang menghubungkan desa-desa terpencil di pegunungan.", "The governor inaugurated a bridge.")
            .ShouldBe([QaCodes.MissingTruncated]);

    [Fact]
    public void Check_SourceCopied_OnlyUntranslated() =>
        Codes("Tujuh kapal tiba di pelabuhan.", "Tujuh kapal tiba di pelabuhan.").ShouldBe([QaCodes.UntranslatedIdentical]);

    [Fact]
    public void Check_MostlyIndonesian_ReportsUntranslated() =>
        Codes("Warga diminta tetap waspada terhadap banjir yang akan datang.", "Residents diminta tetap waspada terhadap banjir yang akan datang.")
            .ShouldBe([QaCodes.UntranslatedSourceLanguage]);

    [Fact]
    public void Check_IndonesianWordsLeftInEnglish_ReportsUntranslatedWords() =>
        Codes("Harga beras di pasar itu naik tajam.", "Rice prices at the pasar itu naik tajam.").ShouldBe([QaCodes.UntranslatedWords]);

    [Theory]
    [InlineData("“Kami akan berjuang,” kata Rutte.", "“We will fight, Rutte said.", QaCodes.PunctuationQuotes)]
    [InlineData("Bank Indonesia (BI) menaikkan bunga.", "Bank Indonesia (BI raised rates.", QaCodes.PunctuationBrackets)]
    [InlineData("Apakah pemerintah siap?", "Is the government ready.", QaCodes.PunctuationQuestion)]
    public void Check_PunctuationLost_Reported(string source, string target, string code) =>
        Codes(source, target).ShouldBe([code]);

    [Fact]
    public void Check_DisabledRule_IsNotReported() =>
        new QaChecker(new QaOptions { DisabledRules = [QaCodes.NumberAdded] }).Check("Polisi menangkap pelaku.", "Police arrested 5 suspects.").ShouldBeEmpty();

    [Fact]
    public void Check_ConcurrentCalls_SameFindings()
    {
        var expected = Codes("Sebanyak 3.000 orang.", "Some 300 people.");
        Parallel.For(0, 200, _ => Codes("Sebanyak 3.000 orang.", "Some 300 people.").ShouldBe(expected));
    }
}
