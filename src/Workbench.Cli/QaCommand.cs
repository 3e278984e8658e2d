using System.Buffers;
using System.Text.Json;
using Workbench.Core.Facts.Qa;

namespace Workbench.Cli;

/// <summary>`workbench qa`: JSON Lines in, one JSON line of findings out per input line.</summary>
internal static class QaCommand
{
    public static async Task<int> RunAsync(TextReader reader, Stream stdout, TextWriter stderr, string sourceLang, string targetLang)
    {
        var checker = new QaChecker();
        var line = new ArrayBufferWriter<byte>();
        var output = new BufferedStream(stdout, 1 << 16);
        await using var disposeOutput = output.ConfigureAwait(false);
        var number = 0;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            using var document = Parse(text, out var error);
            if (document is null || !Fields(document.RootElement, out var id, out var source, out var target, ref error))
            {
                await output.FlushAsync().ConfigureAwait(false);
                await stderr.WriteLineAsync($"workbench: line {number}: {error}").ConfigureAwait(false);
                return CliApp.UsageError;
            }

            line.Clear();
            Write(line, id, source, target, checker.Check(source, target, sourceLang, targetLang));
            line.Write("\n"u8);
            await output.WriteAsync(line.WrittenMemory).ConfigureAwait(false);
        }

        await output.FlushAsync().ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static JsonDocument? Parse(string text, out string error)
    {
        error = string.Empty;
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message})";
            return null;
        }
    }

    private static bool Fields(JsonElement root, out JsonElement? id, out string source, out string target, ref string error)
    {
        id = null;
        source = target = string.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "expected a JSON object {\"id\", \"source\", \"target\"}";
            return false;
        }

        if (root.TryGetProperty("id", out var idValue))
        {
            id = idValue;
        }

        if (!root.TryGetProperty("source", out var s) || s.ValueKind != JsonValueKind.String)
        {
            error = "\"source\" must be a string";
            return false;
        }

        if (!root.TryGetProperty("target", out var t) || t.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            error = "\"target\" must be a string (or null when there is no translation)";
            return false;
        }

        source = s.GetString()!;
        target = t.GetString() ?? string.Empty;
        return true;
    }

    private static void Write(IBufferWriter<byte> buffer, JsonElement? id, string source, string target, IReadOnlyList<QaFinding> findings)
    {
        using var w = new Utf8JsonWriter(buffer, Json.Writer);
        w.WriteStartObject();
        w.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteStartArray("issues");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind.ToString().ToLowerInvariant());
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("source", f.Source?.GetText(source));
            w.WriteString("target", f.Target?.GetText(target));
            w.WriteString("message", f.Message);
            w.WriteString("code", f.Code);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
