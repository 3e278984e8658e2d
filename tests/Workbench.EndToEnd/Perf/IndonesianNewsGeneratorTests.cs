using Workbench.Features.Documents;

namespace Workbench.EndToEnd.Perf;

/// <summary>The generated load-test document must stay what the measurements claim it is.</summary>
public sealed class IndonesianNewsGeneratorTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(5000)]
    public void Generator_RequestedSegmentCount_SegmentsIntoExactlyThatMany(int segments)
    {
        var text = IndonesianNewsGenerator.Generate(segments);

        var drafts = DocumentService.Preview(text, "id");

        drafts.Count.ShouldBe(segments);
        drafts.Where(d => d.Excluded).Select(d => $"{d.ExclusionReason}: {d.Text}").ShouldBeEmpty();
        drafts.Select(d => d.Text).Distinct().Count().ShouldBe(segments);
    }

    [Fact]
    public void Generator_SameSeed_IsDeterministicAndUsesIndonesianNumbers()
    {
        var text = IndonesianNewsGenerator.Generate(300);

        IndonesianNewsGenerator.Generate(300).ShouldBe(text);
        IndonesianNewsGenerator.Generate(300, seed: 7).ShouldNotBe(text);
        text.ShouldMatch(@"\d{1,3}\.\d{3}");
        text.ShouldContain(" persen");
        text.ShouldContain("Rp ");
    }
}
