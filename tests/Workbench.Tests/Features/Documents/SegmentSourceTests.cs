using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workbench.Features.Accounts;
using Workbench.Features.Documents;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Features.Documents;

/// <summary>A segment's source is fixed at import: claims anchor offsets in it.</summary>
public class SegmentSourceTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string SourceInFile(int segmentId)
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Source\" FROM \"Segments\" WHERE \"Id\" = $id";
        command.Parameters.AddWithValue("$id", segmentId);
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task SaveChanges_ModifiedSource_RefusesWithClearMessageAndWritesNothing()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var id = await factory.ImportAsync(translator, "Kalimat pertama di sini.\n\nKalimat kedua di sini.");
        await using var db = factory.CreateDbContext();
        var segment = await db.Segments.OrderBy(s => s.Index).FirstAsync(s => s.DocumentId == id, Ct);
        var original = segment.Source;

        // The only route left once the property is init-only: through the change tracker.
        db.Entry(segment).Property(s => s.Source).CurrentValue = "Kalimat yang diubah.";
        segment.Target = "A translation saved in the same call";
        var error = await Should.ThrowAsync<SourceImmutableException>(() => db.SaveChangesAsync(Ct));

        error.SegmentId.ShouldBe(segment.Id);
        error.Message.ShouldContain("cannot change after import");
        SourceInFile(segment.Id).ShouldBe(original);
        (await factory.CreateDbContext().Segments.AsNoTracking().SingleAsync(s => s.Id == segment.Id, Ct)).Target.ShouldBe("");
    }

    [Fact]
    public async Task SaveChanges_OtherSegmentChange_IsSaved()
    {
        var (_, translator) = await factory.CreateActorAsync(Roles.Translator);
        var id = await factory.ImportAsync(translator, "Kalimat pertama di sini.");
        await using var db = factory.CreateDbContext();
        var segment = await db.Segments.FirstAsync(s => s.DocumentId == id, Ct);

        segment.Target = "First sentence here.";
        await db.SaveChangesAsync(Ct);

        (await factory.CreateDbContext().Segments.AsNoTracking().SingleAsync(s => s.Id == segment.Id, Ct)).Target.ShouldBe("First sentence here.");
    }

    [Fact]
    public void Source_Property_HasNoPublicSetterAfterConstruction()
    {
        var setter = typeof(Segment).GetProperty(nameof(Segment.Source))!.SetMethod!;

        // An init accessor carries the IsExternalInit modifier on its return parameter.
        setter.ReturnParameter.GetRequiredCustomModifiers().ShouldContain(typeof(System.Runtime.CompilerServices.IsExternalInit));
    }
}
