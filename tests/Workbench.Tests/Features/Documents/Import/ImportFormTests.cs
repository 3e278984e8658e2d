using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Workbench.Features.Documents.Import;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents.Import;

public class ImportFormTests : MudTestContext
{
    private const string SourceError = "[data-testid=source-error]";
    private readonly List<ImportRequest> previews = [];

    public ImportFormTests() => RenderPopoverProvider();

    private static ImportFormModel ValidModel() => new()
    {
        Title = "Pelabuhan Baru",
        SourceUrl = "https://example.com/berita",
        Publisher = "Medcom",
        SourceLanguage = "id",
        TargetLanguage = "en",
        PastedText = "Makassar: Pelabuhan itu resmi beroperasi.\n\nKapal pertama tiba pukul 09.00.",
    };

    private IRenderedComponent<ImportForm> RenderForm(ImportFormModel model) => Render<ImportForm>(p => p
        .Add(f => f.Model, model)
        .Add(f => f.OnPreview, r => previews.Add(r)));

    private static void Submit(IRenderedComponent<ImportForm> cut) => cut.Find("form[data-testid=import-form]").Submit();

    private static UploadTab OpenUploadTab(IRenderedComponent<ImportForm> cut)
    {
        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Upload file", StringComparison.Ordinal)).Click();
        return new UploadTab(cut);
    }

    /// <summary>The open upload tab. Its file input is found per upload and stays owned (and disposed) by the test context.</summary>
    private readonly record struct UploadTab(IRenderedComponent<ImportForm> Form)
    {
        public void UploadFiles(params InputFileContent[] files) => Form.FindComponent<InputFile>().UploadFiles(files);
    }

    [Fact]
    public void Submit_EmptyTitle_ShowsTitleMessageAndNoPreview()
    {
        var model = ValidModel();
        model.Title = "";
        var cut = RenderForm(model);
        cut.Markup.ShouldNotContain("Enter a title.");

        Submit(cut);

        cut.Markup.ShouldContain("Enter a title.");
        previews.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_BadUrl_ShowsUrlMessage()
    {
        var model = ValidModel();
        model.SourceUrl = "www.medcom.id/berita";
        var cut = RenderForm(model);
        cut.Markup.ShouldNotContain("The source URL must be a full web address starting with http:// or https://.");

        Submit(cut);

        cut.Markup.ShouldContain("The source URL must be a full web address starting with http:// or https://.");
        previews.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_SameLanguages_ShowsMustDifferMessage()
    {
        var model = ValidModel();
        model.TargetLanguage = "id";
        var cut = RenderForm(model);
        cut.Markup.ShouldNotContain("The source and target languages must differ.");

        Submit(cut);

        cut.Markup.ShouldContain("The source and target languages must differ.");
        previews.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Submit_EmptyPastedText_AsksToPasteOrUpload(string text)
    {
        var model = ValidModel();
        model.PastedText = text;
        var cut = RenderForm(model);
        cut.FindAll(SourceError).ShouldBeEmpty();

        Submit(cut);

        cut.Find(SourceError).TextContent.ShouldContain("Paste the article text, or upload a file instead.");
        previews.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_ValidInput_RaisesOnPreviewWithMetadataAndText()
    {
        var model = ValidModel();
        model.Title = "  Pelabuhan Baru  ";
        var cut = RenderForm(model);

        Submit(cut);

        var request = previews.ShouldHaveSingleItem();
        request.Metadata.Title.ShouldBe("Pelabuhan Baru");
        request.Metadata.SourceUrl.ShouldBe("https://example.com/berita");
        request.Metadata.Publisher.ShouldBe("Medcom");
        (request.Metadata.SourceLanguage, request.Metadata.TargetLanguage).ShouldBe(("id", "en"));
        request.Text.ShouldContain("Makassar: Pelabuhan itu resmi beroperasi.");
        request.Text.ShouldContain("Kapal pertama tiba pukul 09.00.");
        cut.FindAll(SourceError).ShouldBeEmpty();
    }

    [Fact]
    public void Upload_UnsupportedExtension_ShowsTypeMessage()
    {
        var cut = RenderForm(ValidModel());

        OpenUploadTab(cut).UploadFiles(InputFileContent.CreateFromBinary("%PDF-1.7 data"u8.ToArray(), "x.pdf"));

        cut.WaitForAssertion(() => cut.Find(SourceError).TextContent
            .ShouldContain("“x.pdf” is a .pdf file; Workbench imports .txt, .md, .html and .docx."));
        cut.FindAll("[data-testid=file-ok]").ShouldBeEmpty();
    }

    [Fact]
    public void Upload_BinaryContentWithTextExtension_ShowsBinaryMessage()
    {
        var cut = RenderForm(ValidModel());

        OpenUploadTab(cut).UploadFiles(InputFileContent.CreateFromBinary([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "photo.txt"));

        cut.WaitForAssertion(() => cut.Find(SourceError).TextContent.ShouldContain("“photo.txt” looks like a PNG image, not text."));
    }

    [Fact]
    public void Upload_NulBytes_ShowsBinaryFileMessage()
    {
        var cut = RenderForm(ValidModel());

        OpenUploadTab(cut).UploadFiles(InputFileContent.CreateFromBinary([0x41, 0x00, 0x42, 0x00, 0x43], "data.txt"));

        cut.WaitForAssertion(() => cut.Find(SourceError).TextContent.ShouldContain("“data.txt” looks like a binary file, not text."));
    }

    [Fact]
    public void Upload_OversizeFile_ShowsSizeMessage()
    {
        var cut = RenderForm(ValidModel());
        var bytes = new byte[11 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');

        OpenUploadTab(cut).UploadFiles(InputFileContent.CreateFromBinary(bytes, "big.txt"));

        cut.WaitForAssertion(() => cut.Find(SourceError).TextContent.ShouldContain("“big.txt” is 11 MB; the limit is 10 MB per file."));
    }

    [Fact]
    public void Upload_TextFile_ReadsItAndSubmitRaisesOnPreviewWithItsText()
    {
        var model = ValidModel();
        model.Title = "";
        model.PastedText = "";
        var cut = RenderForm(model);

        OpenUploadTab(cut).UploadFiles(InputFileContent.CreateFromBinary(
            Encoding.UTF8.GetBytes("Jakarta: Harga beras naik.\n\nPemerintah menambah stok."), "harga-beras.txt"));
        cut.WaitForAssertion(() => cut.Find("[data-testid=file-ok]").TextContent.ShouldContain("“harga-beras.txt”"));
        Submit(cut);

        // The submit runs on the renderer's dispatcher, which may still be finishing the upload's handler.
        cut.WaitForAssertion(() => previews.ShouldHaveSingleItem());
        model.Title.ShouldBe("harga-beras");
        var request = previews.ShouldHaveSingleItem();
        request.Text.ShouldContain("Jakarta: Harga beras naik.");
        request.Text.ShouldContain("Pemerintah menambah stok.");
        request.Metadata.Title.ShouldBe("harga-beras");
    }

    [Fact]
    public void Submit_UploadTabWithoutFile_AsksForFile()
    {
        var cut = RenderForm(ValidModel());
        OpenUploadTab(cut);

        Submit(cut);

        cut.Find(SourceError).TextContent.ShouldContain("Choose a file to import, or paste the text instead.");
        previews.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("29/10/2024")]
    [InlineData("kemarin")]
    public void Submit_UnreadableTypedDate_SaysHowToWriteItAndNoPreview(string typed)
    {
        var cut = RenderForm(ValidModel());

        cut.Find("input[data-testid=published-on]").Change(typed);
        Submit(cut);

        cut.Markup.ShouldContain($"“{typed}” is not a date. Write it as yyyy-mm-dd (2024-10-29) or pick it from the calendar.");
        previews.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_TypedIsoDate_IsPreviewedWithThatDate()
    {
        var cut = RenderForm(ValidModel());

        cut.Find("input[data-testid=published-on]").Change("2024-10-29");
        Submit(cut);

        previews.ShouldHaveSingleItem().Metadata.PublishedOn.ShouldBe(new DateOnly(2024, 10, 29));
    }
}
