using Workbench.Core.Facts.Qa;
using Workbench.Core.Segmentation;
using Workbench.Features.Documents;
using Workbench.Features.Editor;
using Workbench.Features.Qa;

namespace Workbench.Tests.Features.Qa;

/// <summary>
/// Source/translation pairs with known QA outcomes, and a <see cref="QaService"/> whose Evaluate runs the real
/// checker (Evaluate needs neither the database nor authorization).
/// </summary>
internal static class QaSamples
{
    /// <summary>One error, number.format, spans "Sekitar 10.000" / "About 10.000".</summary>
    public const string TroopsSource = "Sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia.";
    public const string TroopsIndonesianFormat = "About 10.000 North Korean troops have been sent to Russia.";
    public const string TroopsCorrect = "About 10,000 North Korean troops have been sent to Russia.";

    /// <summary>One warning, number.added, target span "Two" (no source span).</summary>
    public const string ShipsSource = "Kapal tiba di pelabuhan.";
    public const string ShipsTwo = "Two ships arrived at the port.";
    public const string ShipsCorrect = "Ships arrived at the port.";

    /// <summary>One error, name.misspelled, spans "Rutte" / "Rute".</summary>
    public const string RutteSource = "Sekretaris Jenderal NATO Mark Rutte menyebutnya eskalasi signifikan.";
    public const string RutteMisspelled = "NATO Secretary General Mark Rute called it a significant escalation.";
    public const string RutteCorrect = "NATO Secretary General Mark Rutte called it a significant escalation.";

    /// <summary>Both of the above in one segment: the error (number.format) and the warning (number.added on "Two").</summary>
    public const string MixedSource = ShipsSource + " " + TroopsSource;
    public const string MixedTarget = ShipsTwo + " " + TroopsIndonesianFormat;

    public static readonly DateTime At = new(2026, 11, 2, 9, 15, 0, DateTimeKind.Utc);

    public static QaService Service { get; } = new(new QaChecker(), null!, null!, TimeProvider.System);

    public static SegmentView Segment(string source, string target, bool excluded = false, TranslationOrigin origin = TranslationOrigin.Human,
        SegmentStatus status = SegmentStatus.Draft)
        => new(Id: 42, Index: 6, Paragraph: 3, SegmentKind.Body, source, target, status, origin, excluded,
            ExclusionReason: excluded ? "Related-article link" : null, UpdatedByName: "Tari Translator", UpdatedAt: At, Version: 3);

    public static SegmentQa Evaluate(string source, string target, IReadOnlyList<QaOverrideView>? overrides = null)
        => Service.Evaluate(Segment(source, target), "id", "en", overrides);

    /// <summary>An override for <paramref name="key"/> as LoadOverridesAsync returns it.</summary>
    public static QaOverrideView OverrideOf(string key, string reason = "The photo caption names two ships.")
        => new(key, reason, "Tari Translator", At);

    /// <summary>A hand-made finding for tests that need exact control of spans and severities.</summary>
    public static QaItem Item(string code, QaSeverity severity, int? sourceStart, int? sourceEnd, int? targetStart, int? targetEnd,
        string message, QaKind kind = QaKind.Number, QaOverrideView? overridden = null)
    {
        var finding = new QaFinding(code, kind, severity,
            sourceStart is null ? null : new Workbench.Core.Facts.TextSpan(sourceStart.Value, sourceEnd!.Value),
            targetStart is null ? null : new Workbench.Core.Facts.TextSpan(targetStart.Value, targetEnd!.Value),
            message);
        return new QaItem(finding, $"{code}|{sourceStart}|{targetStart}", null, null, overridden);
    }
}
