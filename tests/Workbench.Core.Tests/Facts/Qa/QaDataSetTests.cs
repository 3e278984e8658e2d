using System.Text.Json;
using Workbench.Core.Facts.Qa;

namespace Workbench.Core.Tests.Facts.Qa;

/// <summary>Runs the checker over labelled pairs: the shared sample, and this folder's larger realistic set.</summary>
public class QaDataSetTests(ITestOutputHelper output)
{
    private static readonly QaChecker Checker = new();

    private sealed record Pair(string Id, string Source, string Target, string[] Expect);

    [Fact]
    public void Check_SharedSample_ExpectedKindsExactly()
    {
        var pairs = Load(TestFiles.Find(Path.Combine("shared", "examples", "qa-sample.jsonl")));
        pairs.ShouldNotBeEmpty();
        foreach (var pair in pairs)
        {
            Kinds(pair).ShouldBe(pair.Expect.Order().ToArray(), $"{pair.Id}: {pair.Source} → {pair.Target}");
        }
    }

    [Fact]
    public void Check_RealisticPairs_PrecisionAndRecallAtLeast95Percent()
    {
        var pairs = Load(TestFiles.Here("qa-pairs.jsonl"));
        pairs.Count.ShouldBeGreaterThanOrEqualTo(100);
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var pair in pairs)
        {
            var flagged = Kinds(pair).Length > 0;
            var expected = pair.Expect.Length > 0;
            truePositive += flagged && expected ? 1 : 0;
            falsePositive += flagged && !expected ? 1 : 0;
            falseNegative += !flagged && expected ? 1 : 0;
            if (flagged != expected)
            {
                output.WriteLine($"{pair.Id}: expected [{string.Join(",", pair.Expect)}] got [{string.Join(",", Kinds(pair))}]");
            }
        }

        var precision = truePositive / (double)(truePositive + falsePositive);
        var recall = truePositive / (double)(truePositive + falseNegative);
        output.WriteLine($"{pairs.Count} pairs: precision {precision:P1}, recall {recall:P1}");
        precision.ShouldBeGreaterThanOrEqualTo(0.95);
        recall.ShouldBeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Check_RealisticPairs_FlaggedPairsHaveTheExpectedKind()
    {
        foreach (var pair in Load(TestFiles.Here("qa-pairs.jsonl")).Where(p => p.Expect.Length > 0))
        {
            Kinds(pair).ShouldContain(pair.Expect[0], $"{pair.Id}: {pair.Source} → {pair.Target}");
        }
    }

    private static string[] Kinds(Pair pair) =>
        Checker.Check(pair.Source, pair.Target).Select(f => f.Kind.ToString().ToLowerInvariant()).Distinct().Order().ToArray();

    private static List<Pair> Load(string path)
    {
        var pairs = new List<Pair>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            pairs.Add(new Pair(
                root.GetProperty("id").GetString()!,
                root.GetProperty("source").GetString()!,
                root.GetProperty("target").GetString()!,
                root.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray()));
        }

        return pairs;
    }
}
