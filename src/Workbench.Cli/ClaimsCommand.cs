using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Workbench.Core.Facts;

namespace Workbench.Cli;

/// <summary>`workbench claims`: plain text in, a JSON array of recognized facts out, one object per line.</summary>
internal static class ClaimsCommand
{
    /// <summary>Input beyond this many characters is refused rather than exhausting memory (news articles are kilobytes).</summary>
    public const int MaxChars = 64 * 1024 * 1024;

    public static async Task<int> RunAsync(TextReader reader, Stream stdout, TextWriter stderr, string input, string lang)
    {
        var (text, error) = await ReadTextAsync(reader).ConfigureAwait(false);
        if (text is null)
        {
            await stderr.WriteLineAsync($"workbench: cannot read {(input == "-" ? "standard input" : $"'{input}'")}: {error}").ConfigureAwait(false);
            return CliApp.InputError;
        }

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

    /// <summary>The whole input as text, or null and why: not UTF-8, binary (NUL characters), or too large.</summary>
    private static async Task<(string? Text, string? Error)> ReadTextAsync(TextReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[1 << 16];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                var nul = buffer.AsSpan(0, read).IndexOf('\0');
                if (nul >= 0)
                {
                    return (null, $"the input looks binary (a NUL character at offset {text.Length + nul}); claims reads UTF-8 plain text");
                }

                if (text.Length + read > MaxChars)
                {
                    return (null, $"the input is larger than {MaxChars / (1024 * 1024)} MB of text; split it into articles");
                }

                text.Append(buffer, 0, read);
            }
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"the input is not UTF-8 text (bytes {Convert.ToHexString(e.BytesUnknown ?? [])} cannot be decoded); convert it to UTF-8");
        }

        return (text.ToString(), null);
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
