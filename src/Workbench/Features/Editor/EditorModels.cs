using Workbench.Core.Segmentation;
using Workbench.Features.Documents;

namespace Workbench.Features.Editor;

/// <summary>A segment as the editor shows it; immutable, replaced on every save.</summary>
public sealed record SegmentView(
    int Id,
    int Index,
    int Paragraph,
    SegmentKind Kind,
    string Source,
    string Target,
    SegmentStatus Status,
    TranslationOrigin? Origin,
    bool Excluded,
    string? ExclusionReason,
    string? UpdatedByName,
    DateTime UpdatedAt,
    int Version)
{
    public static SegmentView From(Segment s) => new(s.Id, s.Index, s.Paragraph, s.Kind, s.Source, s.Target, s.Status,
        s.TargetOrigin, s.Excluded, s.ExclusionReason, s.UpdatedByName, s.UpdatedAt, s.Version);
}

public sealed record EditorDocument(
    int Id,
    string Title,
    string? SourceUrl,
    string? Publisher,
    DateOnly? PublishedOn,
    string SourceLanguage,
    string TargetLanguage,
    IReadOnlyList<SegmentView> Segments);

/// <summary>The outcome of a save: saved, a conflict with someone else's newer save, or refused.</summary>
public abstract record SaveResult
{
    private SaveResult()
    {
    }

    public sealed record Saved(SegmentView Segment) : SaveResult;

    /// <summary>The segment changed since the editor loaded it. <see cref="Mine"/> was kept as a conflict copy in the history.</summary>
    public sealed record Conflict(SegmentView Theirs, string Mine) : SaveResult;

    public sealed record Rejected(string Message) : SaveResult;
}

public sealed record RevisionView(
    long Id,
    string Text,
    TranslationOrigin Origin,
    SegmentStatus Status,
    string AuthorName,
    DateTime CreatedAt,
    bool IsConflictCopy);

/// <summary>A text the user wants saved for a segment, with the version the edit started from.</summary>
public sealed record SegmentEdit(SegmentView Segment, string Text);

public enum ConflictChoice
{
    KeepMine,
    KeepTheirs,
}

/// <summary>A row of the (filtered) list: its position on screen and the segment it shows.</summary>
internal sealed record EditorRow(int Position, int SegmentIndex);
