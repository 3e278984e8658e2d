namespace Workbench.Features.Editor;

/// <summary>The editor's log messages, source-generated: no boxing or parsing per call (CA1848).</summary>
internal static partial class EditorLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Error, Message = "Saving segment {SegmentId} failed")]
    public static partial void SaveFailed(this ILogger logger, Exception exception, int segmentId);
}
