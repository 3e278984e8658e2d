using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public class SegmenterSentenceTests
{
    // Expected sentences are separated by " | ".
    [Theory]
    [InlineData("Rapat dimulai pukul 14.32 WIB. Semua hadir.", "Rapat dimulai pukul 14.32 WIB. | Semua hadir.")]
    [InlineData("Harga naik menjadi Rp3,5 juta. Warga mengeluh.", "Harga naik menjadi Rp3,5 juta. | Warga mengeluh.")]
    [InlineData("Anggaran Rp3,2 triliun disetujui. Dana cair pekan depan.", "Anggaran Rp3,2 triliun disetujui. | Dana cair pekan depan.")]
    [InlineData("Sebanyak 1.234.567 orang memilih dan inflasi 2,5 persen.", "Sebanyak 1.234.567 orang memilih dan inflasi 2,5 persen.")]
    [InlineData("Surat bertanggal 29/10/2024 itu tiba. Isinya rahasia.", "Surat bertanggal 29/10/2024 itu tiba. | Isinya rahasia.")]
    [InlineData("Jumlahnya 10.000. Mereka datang.", "Jumlahnya 10.000. | Mereka datang.")]
    [InlineData("Kantornya di Jl. Sudirman No. 5, Jakarta. Ia tiba pagi.", "Kantornya di Jl. Sudirman No. 5, Jakarta. | Ia tiba pagi.")]
    [InlineData("Ia bertemu dr. Budi dan Dr. Ani. Keduanya sehat.", "Ia bertemu dr. Budi dan Dr. Ani. | Keduanya sehat.")]
    [InlineData("H. Agus Salim dan Hj. Siti hadir bersama Prof. Ir. Bambang.", "H. Agus Salim dan Hj. Siti hadir bersama Prof. Ir. Bambang.")]
    [InlineData("Bambang, S.H., M.Si. memimpin rapat.", "Bambang, S.H., M.Si. memimpin rapat.")]
    [InlineData("Mantan presiden B. J. Habibie lahir di Parepare. Ia insinyur.", "Mantan presiden B. J. Habibie lahir di Parepare. | Ia insinyur.")]
    [InlineData("Surat a.n. Menteri dikirim 12 Okt. 2024 oleh staf.", "Surat a.n. Menteri dikirim 12 Okt. 2024 oleh staf.")]
    [InlineData("Ia membawa buku, pensil, dll. untuk sekolah dsb. dan tdk. lupa.", "Ia membawa buku, pensil, dll. untuk sekolah dsb. dan tdk. lupa.")]
    [InlineData("Pasukan AS tiba di Seoul. AS menambah pasukan.", "Pasukan AS tiba di Seoul. | AS menambah pasukan.")]
    [InlineData("Dia berkata... mungkin nanti. Lalu ia pergi… dan tidak kembali.", "Dia berkata... mungkin nanti. | Lalu ia pergi… dan tidak kembali.")]
    [InlineData("Dia menunggu... Tidak ada yang datang.", "Dia menunggu... | Tidak ada yang datang.")]
    [InlineData("“... kami khawatir,” ucapnya. Ia pergi.", "“... kami khawatir,” ucapnya. | Ia pergi.")]
    [InlineData("“Apakah kita siap?” tanya Budi. “Kami tidak takut!” seru mereka.", "“Apakah kita siap?” tanya Budi. | “Kami tidak takut!” seru mereka.")]
    [InlineData("Ia bertanya, “Kenapa?” Lalu semua diam.", "Ia bertanya, “Kenapa?” | Lalu semua diam.")]
    [InlineData("“Dia bilang ‘jangan pergi!’ kepada saya,” kata Budi. Ia menangis.", "“Dia bilang ‘jangan pergi!’ kepada saya,” kata Budi. | Ia menangis.")]
    [InlineData("\"Kerja sama itu 'sangat penting,'\" tutur Rutte. \"Kami siap.\"", "\"Kerja sama itu 'sangat penting,'\" tutur Rutte. | \"Kami siap.\"")]
    [InlineData("Baca di https://www.medcom.id/internasional/abc.html?id=5 atau surati redaksi@medcom.id. Terima kasih.", "Baca di https://www.medcom.id/internasional/abc.html?id=5 atau surati redaksi@medcom.id. | Terima kasih.")]
    [InlineData("Situs medcom.id melaporkan hal itu. Kompas.com juga.", "Situs medcom.id melaporkan hal itu. | Kompas.com juga.")]
    [InlineData("Korea Utara membantah (lihat hal. 5). Rusia diam.", "Korea Utara membantah (lihat hal. 5). | Rusia diam.")]
    [InlineData("Apa benar? Ya! Tentu saja.", "Apa benar? | Ya! | Tentu saja.")]
    public void Segment_IndonesianParagraph_SplitsOnlyAtSentenceEnds(string paragraph, string expected)
    {
        var sentences = Segmenter.Segment(paragraph).Select(s => s.Text);

        string.Join(" | ", sentences).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The U.S. Department of State said Mr. Smith met Dr. Jones on Oct. 5 in Washington. He left.", "The U.S. Department of State said Mr. Smith met Dr. Jones on Oct. 5 in Washington. | He left.")]
    [InlineData("He left at 3 p.m. local time. It was e.g. a test.", "He left at 3 p.m. local time. | It was e.g. a test.")]
    [InlineData("\"Why now?\" he asked. Sen. Warren said no.", "\"Why now?\" he asked. | Sen. Warren said no.")]
    [InlineData("Prices rose 2.5 percent to $1,234.56. Analysts expected less.", "Prices rose 2.5 percent to $1,234.56. | Analysts expected less.")]
    public void Segment_EnglishParagraph_SplitsOnlyAtSentenceEnds(string paragraph, string expected)
    {
        var sentences = Segmenter.Segment(paragraph, "en").Select(s => s.Text);

        string.Join(" | ", sentences).ShouldBe(expected);
    }

    [Fact]
    public void Segment_SentencesOfOneParagraph_ShareParagraphNumber()
    {
        var segments = Segmenter.Segment("Satu. Dua.\n\nTiga. Empat.");

        segments.Select(s => (s.Paragraph, s.Text)).ShouldBe([(0, "Satu."), (0, "Dua."), (1, "Tiga."), (1, "Empat.")]);
    }
}
