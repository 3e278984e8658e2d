using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workbench.Cli;

internal static class Json
{
    /// <summary>Compact output that keeps Indonesian text and curly quotes readable instead of \u escapes.</summary>
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
