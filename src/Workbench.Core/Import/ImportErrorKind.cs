namespace Workbench.Core.Import;

/// <summary>Why an import failed; <see cref="None"/> on success.</summary>
public enum ImportErrorKind
{
    None,
    Empty,
    TooLarge,
    TextTooLarge,
    UnsupportedType,
    Binary,
    BadEncoding,
    Corrupt,
}
