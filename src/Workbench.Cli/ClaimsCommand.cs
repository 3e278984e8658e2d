using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Workbench.Core.Facts;

namespace Workbench.Cli;

/// <summary>`workbench claims`: plain text in, a JSON array of recognized facts out, one object per line.</summary>
internal static class ClaimsCommand
{
    public static async Task<int> RunAsync(TextReader reader, Stream stdout, string lang)
    {
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        var facts = FactRecognizer.Recognize(text, lang);
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("["u8);
        for (var i = 0; i < facts.Count; i++)
        {
            buffer.Write(i == 0 ? "\n  "u8 : ",\n  "u8);
            Write(buffer, text, facts[i]);
        }

        buffer.Write(facts.Count == 0 ? "]\n"u8 : "\n]\n"u8);
        await stdout.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static void Write(IBufferWriter<byte> buffer, string text, Fact fact)
    {
        using var w = new Utf8JsonWriter(buffer, Json.Writer);
        w.WriteStartObject();
        w.WriteNumber("start", fact.Start);
        w.WriteNumber("end", fact.End);
        w.WriteString("text", fact.GetText(text));
        w.WriteString("kind", fact.Kind.ToString().ToLowerInvariant());
        var value = fact.Value;
        w.WritePropertyName("value");
        switch (value.Kind)
        {
            case FactValueKind.Number:
                w.WriteNumberValue(value.Number);
                break;
            case FactValueKind.Date when value.Date.ToIsoString() is { } iso:
                w.WriteStringValue(iso);
                break;
            case FactValueKind.Time:
                w.WriteStringValue(value.Time.ToString("HH:mm", CultureInfo.InvariantCulture));
                break;
            case FactValueKind.Text:
                w.WriteStringValue(value.Text);
                break;
            default:
                w.WriteNullValue();
                break;
        }

        w.WriteString("unit", fact.Unit);
        w.WriteString("qualifier", fact.Qualifier);
        w.WriteString("claimant", fact.Claimant);
        w.WritePropertyName("max");
        if (value.Max is { } max)
        {
            w.WriteNumberValue(max);
        }
        else if (value.TimeEnd is { } end)
        {
            w.WriteStringValue(end.ToString("HH:mm", CultureInfo.InvariantCulture));
        }
        else if (value.Kind == FactValueKind.Date && value.Date.EndDay > 0)
        {
            w.WriteStringValue((value.Date with { Day = value.Date.EndDay, EndDay = 0 }).ToIsoString());
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndObject();
    }
}
