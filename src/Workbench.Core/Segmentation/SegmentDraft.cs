namespace Workbench.Core.Segmentation;

/// <summary>
/// One translatable unit proposed by <see cref="Segmenter"/>. Boilerplate is flagged as
/// <see cref="Excluded"/> rather than dropped so the translator can see and restore it.
/// </summary>
/// <param name="Paragraph">0-based paragraph number; segments of one paragraph share it.</param>
/// <param name="Kind">Detected role of the segment.</param>
/// <param name="Text">Trimmed text with whitespace runs collapsed to one space.</param>
/// <param name="Excluded">True when the segment should not be translated by default.</param>
/// <param name="ExclusionReason">Human-readable reason when <paramref name="Excluded"/> is true.</param>
public sealed record SegmentDraft(int Paragraph, SegmentKind Kind, string Text, bool Excluded, string? ExclusionReason);
