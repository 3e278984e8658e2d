namespace Workbench.Core.Facts.Qa;

public enum QaKind
{
    Number,
    Date,
    Time,
    Name,
    Negation,
    Untranslated,
    Missing,
    Punctuation,
}

public enum QaSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in a (source, translation) pair. <see cref="Code"/> is a stable rule id (see <see cref="QaCodes"/>)
/// for recording overrides; <see cref="Source"/> and <see cref="Target"/> are the offending spans, when there is one,
/// in the source and translation strings given to <see cref="QaChecker.Check(string, string, string, string)"/>.
/// </summary>
public sealed record QaFinding(string Code, QaKind Kind, QaSeverity Severity, TextSpan? Source, TextSpan? Target, string Message);
