namespace Workbench.Core.Facts.Qa;

/// <summary>Stable rule ids, "kind.rule"; an editor records overrides against these.</summary>
public static class QaCodes
{
    public const string NumberChanged = "number.changed";
    public const string NumberMissing = "number.missing";
    public const string NumberAdded = "number.added";
    public const string NumberFormat = "number.format";
    public const string NumberCurrency = "number.currency";
    public const string NumberUnit = "number.unit";
    public const string NumberQualifier = "number.qualifier";
    public const string DateChanged = "date.changed";
    public const string DateMissing = "date.missing";
    public const string DateAdded = "date.added";
    public const string TimeChanged = "time.changed";
    public const string TimeMissing = "time.missing";
    public const string TimeAdded = "time.added";
    public const string NameMisspelled = "name.misspelled";
    public const string NameMissing = "name.missing";
    public const string NegationLost = "negation.lost";
    public const string NegationAdded = "negation.added";
    public const string UntranslatedIdentical = "untranslated.identical";
    public const string UntranslatedSourceLanguage = "untranslated.source-language";
    public const string UntranslatedWords = "untranslated.words";
    public const string MissingEmpty = "missing.empty";
    public const string MissingTruncated = "missing.truncated";
    public const string PunctuationQuotes = "punctuation.quotes";
    public const string PunctuationBrackets = "punctuation.brackets";
    public const string PunctuationQuestion = "punctuation.question";
}
