using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public class SegmenterStructureTests
{
    [Theory]
    [InlineData("Pasukan Korut Dekati Perbatasan Ukraina")]
    [InlineData("Pentagon: Pasukan Korea Utara di Rusia Mulai Dekati Perbatasan Ukraina")]
    [InlineData("Mengapa Korea Utara Kirim Pasukan ke Rusia?")]
    [InlineData("10 Fakta Pasukan Korea Utara")]
    public void Segment_ShortTitleCaseLine_IsHeading(string line)
    {
        var segment = Segmenter.Segment(line + "\nIsi berita dimulai di sini.")[0];

        segment.ShouldBe(new SegmentDraft(0, SegmentKind.Heading, line, false, null));
    }

    [Theory]
    [InlineData("Korea Utara mengirim pasukan ke Rusia")]
    [InlineData("Korea Utara Membantah. Rusia Diam")]
    [InlineData("Pasukan Korea Utara Tiba.")]
    public void Segment_SentenceCaseOrPunctuatedLine_IsNotHeading(string line)
    {
        Segmenter.Segment(line).ShouldAllBe(s => s.Kind == SegmentKind.Body);
    }

    [Fact]
    public void Segment_SentenceCaseLineTheFileMarksAsHeading_IsHeading()
    {
        const string text = "Korea Utara mengirim pasukan ke Rusia\n\nIsi berita dimulai di sini.";

        var segments = Segmenter.Segment(text, "id", ["Korea  Utara mengirim pasukan ke Rusia"]);

        segments[0].Kind.ShouldBe(SegmentKind.Heading);
        segments[1].Kind.ShouldBe(SegmentKind.Body);
    }

    [Fact]
    public void Segment_BoilerplateTheFileMarksAsHeading_StaysExcluded()
    {
        const string text = "Isi berita dimulai di sini.\n\nBaca juga: Korut kirim pasukan";

        var segments = Segmenter.Segment(text, "id", ["Baca juga: Korut kirim pasukan"]);

        segments[^1].Excluded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Washington: Sekitar 10.000 tentara tiba.", "Washington:")]
    [InlineData("JAKARTA - Presiden tiba di Istana.", "JAKARTA -")]
    [InlineData("Jakarta, Medcom.id: Presiden tiba di Istana.", "Jakarta, Medcom.id:")]
    [InlineData("JAKARTA, KOMPAS.com - Presiden tiba di Istana.", "JAKARTA, KOMPAS.com -")]
    [InlineData("Jakarta (ANTARA) - Presiden tiba di Istana.", "Jakarta (ANTARA) -")]
    [InlineData("New York — Presiden tiba di markas PBB.", "New York —")]
    public void Segment_FirstBodyParagraphWithDateline_SplitsDatelineFromBody(string paragraph, string dateline)
    {
        var segments = Segmenter.Segment("Judul Berita Hari Ini\n" + paragraph);

        segments[1].ShouldBe(new SegmentDraft(1, SegmentKind.Dateline, dateline, false, null));
        segments[2].ShouldBe(new SegmentDraft(1, SegmentKind.Body, paragraph[(dateline.Length + 1)..], false, null));
    }

    [Fact]
    public void Segment_DatelineShapeAfterFirstBodyParagraph_StaysBody()
    {
        var segments = Segmenter.Segment("Presiden tiba di Istana.\nSabrina Singh: Kami khawatir.");

        segments.ShouldAllBe(s => s.Kind == SegmentKind.Body);
        segments[1].Text.ShouldBe("Sabrina Singh: Kami khawatir.");
    }

    [Theory]
    [InlineData("Willy Haryono • 29 Oktober 2024 14:32")]
    [InlineData("Selasa, 29 Oktober 2024 | 14:32 WIB")]
    [InlineData("Oleh: Budi Santoso")]
    [InlineData("By John Smith")]
    public void Segment_BylineLine_IsKeptByline(string line)
    {
        Segmenter.Segment(line).ShouldBe([new SegmentDraft(0, SegmentKind.Byline, line, false, null)]);
    }

    [Theory]
    [InlineData("Prajurit Ukraina menembakkan artileri ke arah pasukan Rusia. (AFP)")]
    [InlineData("Warga mengungsi dari banjir. (ANTARA/Foto)")]
    [InlineData("Warga mengungsi dari banjir. (Medcom.id/Nama)")]
    [InlineData("Warga berdiri di depan rumah (Foto: Istimewa)")]
    [InlineData("Presiden meninjau banjir di Jakarta, Selasa (29/10/2024). Banjir surut. ANTARA FOTO/Hafidz Mubarak A")]
    public void Segment_SentenceWithPhotoCredit_IsOneCaptionSegment(string line)
    {
        Segmenter.Segment(line).ShouldBe([new SegmentDraft(0, SegmentKind.Caption, line, false, null)]);
    }

    [Fact]
    public void Segment_AgencyCreditAfterBodyText_IsExcludedInitialsNotCaption()
    {
        var segments = Segmenter.Segment("Presiden tiba di Istana.\nKorea Utara membantah laporan itu. (AFP)");

        segments[1].ShouldBe(new SegmentDraft(1, SegmentKind.Body, "Korea Utara membantah laporan itu.", false, null));
        segments[2].ShouldBe(new SegmentDraft(1, SegmentKind.Byline, "(AFP)", true, "Byline initials"));
    }

    [Fact]
    public void Segment_ReporterInitialsEndingBodyParagraph_AreSplitOffAndExcluded()
    {
        var segments = Segmenter.Segment("Ia disambut menteri. (ant)");

        segments.ShouldBe(
        [
            new SegmentDraft(0, SegmentKind.Body, "Ia disambut menteri.", false, null),
            new SegmentDraft(0, SegmentKind.Byline, "(ant)", true, "Byline initials"),
        ]);
    }

    [Fact]
    public void Segment_WindowsLineEndings_AreParagraphBreaks()
    {
        var segments = Segmenter.Segment("Judul Berita\r\nJAKARTA - Presiden tiba.\r\n\r\nIa disambut menteri.\r\n");

        segments.Select(s => (s.Paragraph, s.Kind, s.Text)).ShouldBe(
        [
            (0, SegmentKind.Heading, "Judul Berita"),
            (1, SegmentKind.Dateline, "JAKARTA -"),
            (1, SegmentKind.Body, "Presiden tiba."),
            (2, SegmentKind.Body, "Ia disambut menteri."),
        ]);
    }

    [Fact]
    public void Segment_WhitespaceOnlyLines_AreNotSegmentsAndDoNotCountAsParagraphs()
    {
        var segments = Segmenter.Segment("Satu.\n \u00A0\n\t\nDua.");

        segments.Select(s => (s.Paragraph, s.Text)).ShouldBe([(0, "Satu."), (1, "Dua.")]);
    }

    [Fact]
    public void Segment_InternalWhitespaceRuns_AreCollapsedToOneSpace()
    {
        Segmenter.Segment("  Presiden\u00A0\u00A0tiba \t di   Istana.  ")[0].Text.ShouldBe("Presiden tiba di Istana.");
    }

    [Fact]
    public void Segment_HardWrappedSentence_IsJoinedIntoOneParagraph()
    {
        var segments = Segmenter.Segment("Presiden tiba di Istana bersama\nmenteri luar negeri, lalu\nmenggelar rapat. Rapat selesai.");

        segments.Select(s => (s.Paragraph, s.Text)).ShouldBe(
        [
            (0, "Presiden tiba di Istana bersama menteri luar negeri, lalu menggelar rapat."),
            (0, "Rapat selesai."),
        ]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\u00A0\r\n\t ")]
    public void Segment_EmptyOrWhitespaceText_ReturnsNoSegments(string text)
    {
        Segmenter.Segment(text).ShouldBeEmpty();
    }

    [Fact]
    public void Segment_OnlyBoilerplate_ReturnsOnlyExcludedSegments()
    {
        var segments = Segmenter.Segment("Baca juga: Berita Lain\nTERKAIT\n\nFOLLOW US\nADVERTISEMENT\n(WIL)");

        segments.Count.ShouldBe(5);
        segments.ShouldAllBe(s => s.Excluded && s.ExclusionReason != null);
    }

    [Fact]
    public void Segment_RepeatedBodyParagraph_ExcludesEverySentenceOfSecondCopy()
    {
        var segments = Segmenter.Segment("Satu. Dua.\nTiga.\nsatu.  DUA.");

        segments.Where(s => s.Paragraph == 2).ShouldAllBe(s => s.Excluded && s.ExclusionReason == "Repeated line");
        segments.Where(s => s.Paragraph < 2).ShouldAllBe(s => !s.Excluded);
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-US")]
    [InlineData("fr")]
    public void Segment_AnyLanguageCode_KeepsCommonAbbreviationsTogether(string language)
    {
        Segmenter.Segment("Dr. Smith met Mr. Lee on Oct. 5. They talked.", language).Select(s => s.Text)
            .ShouldBe(["Dr. Smith met Mr. Lee on Oct. 5.", "They talked."]);
    }

    [Fact]
    public void Segment_LargeDocument_SegmentsEveryParagraph()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 5000).Select(i => $"Paragraf nomor {i} berisi 10.000 kata. Kalimat kedua di sini."));

        var segments = Segmenter.Segment(text);

        segments.Count.ShouldBe(10_000);
        segments[^1].Paragraph.ShouldBe(4999);
    }
}
