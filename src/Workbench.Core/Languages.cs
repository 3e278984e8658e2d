namespace Workbench.Core;

/// <summary>A language a document can be written or translated in.</summary>
public sealed record Language(string Code, string Name);

/// <summary>
/// The language pairs Workbench offers. Codes are BCP-47 as Azure AI Translator expects them, so a
/// document's pair can be sent to the translator unchanged.
/// </summary>
public static class Languages
{
    public const string DefaultSource = "id";
    public const string DefaultTarget = "en";

    public static IReadOnlyList<Language> All { get; } =
    [
        new("id", "Indonesian"),
        new("en", "English"),
        new("ms", "Malay"),
        new("jv", "Javanese"),
        new("su", "Sundanese"),
        new("tl", "Filipino"),
        new("th", "Thai"),
        new("vi", "Vietnamese"),
        new("zh-Hans", "Chinese (Simplified)"),
        new("ja", "Japanese"),
        new("ko", "Korean"),
        new("ar", "Arabic"),
        new("nl", "Dutch"),
        new("fr", "French"),
        new("de", "German"),
        new("es", "Spanish"),
        new("pt", "Portuguese"),
    ];

    public static bool IsSupported(string? code) => Find(code) is not null;

    public static Language? Find(string? code)
        => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    public static string NameOf(string code) => Find(code)?.Name ?? code;
}
