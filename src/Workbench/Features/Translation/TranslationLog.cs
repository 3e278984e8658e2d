namespace Workbench.Features.Translation;

/// <summary>The translation feature's log messages, source-generated: no boxing or parsing per call (CA1848).</summary>
internal static partial class TranslationLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "A segment of document {DocumentId} changed during a batch apply; retrying")]
    public static partial void BatchRetried(this ILogger logger, int documentId);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
        Message = "{User} applied {Applied} of {Count} translations to document {DocumentId} ({Replaced} people's translations replaced)")]
    public static partial void BatchApplied(this ILogger logger, string user, int applied, int count, int documentId, int replaced);
}
