using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workbench.Core.Segmentation;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents;

public class DocumentServiceImportTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private const string Article = """
        Pelabuhan Baru Tanjung Harapan Mulai Beroperasi

        Makassar: Pelabuhan peti kemas Tanjung Harapan resmi beroperasi pada Senin. Biayanya Rp 4,2 triliun.

        Menurut data Kementerian Perhubungan, pelabuhan itu dapat menampung 1.500.000 TEU per tahun.

        Baca juga: Tarif Logistik Nasional Turun pada Kuartal Ketiga
        """;

    private static DocumentMetadata Metadata(string title = "Pelabuhan Baru") =>
        new($"  {title}  ", " https://example.com/pelabuhan ", " Redaksi ", new DateOnly(2026, 11, 2), "id", "en");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<ImportOutcome> ImportAsync(ClaimsPrincipal actor, DocumentMetadata metadata, string text, IReadOnlySet<int>? flipped = null)
        => factory.WithServiceAsync<DocumentService, ImportOutcome>(s => s.ImportAsync(actor, metadata, text, flipped, cancellationToken: Ct));

    private async Task<(Document Document, List<Segment> Segments)> LoadAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, Ct);
        var segments = await db.Segments.AsNoTracking().Where(s => s.DocumentId == id).OrderBy(s => s.Index).ToListAsync(Ct);
        return (document, segments);
    }

    private async Task<(int Documents, int Segments)> CountRowsAsync()
    {
        await using var db = factory.CreateDbContext();
        return (await db.Documents.CountAsync(Ct), await db.Segments.CountAsync(Ct));
    }

    [Fact]
    public async Task ImportAsync_ValidArticle_SavesDocumentWithSegmentsInOrderAndCounts()
    {
        var (user, translator) = await factory.CreateActorAsync(Roles.Translator);
        var expected = DocumentService.Preview(Article, "id");

        var outcome = await ImportAsync(translator, Metadata(), Article);

        outcome.Errors.ShouldBeEmpty();
        outcome.Succeeded.ShouldBeTrue();
        var (document, segments) = await LoadAsync(outcome.DocumentId!.Value);
        document.Title.ShouldBe("Pelabuhan Baru");
        document.SourceUrl.ShouldBe("https://example.com/pelabuhan");
        document.Publisher.ShouldBe("Redaksi");
        document.PublishedOn.ShouldBe(new DateOnly(2026, 11, 2));
        (document.SourceLanguage, document.TargetLanguage).ShouldBe(("id", "en"));
        document.CreatedById.ShouldBe(user.Id);
        document.CreatedByName.ShouldBe(user.DisplayName);
        document.Status.ShouldBe(DocumentStatus.New);
        segments.Count.ShouldBe(expected.Count);
        segments.Select(s => s.Index).ShouldBe(Enumerable.Range(0, expected.Count));
        segments.Select(s => s.Source).ShouldBe(expected.Select(d => d.Text));
        segments.Select(s => (s.Paragraph, s.Kind, s.Excluded)).ShouldBe(expected.Select(d => (d.Paragraph, d.Kind, d.Excluded)));
        segments.ShouldAllBe(s => s.Status == SegmentStatus.New && s.Target == "" && s.TargetOrigin == null);
        segments.ShouldContain(s => s.Excluded && s.Source.StartsWith("Baca juga:", StringComparison.Ordinal));
        document.SegmentCount.ShouldBe(segments.Count(s => !s.Excluded));
        document.SegmentCount.ShouldBeLessThan(segments.Count);
        document.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task ImportAsync_SentenceCaseHeadingFromTheFile_IsSavedAsHeading()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        const string text = "Pelabuhan baru mulai beroperasi\n\nMakassar: Pelabuhan peti kemas resmi beroperasi pada Senin.";

        var outcome = await factory.WithServiceAsync<DocumentService, ImportOutcome>(
            s => s.ImportAsync(translator, Metadata(), text, headings: ["Pelabuhan baru mulai beroperasi"], cancellationToken: Ct));

        var (_, segments) = await LoadAsync(outcome.DocumentId!.Value);
        segments[0].Kind.ShouldBe(SegmentKind.Heading);
        segments.Skip(1).ShouldNotContain(s => s.Kind == SegmentKind.Heading);
    }

    [Fact]
    public async Task ImportAsync_SeedArticle_ExcludesBoilerplate()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var seed = TestPaths.ReadSeed();

        var outcome = await ImportAsync(translator, Metadata("Pentagon: Pasukan Korea Utara"), seed);

        var (document, segments) = await LoadAsync(outcome.DocumentId.ShouldNotBeNull());
        segments.Select(s => s.Source).ShouldBe(DocumentService.Preview(seed, "id").Select(d => d.Text));
        bool IsExcluded(string start) => segments.First(s => s.Source.StartsWith(start, StringComparison.Ordinal)).Excluded;
        IsExcluded("Baca juga:").ShouldBeTrue();
        IsExcluded("Google News").ShouldBeTrue();
        IsExcluded("FOLLOW US").ShouldBeTrue();
        IsExcluded("Sekitar 10.000 tentara").ShouldBeFalse();
        IsExcluded("Pentagon: Pasukan Korea Utara").ShouldBeFalse();
        segments[1].Source.ShouldBe(segments[0].Source);
        segments[1].Excluded.ShouldBeTrue("the repeated caption");
        segments.Where(s => s.Excluded).ShouldAllBe(s => !string.IsNullOrEmpty(s.ExclusionReason));
        segments.Where(s => !s.Excluded).ShouldAllBe(s => s.ExclusionReason == null);
        document.SegmentCount.ShouldBe(segments.Count(s => !s.Excluded));
    }

    [Fact]
    public async Task ImportAsync_FlippedExclusions_FlipsThoseSegments()
    {
        var (user, translator) = await factory.CreateActorAsync(Roles.Translator);
        var preview = DocumentService.Preview(Article, "id");
        var included = Enumerable.Range(0, preview.Count).Where(i => !preview[i].Excluded).ToList();
        var excluded = Enumerable.Range(0, preview.Count).First(i => preview[i].Excluded);
        HashSet<int> flipped = [included[0], included[1], excluded];

        var outcome = await ImportAsync(translator, Metadata(), Article, flipped);

        var (document, segments) = await LoadAsync(outcome.DocumentId.ShouldNotBeNull());
        for (var i = 0; i < preview.Count; i++)
        {
            segments[i].Excluded.ShouldBe(preview[i].Excluded ^ flipped.Contains(i), $"segment {i}");
        }

        segments[included[0]].ExclusionReason.ShouldBe("Excluded by " + user.DisplayName);
        segments[excluded].ExclusionReason.ShouldBeNull();
        document.SegmentCount.ShouldBe(included.Count - 1);
    }

    [Fact]
    public async Task ImportAsync_InvalidMetadata_IsRefusedWithMessagesAndSavesNothing()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var before = await CountRowsAsync();

        var outcome = await ImportAsync(translator, new DocumentMetadata(" ", "ftp://x", null, null, "id", "id"), Article);

        outcome.Succeeded.ShouldBeFalse();
        outcome.DocumentId.ShouldBeNull();
        outcome.Errors.ShouldBe(
        [
            "Enter a title.",
            "The source URL must be a full web address starting with http:// or https://.",
            "The source and target languages must differ.",
        ]);
        (await CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ImportAsync_PublicationDateNextMonth_IsRefusedAndSavesNothing()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var before = await CountRowsAsync();
        var nextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);

        var outcome = await ImportAsync(translator, Metadata() with { PublishedOn = nextMonth }, Article);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Errors.ShouldBe([$"The publication date {nextMonth:yyyy-MM-dd} is in the future. Check the year."]);
        (await CountRowsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public async Task ImportAsync_EmptyText_IsRefusedAndSavesNothing(string text)
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var before = await CountRowsAsync();

        var outcome = await ImportAsync(translator, Metadata(), text);

        outcome.Errors.ShouldHaveSingleItem().ShouldStartWith("There is no text to import");
        (await CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ImportAsync_InvalidMetadataAndEmptyText_ReportsBoth()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);

        var outcome = await ImportAsync(translator, Metadata(""), "");

        outcome.Errors.ShouldBe(["Enter a title.", "There is no text to import: the pasted text is empty."]);
    }

    [Fact]
    public async Task ImportAsync_TextOverTwoMegabytes_IsRefusedAndSavesNothing()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var text = new StringBuilder();
        while (text.Length <= 2 * 1024 * 1024 + 100)
        {
            text.Append("Kalimat yang cukup panjang untuk mengisi artikel. ");
        }

        var before = await CountRowsAsync();

        var outcome = await ImportAsync(translator, Metadata(), text.ToString());

        var error = outcome.Errors.ShouldHaveSingleItem();
        error.ShouldStartWith("The text is ");
        error.ShouldContain("the limit is 2 MB");
        (await CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ImportAsync_AsFactChecker_IsRefusedAndSavesNothing()
    {
        var (_, factChecker) = await factory.CreateActorAsync(Roles.FactChecker);
        var before = await CountRowsAsync();

        var outcome = await ImportAsync(factChecker, Metadata(), Article);

        outcome.Succeeded.ShouldBeFalse();
        outcome.Errors.ShouldBe(["Only translators and editors can import documents."]);
        (await CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ImportAsync_Anonymous_IsRefused()
    {
        var outcome = await ImportAsync(new ClaimsPrincipal(new ClaimsIdentity()), Metadata(), Article);

        outcome.Errors.ShouldBe(["Only translators and editors can import documents."]);
    }

    [Fact]
    public async Task ImportAsync_AsEditor_Succeeds()
    {
        var (_, editor) = await factory.CreateActorAsync(Roles.Editor);

        (await ImportAsync(editor, Metadata(), Article)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task ListAsync_AfterImport_FindsDocumentByTitleOrPublisher()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var unique = "Judul " + Guid.NewGuid().ToString("N")[..8];
        var id = (await ImportAsync(translator, Metadata(unique), Article)).DocumentId;

        var page = await factory.WithServiceAsync<DocumentService, DocumentListPage>(s => s.ListAsync(unique.ToUpperInvariant(), 0, 10, Ct));

        var summary = page.Items.ShouldHaveSingleItem();
        summary.Id.ShouldBe(id!.Value);
        summary.Status.ShouldBe(DocumentStatus.New);
        page.Total.ShouldBe(1);
    }
}
