using System.Text;
using Workbench.Core.Import;

namespace Workbench.Core.Tests.Import;

public class TextFileImportTests
{
    private const string Article = "Judul\n\nJAKARTA - Presiden tiba di Istana.";

    [Fact]
    public void FromFile_Utf8WithBom_ReturnsTextWithoutBomAndNoTitle()
    {
        var result = Import("berita.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);

        result.ShouldBe(new ExtractionResult(Article, ImportErrorKind.None, null, null));
    }

    [Fact]
    public void FromFile_Utf8WithCrLfTrailingSpacesAndDecomposedAccents_IsNormalized()
    {
        var result = Import("berita.txt", Encoding.UTF8.GetBytes("Cafe\u0301  \r\nbaris dua \r\n"));

        result.Text.ShouldBe("Caf\u00E9\nbaris dua");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromFile_Utf16WithBom_IsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        var result = Import("berita.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Article)]);

        result.Text.ShouldBe(Article);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromFile_Utf16WithoutBom_IsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);

        var result = Import("berita.txt", encoding.GetBytes(Article));

        result.Text.ShouldBe(Article);
    }

    [Fact]
    public void FromFile_ZerosScatteredLikeBinaryData_IsStillBinary()
    {
        // Every fourth byte zero: neither byte column of UTF-16 text.
        var bytes = Enumerable.Range(0, 400).Select(i => i % 4 == 0 ? (byte)0 : (byte)'a').ToArray();

        Import("data.txt", bytes).Error.ShouldBe(ImportErrorKind.Binary);
    }

    [Fact]
    public void FromFile_InvalidUtf8_IsBadEncodingWithOffset()
    {
        var result = Import("berita.txt", [.. "Halo "u8, 0xC3, 0x28, .. " dunia"u8]);

        result.Error.ShouldBe(ImportErrorKind.BadEncoding);
        result.Message.ShouldBe("“berita.txt” is not valid UTF-8 or UTF-16 text (first bad byte at offset 5). Save it as UTF-8 and try again.");
    }

    [Fact]
    public void FromFile_Latin1Bytes_AreNotSilentlyReplaced()
    {
        var result = Import("berita.txt", Encoding.Latin1.GetBytes("Caf\u00E9 Jakarta"));

        result.Error.ShouldBe(ImportErrorKind.BadEncoding);
        result.Message!.ShouldContain("offset 3");
    }

    [Fact]
    public void FromFile_Utf16WithLoneSurrogate_IsBadEncoding()
    {
        var result = Import("berita.txt", [0xFF, 0xFE, (byte)'A', 0x00, 0x00, 0xD8, (byte)'B', 0x00]);

        result.Error.ShouldBe(ImportErrorKind.BadEncoding);
    }

    [Fact]
    public void FromFile_PngBytesNamedTxt_IsBinaryNamingTheFormat()
    {
        var result = Import("foto.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        result.Error.ShouldBe(ImportErrorKind.Binary);
        result.Message.ShouldBe("“foto.txt” looks like a PNG image, not text.");
    }

    [Fact]
    public void FromFile_PdfBytesNamedMd_IsBinary()
    {
        Import("laporan.md", [.. "%PDF-1.7\n"u8, 0xE2, 0xE3]).Message.ShouldBe("“laporan.md” looks like a PDF document, not text.");
    }

    [Fact]
    public void FromFile_NulBytes_IsBinary()
    {
        var result = Import("data.txt", [.. "abc"u8, 0x00, .. "def"u8]);

        result.Error.ShouldBe(ImportErrorKind.Binary);
        result.Message.ShouldBe("“data.txt” looks like a binary file, not text.");
    }

    [Fact]
    public void FromFile_ManyControlCharacters_IsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => i % 10 == 0 ? (byte)0x01 : (byte)'a').ToArray();

        Import("data.txt", bytes).Error.ShouldBe(ImportErrorKind.Binary);
    }

    [Fact]
    public void FromFile_OneStrayControlCharacter_IsRemoved()
    {
        Import("berita.txt", [.. "Presiden"u8, 0x1A, .. " tiba."u8]).Text.ShouldBe("Presiden tiba.");
    }

    [Fact]
    public void FromFile_NoBytes_IsEmpty()
    {
        var result = Import("kosong.txt", []);

        result.Error.ShouldBe(ImportErrorKind.Empty);
        result.Message.ShouldBe("The file is empty.");
    }

    [Fact]
    public void FromFile_WhitespaceOnly_IsEmptyNamingTheFile()
    {
        var result = Import("kosong.txt", " \r\n\t\n "u8.ToArray());

        result.Error.ShouldBe(ImportErrorKind.Empty);
        result.Message.ShouldBe("“kosong.txt” contains no text.");
    }

    [Theory]
    [InlineData("laporan.pdf", "“laporan.pdf” is a .pdf file; Workbench imports .txt, .md, .html and .docx.")]
    [InlineData("catatan", "“catatan” has no file extension; Workbench imports .txt, .md, .html and .docx.")]
    public void FromFile_UnsupportedName_IsUnsupportedType(string fileName, string message)
    {
        var result = Import(fileName, "teks"u8.ToArray());

        result.Error.ShouldBe(ImportErrorKind.UnsupportedType);
        result.Message.ShouldBe(message);
    }

    [Fact]
    public void FromFile_UpperCaseExtension_IsSupported()
    {
        Import("BERITA.TXT", "Isi berita."u8.ToArray()).Text.ShouldBe("Isi berita.");
    }

    [Fact]
    public void FromFile_SeekableStreamOverLimit_IsTooLargeWithSize()
    {
        using var stream = new MemoryStream(new byte[11 * 1024 * 1024]);

        var result = DocumentTextExtractor.FromFile("besar.txt", stream);

        result.Error.ShouldBe(ImportErrorKind.TooLarge);
        result.Message.ShouldBe("The file is 11 MB; the limit is 10 MB.");
    }

    [Fact]
    public void FromFile_UnseekableStreamOverLimit_ReadsAtMostOneByteOverLimit()
    {
        var limits = new ImportLimits(MaxFileBytes: 10 * 1024 * 1024);
        using var stream = new ForwardOnlyStream(11 * 1024 * 1024);

        var result = DocumentTextExtractor.FromFile("besar.txt", stream, limits);

        result.Error.ShouldBe(ImportErrorKind.TooLarge);
        result.Message.ShouldBe("The file is more than 10 MB; the limit is 10 MB.");
        stream.BytesRead.ShouldBe(limits.MaxFileBytes + 1);
    }

    [Fact]
    public void FromFile_ExtractedTextOverLimit_IsTextTooLarge()
    {
        var result = Import("panjang.txt", Encoding.UTF8.GetBytes(new string('a', (int)(2.1 * 1024 * 1024))));

        result.Error.ShouldBe(ImportErrorKind.TextTooLarge);
        result.Message.ShouldBe("The text is 2.1 MB; the limit is 2 MB of text. Split the article or remove non-article parts.");
    }

    private static ExtractionResult Import(string fileName, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return DocumentTextExtractor.FromFile(fileName, stream);
    }

    /// <summary>An upload-like stream of spaces that cannot seek and counts what was read from it.</summary>
    private sealed class ForwardOnlyStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
