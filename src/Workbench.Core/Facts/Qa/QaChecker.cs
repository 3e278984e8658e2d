using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Recognition;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Translation QA for one (source, translation) pair: numbers, dates and times compared by value across the two
/// locales' conventions, names, negation, untranslated or missing text, and punctuation. Immutable and thread-safe:
/// build one and call <see cref="Check(string, string, string, string)"/> per segment from any thread. Only language
/// pairs of <see cref="LanguageProfiles"/> are checked (Indonesian and English, either way): ask <see cref="Supports"/>
/// first and show "not checked" for other pairs.
/// </summary>
public sealed class QaChecker
{
    private readonly Exonyms? glossaryExonyms;
    private readonly HashSet<string> disabled;

    public QaChecker(QaOptions? options = null)
    {
        options ??= new QaOptions();
        glossaryExonyms = options.Glossary.Count == 0 ? null : Exonyms.WithGlossary(options.Glossary);
        disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when a translation from <paramref name="sourceLanguage"/> into <paramref name="targetLanguage"/> can be
    /// checked: both have a profile ("id" and "en" either way, regional forms such as "en-GB" included).
    /// </summary>
    public static bool Supports(string sourceLanguage, string targetLanguage) =>
        LanguageProfiles.Find(sourceLanguage) is not null && LanguageProfiles.Find(targetLanguage) is not null;

    /// <summary>Findings for the pair, in the order: missing/untranslated, numbers, dates and times, names, negation, punctuation.</summary>
    /// <exception cref="ArgumentException">
    /// A language has no profile (<see cref="Supports"/> is false). That is a caller's mistake, not a finding: an empty
    /// list would read as "checked, nothing wrong". Callers that accept any pair check <see cref="Supports"/> first.
    /// </exception>
    public IReadOnlyList<QaFinding> Check(string source, string target, string sourceLang = "id", string targetLang = "en") =>
        Check(source, target, LanguageProfiles.Get(sourceLang, nameof(sourceLang)), LanguageProfiles.Get(targetLang, nameof(targetLang)));

    /// <summary>Findings for a translation from <paramref name="sourceLanguage"/> into <paramref name="targetLanguage"/>.</summary>
    public IReadOnlyList<QaFinding> Check(string source, string target, LanguageProfile sourceLanguage, LanguageProfile targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        var findings = new List<QaFinding>();
        if (string.IsNullOrWhiteSpace(source))
        {
            return findings;
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            findings.Add(new QaFinding(QaCodes.MissingEmpty, QaKind.Missing, QaSeverity.Error, new TextSpan(0, source.Length), null, "The translation is empty."));
            return Filter(findings);
        }

        using var s = Lexer.Tokenize(source, sourceLanguage.Lexicon);
        using var t = Lexer.Tokenize(target, targetLanguage.Lexicon);
        if (!sourceLanguage.English && SurfaceChecks.Untranslated(source, target, s, t, targetLanguage, findings))
        {
            return Filter(findings);
        }

        SurfaceChecks.Missing(source, target, findings);
        var sourceFacts = new List<Fact>();
        var targetFacts = new List<Fact>();
        new FactParser(s, sourceLanguage, sourceFacts).Run();
        new FactParser(t, targetLanguage, targetFacts).Run();
        NumberCheck.Run(source, target, sourceFacts, targetFacts, sourceLanguage, targetLanguage, findings);
        DateTimeCheck.Run(source, target, sourceFacts, targetFacts, findings);
        NameCheck.Run(s, t, sourceLanguage, ExonymsOf(sourceLanguage), sourceFacts, findings);
        NegationCheck.Run(s, t, sourceLanguage, targetLanguage, findings);
        SurfaceChecks.Punctuation(source, target, findings);
        Consolidate(findings);
        return Filter(findings);
    }

    /// <summary>The exonym table with the newsroom's glossary added (it extends the built-in table).</summary>
    private Exonyms ExonymsOf(LanguageProfile sourceLanguage) => glossaryExonyms ?? sourceLanguage.Exonyms ?? Exonyms.Default;

    /// <summary>
    /// A translation that stops half-way is one error: the numbers, names, dates and times of the untranslated
    /// half are its consequences, so they are not reported again one by one.
    /// </summary>
    private static void Consolidate(List<QaFinding> findings)
    {
        if (findings.Exists(f => f.Code == QaCodes.MissingTruncated))
        {
            findings.RemoveAll(f => f.Code is QaCodes.NumberMissing or QaCodes.NameMissing or QaCodes.DateMissing or QaCodes.TimeMissing);
        }
    }

    private List<QaFinding> Filter(List<QaFinding> findings)
    {
        if (disabled.Count > 0)
        {
            findings.RemoveAll(f => disabled.Contains(f.Code));
        }

        return findings;
    }
}
