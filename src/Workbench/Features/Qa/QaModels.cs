using Workbench.Core.Facts.Qa;

namespace Workbench.Features.Qa;

public sealed record QaOverrideView(string FindingKey, string Reason, string UserName, DateTime CreatedAt);

/// <summary>A finding as the editor shows it, with the override that silenced it, if any.</summary>
public sealed record QaItem(QaFinding Finding, string Key, string? SourceText, string? TargetText, QaOverrideView? Override)
{
    public bool IsError => Finding.Severity == QaSeverity.Error;

    /// <summary>Open means it still needs the translator's attention.</summary>
    public bool IsOpen => Override is null;
}

/// <summary>QA state of one segment's saved translation.</summary>
public sealed record SegmentQa(IReadOnlyList<QaItem> Items)
{
    public static SegmentQa None { get; } = new([]);

    public int ErrorCount => Items.Count(i => i.IsError);

    public int OpenWarningCount => Items.Count(i => !i.IsError && i.IsOpen);

    public bool HasErrors => ErrorCount > 0;
}

public sealed record OverrideResult(bool Succeeded, string? Error, QaOverrideView? Override);
