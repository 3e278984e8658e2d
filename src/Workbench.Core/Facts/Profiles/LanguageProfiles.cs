namespace Workbench.Core.Facts.Profiles;

/// <summary>
/// The languages the facts engine (recognizers and QA) knows. Any other language can still be imported, translated
/// and edited; it is just not fact-checked: ask <see cref="Find"/> or <see cref="FactRecognizer.Supports"/> first.
/// </summary>
public static class LanguageProfiles
{
    // A new language is one line here and a folder of data files (Data/<code>/, see Data/README.md); its grammar
    // says which hand-written rules of word order read it.
    public static LanguageProfile Indonesian { get; } = new("id", "Indonesian", LanguageGrammar.Indonesian, decimalSeparator: ',', groupSeparator: '.', "10.000 dan 2,5");

    public static LanguageProfile English { get; } = new("en", "English", LanguageGrammar.English, decimalSeparator: '.', groupSeparator: ',', "10,000 and 2.5");

    // An array, so the lookup at every Recognize/Check call walks it without allocating an enumerator.
    private static readonly LanguageProfile[] Profiles = [Indonesian, English];

    /// <summary>Every profile, in the order messages list them.</summary>
    public static IReadOnlyList<LanguageProfile> All => Profiles;

    /// <summary>"id (Indonesian), en (English)": for messages that tell a user what is supported.</summary>
    public static string SupportedList { get; } = string.Join(", ", All.Select(p => p.ToString()));

    /// <summary>
    /// The profile of a language code, by its primary subtag and case-insensitively ("en", "EN", "en-GB", "id_ID");
    /// null for a language the engine does not know, for null and for an empty code.
    /// </summary>
    public static LanguageProfile? Find(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var primary = code.AsSpan();
        var end = primary.IndexOfAny('-', '_');
        if (end >= 0)
        {
            primary = primary[..end];
        }

        foreach (var profile in Profiles)
        {
            if (primary.Equals(profile.Code, StringComparison.OrdinalIgnoreCase))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>The profile of <paramref name="code"/>; an <see cref="ArgumentException"/> naming the supported languages otherwise.</summary>
    internal static LanguageProfile Get(string code, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        return Find(code) ?? throw new ArgumentException(UnsupportedMessage(code), parameterName);
    }

    /// <summary>"Language 'fr' is not supported by the facts engine; supported: id (Indonesian), en (English)".</summary>
    public static string UnsupportedMessage(string code) =>
        $"Language '{code}' is not supported by the facts engine; supported: {SupportedList}";
}
