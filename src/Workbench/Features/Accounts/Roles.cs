namespace Workbench.Features.Accounts;

/// <summary>The newsroom roles. A user may hold several.</summary>
public static class Roles
{
    public const string Translator = nameof(Translator);
    public const string FactChecker = nameof(FactChecker);
    public const string Editor = nameof(Editor);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Translator, FactChecker, Editor, Admin];

    public static string Describe(string role) => role switch
    {
        Translator => "Imports documents and post-edits translations",
        FactChecker => "Marks claims, records verdicts and citations",
        Editor => "Reviews and approves documents",
        Admin => "Manages users and roles",
        _ => role,
    };
}

/// <summary>Authorization policies; pages use them in [Authorize] and services re-check them on every action.</summary>
public static class Policies
{
    public const string ManageUsers = nameof(ManageUsers);
    public const string EditTranslations = nameof(EditTranslations);

    /// <summary>Run machine translation and apply memory matches to a document.</summary>
    public const string RunMachineTranslation = nameof(RunMachineTranslation);

    public static readonly string[] EditTranslationRoles = [Roles.Translator, Roles.Editor];

    /// <summary>
    /// Admins may run it too (they run the engines and pay for them); it fills empty or machine-made
    /// segments and replaces a person's text only when the user explicitly asks.
    /// </summary>
    public static readonly string[] RunMachineTranslationRoles = [Roles.Translator, Roles.Editor, Roles.Admin];
}
