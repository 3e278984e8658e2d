using System.Text;
using Workbench.Core.Import;

namespace Workbench.Core.Tests.Import;

public class PastedTextImportTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \r\n\t\u00A0 ")]
    public void FromPastedText_NothingVisible_IsEmpty(string? text)
    {
        var result = DocumentTextExtractor.FromPastedText(text);

        result.Success.ShouldBeFalse();
        result.Error.ShouldBe(ImportErrorKind.Empty);
        result.Text.ShouldBeNull();
        result.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void FromPastedText_MixedLineEndingsAndTrailingSpaces_AreNormalized()
    {
        var result = DocumentTextExtractor.FromPastedText("\r\nJudul  \r\nBaris\u00A0dua\t\rBaris tiga \u00A0\n\n");

        result.ShouldBe(new ExtractionResult("Judul\nBaris\u00A0dua\nBaris tiga", ImportErrorKind.None, null, null));
    }

    [Fact]
    public void FromPastedText_DecomposedCharacters_AreComposedToNfc()
    {
        var result = DocumentTextExtractor.FromPastedText("Cafe\u0301 di Jakarta");

        result.Text.ShouldBe("Caf\u00E9 di Jakarta");
    }

    [Fact]
    public void FromPastedText_StrayControlCharactersAndLoneSurrogates_AreCleaned()
    {
        var result = DocumentTextExtractor.FromPastedText("Satu\u0001 dua\u0085\ud800 tiga\vempat");

        result.Text.ShouldBe("Satu dua\n\uFFFD tiga\nempat");
    }

    [Fact]
    public void FromPastedText_TextOverLimit_IsTextTooLargeWithSizes()
    {
        var text = new string('a', (int)(2.1 * 1024 * 1024));

        var result = DocumentTextExtractor.FromPastedText(text);

        result.Error.ShouldBe(ImportErrorKind.TextTooLarge);
        result.Message.ShouldBe("The text is 2.1 MB; the limit is 2 MB of text. Split the article or remove non-article parts.");
    }

    [Fact]
    public void FromPastedText_TextAtLimitInUtf8Bytes_IsAccepted()
    {
        var limits = new ImportLimits(MaxTextBytes: 10);

        DocumentTextExtractor.FromPastedText("ééééé", limits).Success.ShouldBeTrue();
        DocumentTextExtractor.FromPastedText("éééééa", limits).Error.ShouldBe(ImportErrorKind.TextTooLarge);
        Encoding.UTF8.GetByteCount("ééééé").ShouldBe(10);
    }
}
