using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public class SegmenterBoilerplateTests
{
    [Theory]
    [InlineData("Baca juga: Korut Tegaskan Tidak Pernah Kirim Pasukan", "Related-article link")]
    [InlineData("Baca Juga:", "Related-article link")]
    [InlineData("BACA JUGA Korut Tegaskan", "Related-article link")]
    [InlineData("Simak juga: Video Banjir Jakarta", "Related-article link")]
    [InlineData("Read more: North Korea denies", "Related-article link")]
    [InlineData("Cek Berita dan Artikel yang lain di", "Google News prompt")]
    [InlineData("Google News", "Google News prompt")]
    [InlineData("Cek Berita dan Artikel yang lain di Google News", "Google News prompt")]
    [InlineData("Ikuti berita terkini dari kami di Google News", "Google News prompt")]
    [InlineData("FOLLOW US", "Social media prompt")]
    [InlineData("Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan", "Social media prompt")]
    [InlineData("Ikuti kami di Instagram dan TikTok", "Social media prompt")]
    [InlineData("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com", "Subscription prompt")]
    [InlineData("TERKAIT", "Section label")]
    [InlineData("BERITA LAINNYA", "Section label")]
    [InlineData("Berita Terkait", "Section label")]
    [InlineData("Tag: korea utara, rusia", "Section label")]
    [InlineData("ADVERTISEMENT", "Advertisement")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT", "Advertisement")]
    [InlineData("Copyright © 2024 Medcom.id", "Copyright notice")]
    [InlineData("© 2024 Kompas.com. All rights reserved.", "Copyright notice")]
    public void Segment_BoilerplateLine_IsExcludedAsBoilerplateWithReason(string line, string reason)
    {
        Segmenter.Segment(line).ShouldBe([new SegmentDraft(0, SegmentKind.Boilerplate, line, true, reason)]);
    }

    [Theory]
    [InlineData("Editor: Andi Prasetyo", "Editor or author credit")]
    [InlineData("Penulis: Rina", "Editor or author credit")]
    [InlineData("Reporting by John Smith; Editing by Jane Doe", "Editor or author credit")]
    [InlineData("(WIL)", "Byline initials")]
    [InlineData("(ant)", "Byline initials")]
    [InlineData("(Antara)", "Byline initials")]
    [InlineData("(ant/rtr)", "Byline initials")]
    public void Segment_CreditLine_IsExcludedByline(string line, string reason)
    {
        Segmenter.Segment(line).ShouldBe([new SegmentDraft(0, SegmentKind.Byline, line, true, reason)]);
    }

    [Theory]
    [InlineData("Baca buku itu membantu anak belajar.")]
    [InlineData("Google News meluncurkan fitur baru di Indonesia.")]
    [InlineData("Share prices fell sharply on Monday.")]
    [InlineData("Editor majalah itu ditangkap polisi.")]
    [InlineData("Terkait hal itu, polisi masih menyelidiki.")]
    public void Segment_ArticleSentenceStartingLikeBoilerplate_IsKept(string line)
    {
        Segmenter.Segment(line).ShouldAllBe(s => !s.Excluded && s.Kind == SegmentKind.Body);
    }
}
