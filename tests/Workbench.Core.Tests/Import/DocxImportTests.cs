using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Workbench.Core.Import;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace Workbench.Core.Tests.Import;

public class DocxImportTests
{
    [Fact]
    public void FromFile_Docx_ReturnsBodyParagraphsInOrder()
    {
        var bytes = CreateDocx(body => body.Append(
            Paragraph("Judul Berita", "Heading1"),
            new Paragraph(new Run(new Text("Washington:")), new Run(new TabChar(), new Text("Sekitar "), new Text("10.000 tentara."))),
            new Paragraph(new Run(new Text("Baris satu"), new Break(), new Text("baris dua"))),
            new Paragraph(),
            new Table(new TableRow(new TableCell(Paragraph("Sel tabel"))))));

        var result = Import("berita.docx", bytes);

        result.Text.ShouldBe("Judul Berita\n\nWashington: Sekitar 10.000 tentara.\n\nBaris satu\nbaris dua\n\nSel tabel");
        result.Headings.ShouldBe(["Judul Berita"]);
    }

    [Fact]
    public void FromFile_DocxWithCoreTitle_SuggestsCoreTitle()
    {
        var bytes = CreateDocx(body => body.Append(Paragraph("Judul Gaya", "Title"), Paragraph("Isi.")), coreTitle: "Judul Properti");

        Import("berita.docx", bytes).SuggestedTitle.ShouldBe("Judul Properti");
    }

    [Fact]
    public void FromFile_DocxWithLocalizedHeadingStyleId_SuggestsFirstHeading()
    {
        var bytes = CreateDocx(
            body => body.Append(Paragraph("Pengantar."), Paragraph("Pasukan Korut Dekati Ukraina", "Judul1"), Paragraph("Isi.")),
            styles: new Styles(new Style(new StyleName { Val = "heading 1" }) { StyleId = "Judul1", Type = StyleValues.Paragraph }));

        Import("berita.docx", bytes).SuggestedTitle.ShouldBe("Pasukan Korut Dekati Ukraina");
    }

    [Fact]
    public void FromFile_DocxWithoutTitleOrHeading_HasNoSuggestedTitle()
    {
        Import("berita.docx", CreateDocx(body => body.Append(Paragraph("Isi.")))).SuggestedTitle.ShouldBeNull();
    }

    [Fact]
    public void FromFile_DocxWithTrackedDeletionAndField_KeepsOnlyVisibleText()
    {
        var bytes = CreateDocx(body => body.Append(new Paragraph(
            new Run(new Text("Presiden ")),
            new DeletedRun(new Run(new DeletedText("lama "))),
            new InsertedRun(new Run(new Text("baru "))),
            new Run(new FieldCode(" PAGE ")),
            new Run(new Text("tiba.")))));

        Import("berita.docx", bytes).Text.ShouldBe("Presiden baru tiba.");
    }

    [Fact]
    public void FromFile_DocxWithTextBoxAndFallbackCopy_KeepsTextBoxOnce()
    {
        // The shape Word writes: a DrawingML text box plus a VML copy of it for older readers.
        var drawing = new AlternateContentChoice(new Drawing(new DW.Anchor(new A.Graphic(new A.GraphicData(
            new Wps.WordprocessingShape(new Wps.TextBoxInfo2(new TextBoxContent(Paragraph("Isi kotak teks.")))))
        {
            Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        }))))
        {
            Requires = "wps",
        };
        var vmlCopy = new AlternateContentFallback(new Picture(new V.Shape(new V.TextBox(new TextBoxContent(Paragraph("Isi kotak teks."))))));
        var bytes = CreateDocx(body => body.Append(new Paragraph(
            new Run(new Text("Sebelum kotak.")),
            new Run(new AlternateContent(drawing, vmlCopy)))));

        Import("berita.docx", bytes).Text.ShouldBe("Sebelum kotak.\n\nIsi kotak teks.");
    }

    [Fact]
    public void FromFile_DocxWithEmptyBody_IsEmpty()
    {
        var result = Import("kosong.docx", CreateDocx(body => body.Append(new Paragraph())));

        result.Error.ShouldBe(ImportErrorKind.Empty);
        result.Message.ShouldBe("“kosong.docx” contains no text.");
    }

    [Fact]
    public void FromFile_PlainZipNamedDocx_IsCorrupt()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("catatan.txt").Open());
            writer.Write("bukan dokumen Word");
        }

        var result = Import("berita.docx", zip.ToArray());

        result.Error.ShouldBe(ImportErrorKind.Corrupt);
        result.Message!.ShouldStartWith("“berita.docx” could not be read as a Word document: ");
    }

    [Fact]
    public void FromFile_TruncatedDocx_IsCorrupt()
    {
        var bytes = CreateDocx(body => body.Append(Paragraph("Isi berita yang cukup panjang.")));

        Import("berita.docx", bytes[..(bytes.Length / 2)]).Error.ShouldBe(ImportErrorKind.Corrupt);
    }

    [Theory]
    [InlineData(new byte[] { 0x13, 0x37, 0xAB, 0x00, 0xFF, 0x10 }, "“berita.docx” could not be read as a Word document: it is not a .docx file.")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "“berita.docx” could not be read as a Word document: it is a PNG image, not a .docx file.")]
    [InlineData(
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 },
        "“berita.docx” could not be read as a Word document: it is an older Word (.doc) file or a password-protected document. Open it in Word and save it as .docx without a password.")]
    public void FromFile_NonZipNamedDocx_IsCorruptWithReason(byte[] bytes, string message)
    {
        var result = Import("berita.docx", bytes);

        result.Error.ShouldBe(ImportErrorKind.Corrupt);
        result.Message.ShouldBe(message);
    }

    private static Paragraph Paragraph(string text, string? styleId = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (styleId is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        return paragraph;
    }

    private static byte[] CreateDocx(Action<Body> fill, string? coreTitle = null, Styles? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            if (coreTitle is not null)
            {
                document.PackageProperties.Title = coreTitle;
            }
        }

        return stream.ToArray();
    }

    private static ExtractionResult Import(string fileName, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return DocumentTextExtractor.FromFile(fileName, stream);
    }
}
