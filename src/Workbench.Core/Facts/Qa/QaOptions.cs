namespace Workbench.Core.Facts.Qa;

/// <summary>Settings of a <see cref="QaChecker"/>; immutable once the checker is built.</summary>
public sealed class QaOptions
{
    /// <summary>Rule ids (<see cref="QaCodes"/>) never reported, e.g. a newsroom that accepts added numbers.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];

    /// <summary>
    /// Extra accepted renderings of source names, added to the built-in exonyms:
    /// "Kementerian Pertahanan" → ["Defense Ministry", "Pentagon"].
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Glossary { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
