using Workbench.Features.Documents;

namespace Workbench.Features.Translation;

/// <summary>
/// One machine or memory translation to apply to a segment, with the segment version and source it
/// was computed from: a segment changed since then is not overwritten.
/// </summary>
public sealed record TranslationItem(
    int SegmentId,
    int ExpectedVersion,
    string SourceText,
    string Text,
    TranslationOrigin Origin,
    string? Engine = null,
    string? Model = null,
    string? Alignment = null,
    int CharactersBilled = 0,
    int? Score = null,
    string? MemorySource = null,
    string? MemoryTarget = null)
{
    public static TranslationItem Machine(int segmentId, int expectedVersion, string sourceText, string text, string engine,
        string? model = null, string? alignment = null, int charactersBilled = 0)
        => new(segmentId, expectedVersion, sourceText, text, TranslationOrigin.Machine, engine, model, alignment, charactersBilled);

    public static TranslationItem Memory(int segmentId, int expectedVersion, string sourceText, string text, int score,
        string memorySource, string memoryTarget)
        => new(segmentId, expectedVersion, sourceText, text, TranslationOrigin.Memory, Score: score, MemorySource: memorySource, MemoryTarget: memoryTarget);
}

/// <summary>What happened to one item of a batch.</summary>
public enum ApplyItemStatus
{
    /// <summary>The text became the segment's target (status Translated).</summary>
    Applied,
    /// <summary>The segment already had exactly this text from this origin; nothing written but the candidate.</summary>
    Unchanged,
    /// <summary>The segment holds a person's translation and overwriting was not asked for; the candidate is kept.</summary>
    SkippedHuman,
    /// <summary>The segment changed since the item was computed (other version or source); not overwritten.</summary>
    SkippedStale,
    /// <summary>The segment is excluded (boilerplate); excluded segments are not translated.</summary>
    RefusedExcluded,
    /// <summary>Empty text or longer than a segment holds.</summary>
    RefusedInvalid,
    /// <summary>No such segment in this document.</summary>
    NotFound,
}

public sealed record ApplyItemOutcome(int SegmentId, ApplyItemStatus Status);

/// <summary>
/// The outcome of a batch. <see cref="Error"/> is set when the whole batch was refused (not
/// allowed, no such document, approved and frozen); then nothing was written.
/// </summary>
public sealed record TranslationApplyResult(string? Error, IReadOnlyList<ApplyItemOutcome> Items, int ReplacedHuman)
{
    public bool Succeeded => Error is null;
    public int Applied => Count(ApplyItemStatus.Applied);
    public int SkippedHuman => Count(ApplyItemStatus.SkippedHuman);
    public int SkippedStale => Count(ApplyItemStatus.SkippedStale);
    public int Refused => Items.Count(i => i.Status is ApplyItemStatus.RefusedExcluded or ApplyItemStatus.RefusedInvalid or ApplyItemStatus.NotFound);

    public int Count(ApplyItemStatus status) => Items.Count(i => i.Status == status);

    public static TranslationApplyResult Refuse(string error) => new(error, [], 0);
}
