using Workbench.Core;

namespace Workbench.Features.Documents;

/// <summary>Server-side checks for document metadata; the form shows the same rules before submit.</summary>
public static class DocumentMetadataValidator
{
    public static IReadOnlyList<string> Validate(DocumentMetadata m)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(m.Title))
        {
            errors.Add("Enter a title.");
        }
        else if (m.Title.Trim().Length > Document.TitleMaxLength)
        {
            errors.Add($"The title can be at most {Document.TitleMaxLength} characters long.");
        }

        if (!string.IsNullOrWhiteSpace(m.SourceUrl) && UrlError(m.SourceUrl) is { } urlError)
        {
            errors.Add(urlError);
        }

        if (m.Publisher is { Length: > Document.PublisherMaxLength })
        {
            errors.Add($"The publisher can be at most {Document.PublisherMaxLength} characters long.");
        }

        if (!Languages.IsSupported(m.SourceLanguage))
        {
            errors.Add($"“{m.SourceLanguage}” is not a supported source language.");
        }

        if (!Languages.IsSupported(m.TargetLanguage))
        {
            errors.Add($"“{m.TargetLanguage}” is not a supported target language.");
        }
        else if (string.Equals(m.SourceLanguage, m.TargetLanguage, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("The source and target languages must differ.");
        }

        return errors;
    }

    /// <summary>
    /// A publication date after tomorrow is a typo (2042 for 2024): refused. Tomorrow is allowed
    /// because an Indonesian article dated today (UTC+7..+9) is already tomorrow for a server on UTC.
    /// </summary>
    public static string? PublicationDateError(DateOnly? publishedOn, DateOnly todayUtc)
        => publishedOn is { } date && date > todayUtc.AddDays(1)
            ? $"The publication date {date:yyyy-MM-dd} is in the future. Check the year."
            : null;

    public static string? UrlError(string url)
    {
        if (url.Length > Document.UrlMaxLength)
        {
            return $"The source URL can be at most {Document.UrlMaxLength} characters long.";
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "The source URL must be a full web address starting with http:// or https://.";
    }
}
