using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation;

/// <summary>Decides the role of a whole paragraph (one whitespace-collapsed line or wrapped block).</summary>
internal static partial class ParagraphClassifier
{
    private const int MaxBylineLength = 120;
    private const int MaxHeadingLength = 150;
    private const int MaxHeadingWords = 25;
    private const int MaxCaptionLength = 400;

    // Credits and initials sit at the very end; matching only the tail keeps long paragraphs cheap.
    private const int CreditTailLength = 80;

    private const string Openers = "\"“‘'«([";
    private const string Closers = "\"”’'»)]";

    /// <summary>Classifies a paragraph; <paramref name="exclusionReason"/> is set for boilerplate.</summary>
    /// <param name="bodyStarted">
    /// Whether article text has begun: a bare agency credit "(AFP)" marks a photo caption above the
    /// article but the story's source credit below it.
    /// </param>
    public static SegmentKind Classify(string paragraph, LanguageRules rules, bool bodyStarted, out string? exclusionReason)
    {
        exclusionReason = null;
        if (BoilerplateRules.Match(paragraph) is { } rule)
        {
            exclusionReason = rule.Reason;
            return rule.Kind;
        }

        // Captions first: an Antara caption carries a day and date just like a byline does.
        if (IsCaption(paragraph, bodyStarted))
        {
            return SegmentKind.Caption;
        }

        if (IsByline(paragraph))
        {
            return SegmentKind.Byline;
        }

        return IsHeading(paragraph, rules) ? SegmentKind.Heading : SegmentKind.Body;
    }

    /// <summary>
    /// Matches a leading dateline ("Washington:", "JAKARTA -", "Jakarta, Medcom.id:", "Jakarta (ANTARA) -");
    /// group "dateline" is the dateline and the match also covers the space after it.
    /// </summary>
    public static Match MatchDateline(string paragraph) => Dateline.Match(paragraph);

    /// <summary>A reporter's or agency's initials after the last sentence of a body paragraph: "... ujarnya. (WIL)".</summary>
    public static Match MatchTrailingCredit(string paragraph) =>
        TrailingCredit.Match(paragraph, Math.Max(0, paragraph.Length - CreditTailLength));

    private static bool IsByline(string paragraph)
    {
        if (paragraph.Length > MaxBylineLength || EndsWithSentencePunctuation(paragraph))
        {
            return false;
        }

        return AuthorPrefix.IsMatch(paragraph)
            || (NewsDate.IsMatch(paragraph)
                && (ClockTime.IsMatch(paragraph) || DayName.IsMatch(paragraph) || paragraph.AsSpan().IndexOfAny("•|·") >= 0));
    }

    private static bool IsCaption(string paragraph, bool bodyStarted)
    {
        if (paragraph.Length > MaxCaptionLength)
        {
            return false;
        }

        var match = CaptionCredit.Match(paragraph, Math.Max(0, paragraph.Length - CreditTailLength));
        if (!match.Success)
        {
            return false;
        }

        var credit = match.Groups["credit"].Value;
        return PhotoCredit.IsMatch(credit) || (!bodyStarted && AgencyCredit.IsMatch(credit));
    }

    private static bool IsHeading(string paragraph, LanguageRules rules)
    {
        if (paragraph.Length > MaxHeadingLength
            || !(char.IsUpper(paragraph[0]) || char.IsDigit(paragraph[0]) || IsOpeningQuote(paragraph[0]))
            || LastCharBeforeClosers(paragraph) is '.' or ',' or ';' or ':' or '…' or '-' or '–' or '—')
        {
            return false;
        }

        var words = paragraph.Split(' ');
        if (words.Length > MaxHeadingWords)
        {
            return false;
        }

        // Title-case-ish: at least two thirds of the content words start with a capital.
        int significant = 0, capitalized = 0;
        foreach (var raw in words)
        {
            var word = raw.AsSpan().TrimStart(Openers);
            if (word.IsEmpty || !char.IsLetter(word[0]) || rules.HeadingFunctionWords.Contains(word.ToString()))
            {
                continue;
            }

            significant++;
            if (char.IsUpper(word[0]))
            {
                capitalized++;
            }
        }

        return significant > 0 && capitalized * 3 >= significant * 2 && SentenceSplitter.Split(paragraph, rules).Count == 1;
    }

    private static bool EndsWithSentencePunctuation(string paragraph) =>
        LastCharBeforeClosers(paragraph) is '.' or '!' or '?' or '…';

    private static char LastCharBeforeClosers(string paragraph)
    {
        var trimmed = paragraph.AsSpan().TrimEnd(Closers);
        return trimmed.IsEmpty ? '\0' : trimmed[^1];
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«';

    [GeneratedRegex(
        @"^(?<dateline>\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,3}(?:\s*,\s*\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,2})?(?:\s*\([^()]{1,30}\))?\s*(?::|--?|–|—))(?:\s+(?=[\p{Lu}\p{N}""“‘'(])|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline { get; }

    [GeneratedRegex(@"(?<=[.!?…""”’])\s+(?<credit>[(\[]\p{L}{2,12}(?:/\p{L}{2,12}){0,3}[)\]])$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit { get; }

    [GeneratedRegex(@"(?:\s\((?<credit>[^()]{2,60})\)|\s(?<credit>(?:ANTARA\s+FOTO|FOTO\s+ANTARA)/[^()]{1,60}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit { get; }

    // "(ANTARA/Foto)", "(Medcom.id/Nama)", "(Foto: Istimewa)", "(Dok. Humas)", "(medcom.id)".
    [GeneratedRegex(
        @"^(?=.*\p{L})(?:.*/.*|(?:foto|photo|dok|doc|dokumentasi|istimewa|ist|file|getty|shutterstock|handout)\b.*|\S+\.\p{L}{2,}(?:/.*)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit { get; }

    [GeneratedRegex(@"^(?:afp|ap|reuters|antara|epa|xinhua|anadolu|bloomberg|yonhap|kyodo|aa|dpa)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit { get; }

    [GeneratedRegex(@"^(?:[Oo]leh|OLEH|[Bb]y|BY)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*[•|·\-–—].{0,80})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPrefix { get; }

    [GeneratedRegex(
        @"\b\d{1,2}\s+(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|agu(?:stus)?|agt|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?\s+\d{4}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsDate { get; }

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime { get; }

    [GeneratedRegex(@"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayName { get; }
}
