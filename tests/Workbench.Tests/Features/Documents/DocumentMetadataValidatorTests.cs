using Workbench.Features.Documents;

namespace Workbench.Tests.Features.Documents;

public class DocumentMetadataValidatorTests
{
    private static DocumentMetadata Valid => new("Judul berita", "https://www.medcom.id/x", "Medcom", new DateOnly(2024, 10, 29), "id", "en");

    [Fact]
    public void Validate_ValidMetadata_ReturnsNoErrors()
        => DocumentMetadataValidator.Validate(Valid).ShouldBeEmpty();

    [Fact]
    public void Validate_OptionalFieldsMissing_ReturnsNoErrors()
        => DocumentMetadataValidator.Validate(Valid with { SourceUrl = null, Publisher = null, PublishedOn = null }).ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankTitle_AsksForTitle(string title)
        => DocumentMetadataValidator.Validate(Valid with { Title = title }).ShouldBe(["Enter a title."]);

    [Fact]
    public void Validate_TitleOverMaximum_ReportsLength()
        => DocumentMetadataValidator.Validate(Valid with { Title = new string('a', Document.TitleMaxLength + 1) })
            .ShouldBe(["The title can be at most 300 characters long."]);

    [Fact]
    public void Validate_TitleAtMaximumWithSurroundingSpaces_IsAccepted()
        => DocumentMetadataValidator.Validate(Valid with { Title = "  " + new string('a', Document.TitleMaxLength) + "  " }).ShouldBeEmpty();

    [Theory]
    [InlineData("not a url")]
    [InlineData("www.medcom.id/x")]
    [InlineData("ftp://medcom.id/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    public void Validate_BadUrl_ReportsUrlMessage(string url)
        => DocumentMetadataValidator.Validate(Valid with { SourceUrl = url })
            .ShouldBe(["The source URL must be a full web address starting with http:// or https://."]);

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("https://www.medcom.id/internasional/asia/x?y=1#z")]
    [InlineData("  https://example.com/padded  ")]
    public void Validate_HttpOrHttpsUrl_IsAccepted(string url)
        => DocumentMetadataValidator.Validate(Valid with { SourceUrl = url }).ShouldBeEmpty();

    [Fact]
    public void Validate_UrlOverMaximum_ReportsLength()
        => DocumentMetadataValidator.Validate(Valid with { SourceUrl = "https://example.com/" + new string('a', Document.UrlMaxLength) })
            .ShouldBe(["The source URL can be at most 2048 characters long."]);

    [Fact]
    public void Validate_PublisherOverMaximum_ReportsLength()
        => DocumentMetadataValidator.Validate(Valid with { Publisher = new string('p', Document.PublisherMaxLength + 1) })
            .ShouldBe(["The publisher can be at most 200 characters long."]);

    [Fact]
    public void Validate_UnsupportedSourceLanguage_NamesIt()
        => DocumentMetadataValidator.Validate(Valid with { SourceLanguage = "xx" }).ShouldBe(["“xx” is not a supported source language."]);

    [Fact]
    public void Validate_UnsupportedTargetLanguage_NamesIt()
        => DocumentMetadataValidator.Validate(Valid with { TargetLanguage = "klingon" }).ShouldBe(["“klingon” is not a supported target language."]);

    [Theory]
    [InlineData("id", "id")]
    [InlineData("en", "EN")]
    public void Validate_SameSourceAndTarget_MustDiffer(string source, string target)
        => DocumentMetadataValidator.Validate(Valid with { SourceLanguage = source, TargetLanguage = target })
            .ShouldBe(["The source and target languages must differ."]);

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
        => DocumentMetadataValidator.Validate(new DocumentMetadata("", "nope", null, null, "id", "id")).ShouldBe(
        [
            "Enter a title.",
            "The source URL must be a full web address starting with http:// or https://.",
            "The source and target languages must differ.",
        ]);

    [Theory]
    [InlineData("2024-10-29")]
    [InlineData("2026-11-30")]
    [InlineData("2026-12-01")]
    public void PublicationDateError_TodayTomorrowOrPast_IsAccepted(string date)
        => DocumentMetadataValidator.PublicationDateError(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 30)).ShouldBeNull();

    [Fact]
    public void PublicationDateError_NoDate_IsAccepted()
        => DocumentMetadataValidator.PublicationDateError(null, new DateOnly(2026, 11, 30)).ShouldBeNull();

    [Theory]
    [InlineData("2026-12-02")]
    [InlineData("2062-10-29")]
    public void PublicationDateError_AfterTomorrow_AsksToCheckTheYear(string date)
        => DocumentMetadataValidator.PublicationDateError(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 30))
            .ShouldBe($"The publication date {date} is in the future. Check the year.");
}
