using System.Text;
using Workbench.Core.Import;

namespace Workbench.Core.Tests.Import;

public class HtmlImportTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head><title>Pentagon: Pasukan Korut - Medcom.id</title><style>p { color: red }</style>
        <script>var tracking = "jangan";</script></head>
        <body>
          <header><a href="/">Medcom.id</a><nav><ul><li>Nasional</li><li>Dunia</li></ul></nav></header>
          <article>
            <header><h1>Pentagon:   Pasukan Korut &amp; Rusia</h1><p class="byline">Willy Haryono</p></header>
            <figure><img src="a.jpg" alt="foto"><figcaption>Prajurit menembakkan artileri. (AFP)</figcaption></figure>
            <p>Washington:&nbsp;Sekitar 10.000 tentara
               <b>Korea Utara</b> tiba.<script>alert(1)</script></p>
            <p>&#8220;Kami khawatir,&#8221; ucapnya.</p>
            <div>Teks dalam div.</div>
            <aside>Baca juga: Berita lain</aside>
            <form><label>Email</label><input></form>
            <noscript>Aktifkan JavaScript</noscript>
            <footer>Tag: korea utara</footer>
          </article>
          <footer>Copyright © 2024</footer>
        </body></html>
        """;

    [Fact]
    public void FromFile_SentenceCaseHeadings_AreListedAsHeadings()
    {
        const string page = "<article><h1>Banjir   rendam ratusan rumah</h1><p>Warga mengungsi.</p><h2>Bantuan mulai datang</h2><p>Logistik tiba.</p></article>";

        var result = Import("banjir.html", Encoding.UTF8.GetBytes(page));

        result.Headings.ShouldBe(["Banjir rendam ratusan rumah", "Bantuan mulai datang"]);
    }

    [Fact]
    public void FromFile_NewsPage_ExtractsArticleBlocksWithoutPageChrome()
    {
        var result = Import("berita.html", Encoding.UTF8.GetBytes(NewsPage));

        result.Text.ShouldBe(
            "Pentagon: Pasukan Korut & Rusia\n\nWilly Haryono\n\nPrajurit menembakkan artileri. (AFP)\n\n"
            + "Washington: Sekitar 10.000 tentara Korea Utara tiba.\n\n“Kami khawatir,” ucapnya.\n\nTeks dalam div.");
        result.SuggestedTitle.ShouldBe("Pentagon: Pasukan Korut & Rusia");
    }

    [Fact]
    public void FromFile_PageWithoutArticleOrH1_UsesBodyAndTitleElement()
    {
        const string html = "<html><head><title> Judul  Halaman </title></head><body><nav>Menu</nav>"
            + "<p>Paragraf satu.</p><ul><li>Butir</li></ul><iframe src=x></iframe><svg><text>ikon</text></svg></body></html>";

        var result = Import("halaman.htm", Encoding.UTF8.GetBytes(html));

        result.Text.ShouldBe("Paragraf satu.\n\nButir");
        result.SuggestedTitle.ShouldBe("Judul Halaman");
    }

    [Fact]
    public void FromFile_SeveralArticles_TakesTheLongest()
    {
        const string html = "<body><article><p>Teaser pendek.</p></article>"
            + "<article><p>Isi berita yang jauh lebih panjang daripada teaser.</p></article></body>";

        Import("berita.html", Encoding.UTF8.GetBytes(html)).Text.ShouldBe("Isi berita yang jauh lebih panjang daripada teaser.");
    }

    [Fact]
    public void FromFile_LineBreakElement_StartsNewLineInSameParagraph()
    {
        Import("berita.html", "<p>Baris satu<br>Baris dua</p>"u8.ToArray()).Text.ShouldBe("Baris satu\nBaris dua");
    }

    [Fact]
    public void FromFile_MetaCharsetWindows1252_DecodesLegacyBytes()
    {
        byte[] html = [.. "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf"u8, 0xE9, .. " 5"u8, 0x80, .. "</p></body></html>"u8];

        Import("lama.html", html).Text.ShouldBe("Café 5€");
    }

    [Fact]
    public void FromFile_HttpEquivIso88591_IsReadAsWindows1252()
    {
        byte[] html = [.. "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Caf"u8, 0xE9, .. "</p>"u8];

        Import("lama.html", html).Text.ShouldBe("Café");
    }

    [Fact]
    public void FromFile_InvalidUtf8WithoutCharset_IsBadEncoding()
    {
        Import("berita.html", [.. "<p>Caf"u8, 0xE9, .. "</p>"u8]).Error.ShouldBe(ImportErrorKind.BadEncoding);
    }

    [Fact]
    public void FromFile_PageWithOnlyScripts_IsEmpty()
    {
        var result = Import("kosong.html", "<html><body><script>x()</script><nav>Menu</nav></body></html>"u8.ToArray());

        result.Error.ShouldBe(ImportErrorKind.Empty);
        result.Message.ShouldBe("“kosong.html” contains no text.");
    }

    [Fact]
    public void FromFile_NestingWithinLimit_IsExtracted()
    {
        var html = Nested("<div><span>", "</span></div>", 450) + string.Concat(Enumerable.Repeat("<p>Paragraf tanpa penutup", 3000));

        var result = Import("dalam.html", Encoding.UTF8.GetBytes(html));

        result.Text!.ShouldStartWith("Isi.\n\nParagraf tanpa penutup\n\n");
    }

    [Theory]
    [InlineData("<div><span>", "</span></div>")]
    [InlineData("<div></span>", "")]
    public void FromFile_AbsurdlyDeepNesting_IsRejectedBeforeParsing(string open, string close)
    {
        var result = Import("dalam.html", Encoding.UTF8.GetBytes(Nested(open, close, 20_000)));

        result.Error.ShouldBe(ImportErrorKind.Corrupt);
        result.Message.ShouldBe("“dalam.html” nests HTML elements more than 1000 levels deep, which no news page does; it cannot be imported.");
    }

    private static string Nested(string open, string close, int levels) =>
        string.Concat(Enumerable.Repeat(open, levels)) + "Isi." + string.Concat(Enumerable.Repeat(close, levels));

    private static ExtractionResult Import(string fileName, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return DocumentTextExtractor.FromFile(fileName, stream);
    }
}
