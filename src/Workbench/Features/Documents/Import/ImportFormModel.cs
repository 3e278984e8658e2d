using System.ComponentModel.DataAnnotations;
using Workbench.Core;

namespace Workbench.Features.Documents.Import;

/// <summary>The "New document" form; the same rules run again on the server in DocumentService.</summary>
public sealed class ImportFormModel : IValidatableObject
{
    [Required(ErrorMessage = "Enter a title.")]
    [MaxLength(Document.TitleMaxLength, ErrorMessage = "The title can be at most 300 characters long.")]
    public string Title { get; set; } = "";

    public string? SourceUrl { get; set; }

    [MaxLength(Document.PublisherMaxLength, ErrorMessage = "The publisher can be at most 200 characters long.")]
    public string? Publisher { get; set; }

    public DateTime? PublishedOn { get; set; }

    [Required(ErrorMessage = "Choose the source language.")]
    public string SourceLanguage { get; set; } = Languages.DefaultSource;

    [Required(ErrorMessage = "Choose the target language.")]
    public string TargetLanguage { get; set; } = Languages.DefaultTarget;

    /// <summary>Text typed or pasted into the form.</summary>
    public string PastedText { get; set; } = "";

    public DocumentMetadata ToMetadata() => new(
        Title.Trim(),
        string.IsNullOrWhiteSpace(SourceUrl) ? null : SourceUrl.Trim(),
        string.IsNullOrWhiteSpace(Publisher) ? null : Publisher.Trim(),
        PublishedOn is { } d ? DateOnly.FromDateTime(d) : null,
        SourceLanguage,
        TargetLanguage);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SourceUrl) && DocumentMetadataValidator.UrlError(SourceUrl) is { } error)
        {
            yield return new ValidationResult(error, [nameof(SourceUrl)]);
        }

        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (DocumentMetadataValidator.PublicationDateError(PublishedOn is { } d ? DateOnly.FromDateTime(d) : null, today) is { } dateError)
        {
            yield return new ValidationResult(dateError, [nameof(PublishedOn)]);
        }

        if (string.Equals(SourceLanguage, TargetLanguage, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("The source and target languages must differ.", [nameof(TargetLanguage)]);
        }
    }
}

/// <summary>What the form hands to the page once its input is valid.</summary>
/// <param name="Headings">Paragraphs an uploaded file marks as headings (empty for pasted text).</param>
public sealed record ImportRequest(DocumentMetadata Metadata, string Text, IReadOnlyList<string> Headings);
