using System.Globalization;
using System.Text;
using System.Text.Json;
using Workbench.Core.Facts.Qa;

namespace Workbench.Core.Tests.Facts.Qa;

/// <summary>
/// Held-out pairs written before the engine was run on them, so they measure how the rules generalise rather than
/// how well they were tuned: segment-level precision and recall (a segment is positive when anything is reported)
/// and whether a flagged segment carries the expected kind.
/// </summary>
public class QaHoldoutTests(ITestOutputHelper output)
{
    private static readonly QaChecker Checker = new();

    private sealed record Pair(string Id, string Source, string Target, string[] Expect);

    [Theory]
    [InlineData("qa-pairs-holdout.jsonl")]
    [InlineData("qa-pairs-holdout2.jsonl")]
    [InlineData("qa-pairs-blind.jsonl")]
    [InlineData("qa-pairs-blind2.jsonl")]
    public void Check_HoldoutPairs_PrecisionRecallAndKindAtLeast95Percent(string file) => Measure(file);

    /// <summary>The pairs the general rules were tuned on (institutions, litotes, news-style dates), kept as a regression set.</summary>
    [Fact]
    public void Check_TuningPairs_PrecisionRecallAndKindAtLeast95Percent() => Measure("qa-pairs-tuning.jsonl");

    private void Measure(string file)
    {
        var pairs = Load(TestFiles.Here(file));
        pairs.Count.ShouldBeGreaterThanOrEqualTo(40);
        int truePositive = 0, falsePositive = 0, falseNegative = 0, rightKind = 0, exact = 0;
        var report = new StringBuilder();
        foreach (var pair in pairs)
        {
            var findings = Checker.Check(pair.Source, pair.Target);
            var kinds = findings.Select(f => f.Kind.ToString().ToLowerInvariant()).Distinct().Order().ToArray();
            var flagged = kinds.Length > 0;
            var expected = pair.Expect.Length > 0;
            truePositive += flagged && expected ? 1 : 0;
            falsePositive += flagged && !expected ? 1 : 0;
            falseNegative += !flagged && expected ? 1 : 0;
            rightKind += flagged && expected && pair.Expect.All(kinds.Contains) ? 1 : 0;
            var same = kinds.SequenceEqual(pair.Expect.Order());
            exact += same ? 1 : 0;
            if (!same)
            {
                var what = !expected ? "FP" : !flagged ? "FN" : pair.Expect.All(kinds.Contains) ? "EXTRA" : "KIND";
                report.AppendLine(CultureInfo.InvariantCulture, $"{what} {pair.Id}: expected [{string.Join(",", pair.Expect)}] got [{string.Join(",", kinds)}] | {pair.Source} → {pair.Target}");
                foreach (var f in findings)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"    {f.Code}: {f.Message}");
                }
            }
        }

        var precision = truePositive / (double)Math.Max(1, truePositive + falsePositive);
        var recall = truePositive / (double)Math.Max(1, truePositive + falseNegative);
        var kindAccuracy = rightKind / (double)Math.Max(1, truePositive);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{file}: {pairs.Count} pairs, TP {truePositive} FP {falsePositive} FN {falseNegative}; precision {precision:P1}, recall {recall:P1}, kind accuracy {kindAccuracy:P1}, exact kinds {exact}/{pairs.Count}");
        output.WriteLine(report.ToString());
        precision.ShouldBeGreaterThanOrEqualTo(0.95, report.ToString());
        recall.ShouldBeGreaterThanOrEqualTo(0.95, report.ToString());
        kindAccuracy.ShouldBeGreaterThanOrEqualTo(0.95, report.ToString());
    }

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
