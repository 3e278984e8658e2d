using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public class SegmenterSeedTests
{
    private readonly IReadOnlyList<SegmentDraft> segments = Segmenter.Segment(SeedArticle.Read(SeedArticle.FirstSeed));

    [Fact]
    public void Segment_SeedArticle_ProducesExpectedKindsInOrder()
    {
        (int Paragraph, SegmentKind Kind, bool Excluded, string Start)[] expected =
        [
            (0, SegmentKind.Caption, false, "Prajurit Ukraina menembakkan artileri"),
            (1, SegmentKind.Caption, true, "Prajurit Ukraina menembakkan artileri"),
            (2, SegmentKind.Heading, false, "Pentagon: Pasukan Korea Utara"),
            (3, SegmentKind.Byline, false, "Willy Haryono • 29 Oktober 2024 14:32"),
            (4, SegmentKind.Dateline, false, "Washington:"),
            (4, SegmentKind.Body, false, "Sekitar 10.000 tentara"),
            (5, SegmentKind.Body, false, "Pengumuman ini"),
            (6, SegmentKind.Body, false, "Sebagian dari 10.000"),
            (7, SegmentKind.Body, false, "“Mereka telah bergerak"),
            (8, SegmentKind.Body, false, "Presiden Korea Selatan"),
            (8, SegmentKind.Body, false, "Ia menyebut pengiriman"),
            (9, SegmentKind.Body, false, "Sekretaris Jenderal NATO"),
            (10, SegmentKind.Body, false, "\"Kerja sama militer"),
            (11, SegmentKind.Body, false, "Seorang pejabat"),
            (12, SegmentKind.Boilerplate, true, "Baca juga: Korut Tegaskan"),
            (13, SegmentKind.Boilerplate, true, "Cek Berita dan Artikel yang lain di"),
            (14, SegmentKind.Boilerplate, true, "Google News"),
            (15, SegmentKind.Byline, true, "(WIL)"),
            (16, SegmentKind.Boilerplate, true, "TERKAIT"),
            (17, SegmentKind.Boilerplate, true, "BERITA LAINNYA"),
            (18, SegmentKind.Boilerplate, true, "FOLLOW US"),
            (19, SegmentKind.Boilerplate, true, "Ikuti media sosial medcom.id"),
        ];

        segments.Count.ShouldBe(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var (paragraph, kind, excluded, start) = expected[i];
            var segment = segments[i];
            segment.ShouldSatisfyAllConditions(
                $"segment {i}: {segment}",
                () => segment.Paragraph.ShouldBe(paragraph),
                () => segment.Kind.ShouldBe(kind),
                () => segment.Excluded.ShouldBe(excluded),
                () => segment.Text.ShouldStartWith(start),
                () => (segment.ExclusionReason is not null).ShouldBe(excluded));
        }
    }

    [Fact]
    public void Segment_SeedArticle_KeepsThirteenAndExcludesNine()
    {
        segments.Count(s => !s.Excluded).ShouldBe(13);
        segments.Count(s => s.Excluded).ShouldBe(9);
    }

    [Fact]
    public void Segment_SeedArticle_ExcludesSecondCaptionAsRepeated()
    {
        segments[0].Text.ShouldBe("Prajurit Ukraina menembakkan artileri ke arah pasukan Rusia. (AFP)");
        segments[1].Text.ShouldBe(segments[0].Text);
        segments[1].ExclusionReason.ShouldBe("Repeated line");
    }

    [Fact]
    public void Segment_SeedArticle_TenThousandSentenceIsOneSegmentAfterDateline()
    {
        segments.ShouldContain(s => s.Kind == SegmentKind.Body
            && s.Text == "Sekitar 10.000 tentara Korea Utara disebut Kementerian Pertahanan Amerika Serikat atau Pentagon telah "
                + "dikirim ke Rusia untuk berlatih dan berperang melawan Ukraina dalam \"beberapa pekan ke depan.\"");
    }

    [Fact]
    public void Segment_SeedArticle_QuoteFollowedByUcapnyaIsOneSentence()
    {
        segments.ShouldContain(s => s.Kind == SegmentKind.Body
            && s.Text.StartsWith("“Mereka telah bergerak mendekati Ukraina, dan kami semakin khawatir", StringComparison.Ordinal)
            && s.Text.EndsWith("dekat perbatasan dengan Ukraina,” ucapnya kepada awak media, seperti dilansir dari Al Jazeera, Selasa, 29 Oktober 2024.", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_SeedArticle_RutteQuoteIsOneSentence()
    {
        segments.ShouldContain(s => s.Kind == SegmentKind.Body
            && s.Text == "\"Kerja sama militer yang semakin dalam antara Rusia dan Korea Utara merupakan ancaman bagi keamanan "
                + "Indo-Pasifik dan Euro-Atlantik,\" tutur Rutte kepada wartawan setelah pembicaraan dengan delegasi Korea Selatan "
                + "tentang isu Korea Utara.");
    }

    [Fact]
    public void Segment_SeedArticle_NormalizesNonBreakingSpaces()
    {
        segments.ShouldAllBe(s => !s.Text.Contains('\u00A0') && !s.Text.Contains("  ") && s.Text == s.Text.Trim());
        segments.ShouldContain(s => s.Text == "Baca juga: Korut Tegaskan Tidak Pernah Kirim Pasukan untuk Bantu Rusia");
    }
}
