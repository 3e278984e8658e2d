using System.Text.Json;

namespace Workbench.Cli.Tests;

public class QaCommandTests
{
    private const string Lines =
        """
        {"id":"s01","source":"Sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia.","target":"About 10,000 North Korean troops have been sent to Russia.","note":"ignored"}
        {"id":2,"source":"Sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia.","target":"About 10.000 North Korean troops have been sent to Russia."}

        {"id":"s11","source":"Tujuh kapal tiba di pelabuhan.","target":null}
        """;

    [Fact]
    public async Task Qa_FileInput_OneLinePerRecordInOrder()
    {
        var file = CliRunner.TempFile(Lines);
        try
        {
            var result = await CliRunner.RunAsync(null, "qa", "--input", file);
            result.ExitCode.ShouldBe(0, result.Stderr);
            var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            lines.Select(l => l.GetProperty("id").ToString()).ShouldBe(["s01", "2", "s11"]);
            lines[0].GetProperty("issues").GetArrayLength().ShouldBe(0);
            lines[1].GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Number);
            var issue = lines[1].GetProperty("issues").EnumerateArray().ShouldHaveSingleItem();
            issue.GetProperty("kind").GetString().ShouldBe("number");
            issue.GetProperty("severity").GetString().ShouldBe("error");
            issue.GetProperty("source").GetString().ShouldBe("Sekitar 10.000");
            issue.GetProperty("target").GetString().ShouldBe("About 10.000");
            issue.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
            var missing = lines[2].GetProperty("issues").EnumerateArray().ShouldHaveSingleItem();
            (missing.GetProperty("kind").GetString(), missing.GetProperty("target").ValueKind).ShouldBe(("missing", JsonValueKind.Null));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Qa_Stdin_ReadsWithDash()
    {
        var result = await CliRunner.RunAsync("""{"id":"x","source":"Tujuh kapal tiba.","target":"Eight ships arrived."}""" + "\n", "qa", "--input", "-");
        result.ExitCode.ShouldBe(0, result.Stderr);
        using var line = JsonDocument.Parse(result.Stdout.Trim());
        line.RootElement.GetProperty("issues")[0].GetProperty("kind").GetString().ShouldBe("number");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"id":"b","source":5,"target":"x"}""")]
    [InlineData("""{"id":"b","source":"Tujuh kapal."}""")]
    public async Task Qa_MalformedLine_Exit2NamingTheLineAfterEarlierOutput(string bad)
    {
        var input = """{"id":"a","source":"Tujuh kapal tiba.","target":"Seven ships arrived."}""" + "\n" + bad + "\n" + """{"id":"c","source":"x","target":"y"}""" + "\n";
        var result = await CliRunner.RunAsync(input, "qa", "--input", "-");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("line 2");
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldContain("\"id\":\"a\"");
    }

    [Fact]
    public async Task Qa_MissingFile_Exit1WithMessage()
    {
        var result = await CliRunner.RunAsync(null, "qa", "--input", "/nonexistent/segments.jsonl");
        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldContain("/nonexistent/segments.jsonl");
    }

    [Theory]
    [InlineData("qa", "--bogus")]
    [InlineData("translate")]
    [InlineData("qa", "--input")]
    [InlineData("qa", "--source-lang", "fr", "--input", "-")]
    public async Task Cli_BadArguments_Exit2WithUsageHint(params string[] args)
    {
        var result = await CliRunner.RunAsync(string.Empty, args);
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("workbench --help");
    }

    [Theory]
    [InlineData("--source-lang", "fr")]
    [InlineData("--target-lang", "zh-Hans")]
    public async Task Qa_UnsupportedLanguage_Exit2NamingTheSupportedLanguages(string option, string language)
    {
        var result = await CliRunner.RunAsync("""{"id":"a","source":"Tujuh kapal tiba.","target":"Seven ships arrived."}""" + "\n", "qa", "--input", "-", option, language);
        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain($"'{language}'");
        result.Stderr.ShouldContain("id (Indonesian), en (English)");
    }

    [Theory]
    [InlineData("id-ID", "en-GB")]
    [InlineData("id_ID", "EN")]
    public async Task Qa_RegionalLanguageCodes_AreAccepted(string source, string target)
    {
        var result = await CliRunner.RunAsync("""{"id":"a","source":"Tujuh kapal tiba.","target":"Seven ships arrived."}""" + "\n", "qa", "--input", "-", "--source-lang", source, "--target-lang", target);
        result.ExitCode.ShouldBe(0, result.Stderr);
    }

    [Fact]
    public async Task Cli_Help_DocumentsCommandsAndOptions()
    {
        var result = await CliRunner.RunAsync(null, "--help");
        result.ExitCode.ShouldBe(0);
        foreach (var word in new[] { "qa", "claims", "--input", "--source-lang", "--target-lang", "--lang", "Exit codes" })
        {
            result.Stdout.ShouldContain(word);
        }
    }
}
