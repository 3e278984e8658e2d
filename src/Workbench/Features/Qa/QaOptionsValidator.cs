using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.Options;
using Workbench.Core.Facts.Qa;

namespace Workbench.Features.Qa;

/// <summary>
/// Rejects a "Qa" section that the checker would otherwise misread without a word: a disabled rule id that
/// matches no rule (a typo would leave the rule on) and glossary entries with no usable rendering.
/// </summary>
public sealed class QaOptionsValidator : IValidateOptions<QaOptions>
{
    /// <summary>
    /// Every rule id <see cref="QaCodes"/> declares, read from its constants so that a rule added there is
    /// accepted here without a second list to keep in step. Case-insensitive, as <see cref="QaChecker"/> matches them.
    /// </summary>
    public static readonly FrozenSet<string> KnownRules = typeof(QaCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, QaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = QaServiceCollectionExtensions.Section;
        var errors = new List<string>();
        foreach (var rule in options.DisabledRules)
        {
            if (string.IsNullOrWhiteSpace(rule) || !KnownRules.Contains(rule))
            {
                errors.Add($"{section}:DisabledRules: '{rule}' is not a QA rule id. Known ids: {string.Join(", ", KnownRules.Order(StringComparer.Ordinal))}.");
            }
        }

        foreach (var (term, renderings) in options.Glossary)
        {
            if (string.IsNullOrWhiteSpace(term))
            {
                errors.Add($"{section}:Glossary: a source term is empty.");
            }
            else if (renderings is null || renderings.Count == 0)
            {
                errors.Add($"{section}:Glossary:{term} lists no accepted rendering.");
            }
            else if (renderings.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"{section}:Glossary:{term} has an empty rendering.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
