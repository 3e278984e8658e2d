using System.Text.Json;

namespace Workbench.Cli.Tests;

public class ClaimsCommandTests
{
    private const string Text =
        "Sebagian dari 10.000 tentara itu bergerak, kata juru bicara Pentagon Sabrina Singh.\n" +
        "“Mereka mendekati Ukraina,” ucapnya, seperti dilansir dari Al Jazeera, Minggu (12/1/2025) pukul 14.32 WIB.\n" +
        "Nilai proyek mencapai Rp 2,5 miliar, naik 9,03 persen.";

    [Fact]
    public async Task Claims_IndonesianText_NormalizedValuesAndOffsets()
    {
        var file = CliRunner.TempFile(Text);
        try
        {
            var result = await CliRunner.RunAsync(null, "claims", "--input", file, "--lang", "id");
            result.ExitCode.ShouldBe(0, result.Stderr);
            using var doc = JsonDocument.Parse(result.Stdout);
            var claims = doc.RootElement.EnumerateArray().ToList();
            foreach (var claim in claims)
            {
                var (start, end) = (claim.GetProperty("start").GetInt32(), claim.GetProperty("end").GetInt32());
                Text[start..end].ShouldBe(claim.GetProperty("text").GetString());
            }

            Value(claims, "quantity").GetDecimal().ShouldBe(10000);
            Value(claims, "money").GetDecimal().ShouldBe(2500000000);
            Value(claims, "percent").GetDecimal().ShouldBe(9.03m);
            Value(claims, "date").GetString().ShouldBe("2025-01-12");
            Value(claims, "time").GetString().ShouldBe("14:32");
            Value(claims, "source").GetString().ShouldBe("Al Jazeera");
            var quote = claims.Single(c => c.GetProperty("kind").GetString() == "quote");
            quote.GetProperty("claimant").GetString().ShouldBe("juru bicara Pentagon Sabrina Singh");
            quote.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Claims_EnglishStdin_UsesEnglishConventions()
    {
        var result = await CliRunner.RunAsync("About 10,000 troops arrived on October 29, 2024.", "claims", "--input", "-", "--lang", "en");
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        var claims = doc.RootElement.EnumerateArray().ToList();
        Value(claims, "quantity").GetDecimal().ShouldBe(10000);
        claims.Single(c => c.GetProperty("kind").GetString() == "quantity").GetProperty("qualifier").GetString().ShouldBe("about");
        Value(claims, "date").GetString().ShouldBe("2024-10-29");
    }

    [Fact]
    public async Task Claims_EmptyText_EmptyArray()
    {
        var result = await CliRunner.RunAsync(string.Empty, "claims", "--input", "-");
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.Trim().ShouldBe("[]");
    }

    [Fact]
    public async Task Claims_EmojiAndCrlf_OffsetsAreUtf16StringIndices()
    {
        const string text = "Presiden 😀 Joko Widodo 👍🏽 hadir.\r\n“Harga naik 2,5 persen 🚀 pada 29 Oktober 2024,” ujar Rutte.\r\nSebanyak 10.000 tentara 𝕏 tiba pukul 14.32 WIB.\r\n";
        var file = CliRunner.TempFile(text);
        try
        {
            var result = await CliRunner.RunAsync(null, "claims", "--input", file);
            result.ExitCode.ShouldBe(0, result.Stderr);
            using var doc = JsonDocument.Parse(result.Stdout);
            var claims = doc.RootElement.EnumerateArray().ToList();
            foreach (var claim in claims)
            {
                var (start, end) = (claim.GetProperty("start").GetInt32(), claim.GetProperty("end").GetInt32());
                text.Substring(start, end - start).ShouldBe(claim.GetProperty("text").GetString());
            }

            claims.Select(c => c.GetProperty("text").GetString()).ShouldBe(
                ["Joko Widodo", "“Harga naik 2,5 persen 🚀 pada 29 Oktober 2024,”", "2,5 persen", "29 Oktober 2024", "Rutte", "10.000", "pukul 14.32 WIB"]);
            Value(claims, "time").GetString().ShouldBe("14:32");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0x61, 0x72, 0x67, 0x61, 0x20, 0xC3, 0x28, 0x20, 0x31, 0x30 }, "not UTF-8")]
    [InlineData(new byte[] { 0x48, 0x00, 0x61, 0x00, 0x72, 0x00, 0x67, 0x00, 0x61, 0x00 }, "binary")]
    public async Task Claims_BinaryOrNonUtf8File_ExitsOneAndWritesNothing(byte[] content, string message)
    {
        var file = Path.Combine(Path.GetTempPath(), $"workbench-cli-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(file, content, TestContext.Current.CancellationToken);
        try
        {
            var result = await CliRunner.RunAsync(null, "claims", "--input", file);
            result.ExitCode.ShouldBe(1);
            result.Stdout.ShouldBeEmpty();
            result.Stderr.ShouldContain(message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Claims_Utf16FileWithByteOrderMark_ReadsText()
    {
        var file = Path.Combine(Path.GetTempPath(), $"workbench-cli-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Sebanyak 10.000 tentara tiba.", new System.Text.UnicodeEncoding(false, true), TestContext.Current.CancellationToken);
        try
        {
            var result = await CliRunner.RunAsync(null, "claims", "--input", file);
            result.ExitCode.ShouldBe(0, result.Stderr);
            using var doc = JsonDocument.Parse(result.Stdout);
            Value(doc.RootElement.EnumerateArray().ToList(), "quantity").GetDecimal().ShouldBe(10000);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Claims_UnsupportedLanguage_ExitsTwoWithOneSentence()
    {
        var result = await CliRunner.RunAsync("Teks.", "claims", "--input", "-", "--lang", "fr");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldNotContain("..");
        result.Stderr.ShouldContain("'fr'");
    }

    [Fact]
    public async Task Claims_UnsupportedLanguage_NamesTheSupportedLanguages()
    {
        var result = await CliRunner.RunAsync("Teks.", "claims", "--input", "-", "--lang", "fr");
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain("id (Indonesian), en (English)");
    }

    private static JsonElement Value(List<JsonElement> claims, string kind) =>
        claims.Single(c => c.GetProperty("kind").GetString() == kind).GetProperty("value");
}
