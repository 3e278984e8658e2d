using System.Text.RegularExpressions;

namespace Workbench.Core.Segmentation;

/// <summary>A whole-line pattern for page furniture a translator would not translate.</summary>
internal sealed record BoilerplateRule(Regex Pattern, SegmentKind Kind, string Reason);

/// <summary>
/// Boilerplate of Indonesian and English news pages, kept as data in one place. Every pattern must
/// match the whole (whitespace-collapsed) paragraph, case-insensitively; they apply whatever the
/// source language because Indonesian pages carry English furniture ("FOLLOW US", "ADVERTISEMENT").
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Boilerplate lines are short; longer paragraphs are never tested, which also bounds the cost.</summary>
    public const int MaxLength = 300;

    /// <summary>Reason for a second copy of a paragraph.</summary>
    public const string RepeatedLine = "Repeated line";

    /// <summary>Reason for a reporter's or agency's initials, alone or after a paragraph's last sentence.</summary>
    public const string BylineInitials = "Byline initials";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static IReadOnlyList<BoilerplateRule> All { get; } =
    [
        new(RelatedArticle, SegmentKind.Boilerplate, "Related-article link"),
        new(GoogleNews, SegmentKind.Boilerplate, "Google News prompt"),
        new(SocialMedia, SegmentKind.Boilerplate, "Social media prompt"),
        new(Subscription, SegmentKind.Boilerplate, "Subscription prompt"),
        new(SectionLabel, SegmentKind.Boilerplate, "Section label"),
        new(Advertisement, SegmentKind.Boilerplate, "Advertisement"),
        new(Copyright, SegmentKind.Boilerplate, "Copyright notice"),
        new(StaffCredit, SegmentKind.Byline, "Editor or author credit"),
        new(Initials, SegmentKind.Byline, BylineInitials),
    ];

    /// <summary>Returns the first rule matching the paragraph, or null.</summary>
    public static BoilerplateRule? Match(string paragraph)
    {
        if (paragraph.Length > MaxLength)
        {
            return null;
        }

        foreach (var rule in All)
        {
            if (rule.Pattern.IsMatch(paragraph))
            {
                return rule;
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"^(?:(?:baca\s+(?:juga|pula|selengkapnya)|simak\s+(?:juga|video)|lihat\s+juga)\b|(?:read\s+(?:more|also)|see\s+also|also\s+read|related)\s*:)",
        Options)]
    private static partial Regex RelatedArticle { get; }

    // "Cek Berita dan Artikel yang lain di" is often split from its "Google News" link by a line break.
    [GeneratedRegex(
        @"^(?:cek\s+berita\s+dan\s+artikel\s+(?:yang\s+)?lain(?:nya)?\s+di(?:\s+google\s+news)?\.?|google\s+news\.?|(?:cek|baca|ikuti|simak|dapatkan|follow|read|get)\b.*\bgoogle\s+news\b.*)$",
        Options)]
    private static partial Regex GoogleNews { get; }

    [GeneratedRegex(
        @"^(?:(?:ikuti\s+(?:kami|media\s+sosial|akun|saluran|channel)|follow\s+us)\b.*|(?:bagikan(?:\s+artikel\s+ini)?|share(?:\s+this(?:\s+(?:article|story))?)?)\s*:?)$",
        Options)]
    private static partial Regex SocialMedia { get; }

    [GeneratedRegex(
        @"^(?:dapatkan\s+(?:update|info|informasi|berita|notifikasi)|(?:download|unduh)\s+(?:aplikasi|app)|subscribe\s+to|sign\s+up\s+for)\b.*$",
        Options)]
    private static partial Regex Subscription { get; }

    [GeneratedRegex(
        @"^(?:(?:(?:berita|artikel|topik)\s+)?terkait|(?:berita|artikel)\s+lain(?:nya)?|(?:berita\s+)?(?:ter)?populer|(?:berita\s+)?terbaru|rekomendasi|pilihan\s+editor|related(?:\s+(?:articles?|news|stories))?|more\s+stories|most\s+popular|trending|latest\s+news|you\s+may\s+also\s+like|editor'?s\s+picks?)\s*:?$|^(?:tags?|topik)\s*:.*$",
        Options)]
    private static partial Regex SectionLabel { get; }

    [GeneratedRegex(
        @"^(?:advertisement|iklan|sponsored|konten\s+sponsor|scroll\s+to\s+(?:continue|resume)(?:\s+with\s+content)?|gulir\s+untuk\s+melanjutkan.*)$",
        Options)]
    private static partial Regex Advertisement { get; }

    [GeneratedRegex(@"^(?:copyright\b|hak\s+cipta\b|©|\(c\)\s*\d{4}|all\s+rights\s+reserved).*$", Options)]
    private static partial Regex Copyright { get; }

    [GeneratedRegex(
        @"^(?:(?:editor|penulis|reporter|pewarta|penyunting|redaktur|kontributor|fotografer|writer|author)\s*:|(?:written|reporting|editing|writing)\s+by\b).{1,120}$",
        Options)]
    private static partial Regex StaffCredit { get; }

    // "(WIL)", "(ant)", "(Antara)", "(ant/rtr)": a reporter's or agency's initials on a line of their own.
    [GeneratedRegex(@"^[(\[]\s*\p{L}{2,12}(?:\s*[/,]\s*\p{L}{2,12}){0,3}\s*[)\]]$", Options)]
    private static partial Regex Initials { get; }
}
