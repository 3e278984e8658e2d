using System.Text;
using Workbench.Core.Import;

namespace Workbench.Core.Tests.Import;

public class MarkdownImportTests
{
    private const string Markdown = """
        # Judul *Berita*

        Paragraf **pertama** dengan [tautan](https://example.com/a) dan ![foto prajurit](https://example.com/foto.jpg).
        Baris lanjutan &amp; `kode`.

        ## Subjudul

        - Butir satu
        - Butir dua

        > Kutipan penting.

        <div>Teks <b>HTML</b></div>

        ---

        Baris keras\
        berikutnya <https://medcom.id>

        [ref]: https://example.com/ref
        """;

    [Fact]
    public void FromFile_Markdown_KeepsParagraphsAndHeadingsAndDropsUrls()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Markdown));

        var result = DocumentTextExtractor.FromFile("berita.md", stream);

        result.Text.ShouldBe(
            "Judul Berita\n\nParagraf pertama dengan tautan dan foto prajurit. Baris lanjutan & kode.\n\nSubjudul\n\n"
            + "Butir satu\n\nButir dua\n\nKutipan penting.\n\nTeks HTML\n\nBaris keras\nberikutnya https://medcom.id");
        result.Headings.ShouldBe(["Judul Berita", "Subjudul"]);
        result.Text!.ShouldNotContain("example.com");
        result.SuggestedTitle.ShouldBe("Judul Berita");
    }

    [Fact]
    public void FromFile_MarkdownWithoutTopHeading_HasNoSuggestedTitle()
    {
        using var stream = new MemoryStream("## Sub\n\nIsi."u8.ToArray());

        DocumentTextExtractor.FromFile("berita.md", stream).SuggestedTitle.ShouldBeNull();
    }
}
