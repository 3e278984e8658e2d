using Workbench.Features.Documents;

namespace Workbench.EndToEnd.Perf;

/// <summary>The generated load-test document must stay what the measurements claim it is.</summary>
public sealed class IndonesianNewsGeneratorTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(5000)]
    public void Generated_text_segments_into_exactly_the_requested_number_of_included_segments(int segments)
    {
        var text = IndonesianNewsGenerator.Generate(segments);

        var drafts = DocumentService.Preview(text, "id");

        drafts.Count.ShouldBe(segments);
        drafts.Where(d => d.Excluded).Select(d => $"{d.ExclusionReason}: {d.Text}").ShouldBeEmpty();
        drafts.Select(d => d.Text).Distinct().Count().ShouldBe(segments);
    }

    [Fact]
    public void Generation_is_deterministic_and_uses_Indonesian_number_formats()
    {
        var text = IndonesianNewsGenerator.Generate(300);

        IndonesianNewsGenerator.Generate(300).ShouldBe(text);
        IndonesianNewsGenerator.Generate(300, seed: 7).ShouldNotBe(text);
        text.ShouldMatch(@"\d{1,3}\.\d{3}");
        text.ShouldContain(" persen");
        text.ShouldContain("Rp ");
    }
}
