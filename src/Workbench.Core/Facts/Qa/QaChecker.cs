using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Recognition;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Translation QA for one (source, translation) pair: numbers, dates and times compared by value across the two
/// locales' conventions, names, negation, untranslated or missing text, and punctuation. Immutable and thread-safe:
/// build one and call <see cref="Check"/> per segment from any thread.
/// </summary>
public sealed class QaChecker
{
    private readonly Exonyms exonyms;
    private readonly HashSet<string> disabled;

    public QaChecker(QaOptions? options = null)
    {
        options ??= new QaOptions();
        exonyms = options.Glossary.Count == 0 ? Exonyms.Default : new Exonyms(options.Glossary);
        disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Findings for the pair, in the order: missing/untranslated, numbers, dates and times, names, negation, punctuation.</summary>
    public IReadOnlyList<QaFinding> Check(string source, string target, string sourceLang = "id", string targetLang = "en")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var sourceEnglish = FactRecognizer.IsEnglish(sourceLang);
        var targetEnglish = FactRecognizer.IsEnglish(targetLang);
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

        var sourceLexicon = Lexicon.For(sourceLang);
        var targetLexicon = Lexicon.For(targetLang);
        using var s = Lexer.Tokenize(source, sourceLexicon);
        using var t = Lexer.Tokenize(target, targetLexicon);
        if (!sourceEnglish && SurfaceChecks.Untranslated(source, target, s, t, targetEnglish, findings))
        {
            return Filter(findings);
        }

        SurfaceChecks.Missing(source, target, findings);
        var sourceFacts = new List<Fact>();
        var targetFacts = new List<Fact>();
        new FactParser(s, sourceLexicon, sourceEnglish, sourceFacts).Run();
        new FactParser(t, targetLexicon, targetEnglish, targetFacts).Run();
        NumberCheck.Run(source, target, sourceFacts, targetFacts, sourceEnglish, targetEnglish, findings);
        DateTimeCheck.Run(source, target, sourceFacts, targetFacts, findings);
        NameCheck.Run(s, t, sourceEnglish, exonyms, sourceFacts, findings);
        NegationCheck.Run(s, t, sourceEnglish, targetEnglish, findings);
        SurfaceChecks.Punctuation(source, target, findings);
        Consolidate(findings);
        return Filter(findings);
    }

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
