using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using Workbench.EndToEnd.Infrastructure;
using Workbench.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Workbench.EndToEnd;

/// <summary>Importing files through the browser's file picker, as a translator does with a reporter's Word file.</summary>
public sealed class ImportUploadTests(AppFixture fixture) : BrowserTest(fixture), IClassFixture<AppFixture>
{
    [Fact]
    public async Task Import_WordFile_SuggestsTitleKeepsItsHeadingAndOpensEditorWithItsSentences()
    {
        var page = await UploadAsync(new FilePayload
        {
            Name = "banjir.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            // A headline in sentence case: only the Word heading style says it is a heading.
            Buffer = Docx("Banjir rendam ratusan rumah di Bekasi",
                "Bekasi: Banjir setinggi 1,5 meter merendam sedikitnya 300 rumah pada Senin (13/1/2025).",
                "Warga mengungsi ke masjid terdekat. Belum ada laporan korban jiwa."),
        });

        await Expect(page.GetByTestId("file-ok")).ToContainTextAsync("banjir.docx");
        await Expect(page.GetByTestId("import-form").GetByLabel("Title")).ToHaveValueAsync("Banjir rendam ratusan rumah di Bekasi");
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("preview-row")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("preview-row").First).ToContainTextAsync("Heading");
        await page.GetByTestId("import").ClickAsync();

        await page.WaitForEditorAsync();
        await Expect(page.GetByTestId("document-title")).ToHaveTextAsync("Banjir rendam ratusan rumah di Bekasi");
        await Expect(page.GetByTestId("segment-source").Nth(2)).ToHaveTextAsync("Banjir setinggi 1,5 meter merendam sedikitnya 300 rumah pada Senin (13/1/2025).");
        await ShouldHaveNoErrorsAsync();
    }

    [Fact]
    public async Task Import_PdfFile_ExplainsWhatIsAcceptedAndSavesNothing()
    {
        var page = await UploadAsync(new FilePayload
        {
            Name = "laporan.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"u8.ToArray(),
        });

        await Expect(page.GetByTestId("source-error")).ToContainTextAsync(".docx");
        await Expect(page.GetByTestId("file-ok")).ToHaveCountAsync(0);
        await page.GetByTestId("import-form").GetByLabel("Title").FillAsync("Should not exist");
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("source-error")).ToContainTextAsync("Choose a file");
        await Expect(page.GetByTestId("segmentation-preview")).ToHaveCountAsync(0);
        await ShouldHaveNoErrorsAsync();
    }

    /// <summary>A new translator signs in, opens New document and chooses <paramref name="file"/> on the Upload file tab.</summary>
    private async Task<IPage> UploadAsync(FilePayload file)
    {
        var translator = await Server.CreateUserAsync($"upload-{Guid.NewGuid():N}@example.test", "Upload Translator", Roles.Translator);
        var page = await NewPageAsync();
        await SignInAsync(page, translator.Email!);
        await page.GotoAsync(Server.Url("/documents/new"));
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Upload file" }).ClickAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        return page;
    }

    private static byte[] Docx(string heading, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(heading))));
            foreach (var text in paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
