using Workbench.Core.Facts.Qa;
using static Workbench.Core.Tests.Facts.Qa.QaCheck;

namespace Workbench.Core.Tests.Facts.Qa;

/// <summary>
/// The general rules added after measuring fresh news pairs: each case stands for a class of translation that a
/// newsroom publishes (no finding) or a class of error that must still be caught.
/// </summary>
public class QaGeneralRuleTests
{
    [Theory]
    [InlineData("Defisit mencapai 2,29 persen dari PDB.", "The deficit reached 2.29 percent of GDP.")]
    [InlineData("Mahkamah Agung (MA) menolak kasasi itu.", "The Supreme Court rejected the appeal.")]
    [InlineData("Otoritas Jasa Keuangan (OJK) mencabut izin bank di Jawa Timur.", "The Financial Services Authority (OJK) revoked a bank's license in East Java.")]
    [InlineData("Pusat Pelaporan dan Analisis Transaksi Keuangan membekukan rekening.", "The Financial Transaction Reports and Analysis Center froze accounts.")]
    [InlineData("Mantan Presiden Soeharto memerintah selama 32 tahun.", "Former President Suharto ruled for 32 years.")]
    [InlineData("Tol Trans-Sumatera rampung pada 2029.", "The Trans-Sumatra toll road will be finished by 2029.")]
    [InlineData("Putra Mahkota Muhammad bin Salman tiba.", "Crown Prince Mohammed bin Salman arrived.")]
    [InlineData("Kota München menjadi tuan rumah konferensi.", "The city of Munich hosted the conference.")]
    [InlineData("Raja Juli Antoni dilantik sebagai menteri.", "Raja Juli Antoni was sworn in as minister.")]
    public void Check_TranslatedInstitutionOrNameVariant_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Pelatih Shin Tae-yong memanggil 27 pemain.", "Coach Shin Tae-young called up 27 players.")]
    [InlineData("Menteri Kesehatan Budi Gunadi Sadikin hadir.", "Health Minister Budi Gunadi Sadiqin attended.")]
    public void Check_MisspelledHyphenatedOrPlainName_Reported(string source, string target) =>
        Codes(source, target).ShouldBe([QaCodes.NameMisspelled]);

    [Theory]
    [InlineData("Rumah itu tidak jauh dari lokasi ledakan.", "The house is near the site of the blast.")]
    [InlineData("Tak jarang warga berjalan berjam-jam.", "Residents often walk for hours.")]
    [InlineData("Bukan tidak mungkin harga naik lagi.", "Prices may well rise again.")]
    [InlineData("Bantuan diberikan kepada keluarga tidak mampu.", "The aid went to poor families.")]
    [InlineData("Kapolri memerintahkan jajarannya tidak ragu menindak pelaku.", "The police chief told his ranks not to hesitate to act.")]
    [InlineData("Kebijakan itu dinilai tidak efektif.", "The policy was considered ineffective.")]
    [InlineData("Peserta hadir paling lambat pukul 08.00 WIB.", "Participants must arrive no later than 8 a.m. WIB.")]
    public void Check_LitotesOrNegativeWord_NoNegationFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Bendungan itu diresmikan pada Senin (13/1/2025).", "The dam was inaugurated on Monday.")]
    [InlineData("Jalan itu padat pada Sabtu-Minggu (11-12/1).", "The road was congested on Saturday and Sunday (Jan. 11-12).")]
    [InlineData("Ia menempuh 42 kilometer dalam 2 jam 10 menit.", "He covered the 42 kilometers in 2 hours and 10 minutes.")]
    [InlineData("Pemadaman berlangsung pukul 07.00-09.00 WIB.", "The blackout lasted from 7 to 9 a.m. WIB.")]
    [InlineData("Persib juara Liga 1 musim 2024/2025.", "Persib won the 2024-25 Liga 1 title.")]
    [InlineData("Warga memperingati 20 tahun tsunami.", "Residents marked the 20th anniversary of the tsunami.")]
    [InlineData("Sepertiga anggaran habis untuk pegawai.", "A third of the budget goes on staff.")]
    [InlineData("Ia menunggu selama 2,5 jam.", "He waited for two and a half hours.")]
    [InlineData("Ia dipenjara satu setengah tahun.", "He was jailed for a year and a half.")]
    [InlineData("Stok aman hingga akhir Maret.", "Stocks are sufficient until the end of March.")]
    public void Check_NewsStyleDateTimeOrCount_NoFinding(string source, string target) =>
        Codes(source, target).ShouldBeEmpty();

    [Theory]
    [InlineData("Bendungan itu diresmikan pada Senin (13/1/2025).", "The dam was inaugurated on Monday (Jan. 31, 2025).", QaCodes.DateChanged)]
    [InlineData("Pemadaman berlangsung pukul 07.00-09.00 WIB.", "The blackout lasted from 7 to 10 a.m. WIB.", QaCodes.TimeChanged)]
    [InlineData("Sepertiga anggaran habis untuk pegawai.", "A quarter of the budget goes on staff.", QaCodes.NumberChanged)]
    public void Check_ChangedValueInNewsStyle_Reported(string source, string target, string code) =>
        Codes(source, target).ShouldBe([code]);

    [Fact]
    public void Check_TruncatedTranslation_ReportedOnceNotPerLostName() =>
        Codes("Sedikitnya 12 orang tewas dan ratusan rumah rusak akibat banjir bandang di Kabupaten Sukabumi, Jawa Barat.", "At least 12 people were killed.")
            .ShouldBe([QaCodes.MissingTruncated]);
}
