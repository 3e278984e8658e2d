namespace Workbench.Features.Documents;

/// <summary>The documents feature's log messages, source-generated: no boxing or parsing per call (CA1848).</summary>
internal static partial class DocumentsLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "{User} imported document {DocumentId} with {Count} segments")]
    public static partial void DocumentImported(this ILogger logger, string user, int documentId, int count);
}
