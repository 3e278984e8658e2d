namespace Workbench.Core.Segmentation;

/// <summary>
/// Splits a news article into translatable segments: paragraphs, then sentences, with headings,
/// datelines, bylines and photo captions as their own segments and page boilerplate flagged as
/// excluded (never deleted). Pure and linear in the length of the text.
/// </summary>
public static class Segmenter
{
    /// <summary>Segments <paramref name="text"/>.</summary>
    /// <param name="text">Article text; any line endings.</param>
    /// <param name="language">BCP-47 code of the source language; "id" and "en" have dedicated rules.</param>
    /// <param name="headings">
    /// Paragraphs the source file marks as headings (<see cref="Import.ExtractionResult.Headings"/>); they are headings
    /// even in sentence case. Boilerplate rules still apply to them.
    /// </param>
    public static IReadOnlyList<SegmentDraft> Segment(string text, string language = "id", IReadOnlyCollection<string>? headings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = LanguageRules.For(language);
        var marked = headings is { Count: > 0 } ? headings.Select(h => Whitespace.Collapse(h)).ToHashSet(StringComparer.Ordinal) : null;
        var segments = new List<SegmentDraft>();
        var seenParagraphs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bodyStarted = false;
        var number = 0;
        foreach (var paragraph in ParagraphReader.Read(text))
        {
            var kind = ParagraphClassifier.Classify(paragraph, rules, bodyStarted, out var reason);
            if (reason is null && kind == SegmentKind.Body && marked is not null && marked.Contains(Whitespace.Collapse(paragraph)))
            {
                kind = SegmentKind.Heading;
            }

            if (reason is not null)
            {
                segments.Add(new SegmentDraft(number, kind, paragraph, true, reason));
            }
            else
            {
                var first = segments.Count;
                if (kind == SegmentKind.Body)
                {
                    AddBody(segments, number, paragraph, rules, lookForDateline: !bodyStarted);
                    bodyStarted = true;
                }
                else
                {
                    segments.Add(new SegmentDraft(number, kind, paragraph, false, null));
                }

                // Scraped pages repeat captions and teasers; the first occurrence is the one in context.
                if (!seenParagraphs.Add(paragraph))
                {
                    ExcludeAsRepeated(segments, first);
                }
            }

            number++;
        }

        return segments;
    }

    private static void AddBody(List<SegmentDraft> segments, int number, string paragraph, LanguageRules rules, bool lookForDateline)
    {
        var start = 0;
        if (lookForDateline && ParagraphClassifier.MatchDateline(paragraph) is { Success: true } dateline)
        {
            segments.Add(new SegmentDraft(number, SegmentKind.Dateline, dateline.Groups["dateline"].Value, false, null));
            start = dateline.Length;
        }

        var end = paragraph.Length;
        var credit = ParagraphClassifier.MatchTrailingCredit(paragraph);
        if (credit.Success && credit.Index >= start)
        {
            end = credit.Index;
        }

        var body = paragraph.AsSpan(start, end - start);
        foreach (var sentence in SentenceSplitter.Split(body, rules))
        {
            segments.Add(new SegmentDraft(number, SegmentKind.Body, body[sentence].ToString(), false, null));
        }

        if (end < paragraph.Length)
        {
            segments.Add(new SegmentDraft(number, SegmentKind.Byline, credit.Groups["credit"].Value, true, BoilerplateRules.BylineInitials));
        }
    }

    private static void ExcludeAsRepeated(List<SegmentDraft> segments, int first)
    {
        for (var i = first; i < segments.Count; i++)
        {
            if (!segments[i].Excluded)
            {
                segments[i] = segments[i] with { Excluded = true, ExclusionReason = BoilerplateRules.RepeatedLine };
            }
        }
    }
}
