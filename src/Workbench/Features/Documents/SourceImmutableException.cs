namespace Workbench.Features.Documents;

/// <summary>Thrown when something tries to save a changed source text of an imported segment.</summary>
public sealed class SourceImmutableException(int segmentId)
    : InvalidOperationException($"The source text of segment {segmentId} cannot change after import: claims and alignments anchor offsets in it. Nothing was saved.")
{
    public int SegmentId { get; } = segmentId;
}
