using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Features.Documents.Import;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents.Import;

public class ImportFormModelTests
{
    private static ImportFormModel Valid() => new()
    {
        Title = "Judul",
        SourceUrl = "https://example.com/a",
        Publisher = "Medcom",
        PublishedOn = new DateTime(2024, 10, 29, 0, 0, 0, DateTimeKind.Unspecified),
        SourceLanguage = "id",
        TargetLanguage = "en",
        PastedText = "Teks.",
    };

    /// <summary>What DataAnnotationsValidator runs: the attributes, then IValidatableObject.Validate.</summary>
    private static List<ValidationResult> ValidateAll(ImportFormModel model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_ValidModel_HasNoErrors()
        => ValidateAll(Valid()).ShouldBeEmpty();

    [Fact]
    public void Validate_EmptyTitle_AsksForTitleOnTitleField()
    {
        var model = Valid();
        model.Title = "";

        var error = ValidateAll(model).ShouldHaveSingleItem();

        error.ErrorMessage.ShouldBe("Enter a title.");
        error.MemberNames.ShouldBe([nameof(ImportFormModel.Title)]);
    }

    [Fact]
    public void Validate_TitleTooLong_ReportsLength()
    {
        var model = Valid();
        model.Title = new string('t', 301);

        ValidateAll(model).ShouldHaveSingleItem().ErrorMessage.ShouldBe("The title can be at most 300 characters long.");
    }

    [Fact]
    public void Validate_BadUrl_ReportsOnSourceUrlField()
    {
        var model = Valid();
        model.SourceUrl = "medcom.id/artikel";

        var error = model.Validate(new ValidationContext(model)).ShouldHaveSingleItem();

        error.ErrorMessage.ShouldBe("The source URL must be a full web address starting with http:// or https://.");
        error.MemberNames.ShouldBe([nameof(ImportFormModel.SourceUrl)]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoUrl_IsAccepted(string? url)
    {
        var model = Valid();
        model.SourceUrl = url;

        model.Validate(new ValidationContext(model)).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SameLanguages_ReportsOnTargetLanguageField()
    {
        var model = Valid();
        model.TargetLanguage = "ID";

        var error = model.Validate(new ValidationContext(model)).ShouldHaveSingleItem();

        error.ErrorMessage.ShouldBe("The source and target languages must differ.");
        error.MemberNames.ShouldBe([nameof(ImportFormModel.TargetLanguage)]);
    }

    [Fact]
    public void ToMetadata_TrimsAndBlanksOptionalFields()
    {
        var model = Valid();
        model.Title = "  Judul  ";
        model.SourceUrl = "   ";
        model.Publisher = " Medcom ";

        var metadata = model.ToMetadata();

        metadata.Title.ShouldBe("Judul");
        metadata.SourceUrl.ShouldBeNull();
        metadata.Publisher.ShouldBe("Medcom");
        metadata.PublishedOn.ShouldBe(new DateOnly(2024, 10, 29));
        (metadata.SourceLanguage, metadata.TargetLanguage).ShouldBe(("id", "en"));
    }

    [Fact]
    public void Validate_PublicationDateInTheFuture_ReportsOnPublishedOnField()
    {
        var clock = new ManualTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).BuildServiceProvider();
        var model = Valid();
        model.PublishedOn = clock.GetUtcNow().UtcDateTime.Date.AddDays(30);

        var error = model.Validate(new ValidationContext(model, services, null)).ShouldHaveSingleItem();

        error.ErrorMessage.ShouldBe($"The publication date {model.PublishedOn:yyyy-MM-dd} is in the future. Check the year.");
        error.MemberNames.ShouldBe([nameof(ImportFormModel.PublishedOn)]);
    }
}
