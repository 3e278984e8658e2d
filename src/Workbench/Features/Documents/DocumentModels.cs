namespace Workbench.Features.Documents;

/// <summary>What the importer asks for besides the text.</summary>
public sealed record DocumentMetadata(
    string Title,
    string? SourceUrl,
    string? Publisher,
    DateOnly? PublishedOn,
    string SourceLanguage,
    string TargetLanguage);

public sealed record DocumentSummary(
    int Id,
    string Title,
    string? Publisher,
    string SourceLanguage,
    string TargetLanguage,
    DocumentStatus Status,
    int SegmentCount,
    int ConfirmedCount,
    DateTime UpdatedAt,
    string? UpdatedByName);

public sealed record DocumentListPage(IReadOnlyList<DocumentSummary> Items, int Total);

public sealed record ImportOutcome(int? DocumentId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => DocumentId is not null;

    public static ImportOutcome Fail(params string[] errors) => new(null, errors);
}
