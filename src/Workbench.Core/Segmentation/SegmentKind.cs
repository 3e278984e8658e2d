namespace Workbench.Core.Segmentation;

/// <summary>What a segment is within a news page; drives how the translator sees and exports it.</summary>
public enum SegmentKind
{
    Body,
    Heading,
    Dateline,
    Caption,
    Byline,
    Boilerplate,
}
