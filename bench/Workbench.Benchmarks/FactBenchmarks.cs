using System.Text;
using BenchmarkDotNet.Attributes;
using Workbench.Core.Facts;
using Workbench.Core.Facts.Qa;

namespace Workbench.Benchmarks;

/// <summary>Recognition over ~2 MB of Indonesian news-like text, and QA of a 5,000-segment document.</summary>
[MemoryDiagnoser]
public class FactBenchmarks
{
    public const int CorpusBytes = 2 * 1024 * 1024;
    public const int Segments = 5_000;

    private readonly QaChecker checker = new();
    private List<string> paragraphs = [];
    private List<string> realParagraphs = [];
    private (string Source, string Target)[] pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        paragraphs = NewsCorpus.Paragraphs(CorpusBytes);
        var random = new Random(7);
        pairs = Enumerable.Range(0, Segments).Select(_ => NewsCorpus.Pair(random)).ToArray();
        realParagraphs = RealNewsText.Paragraphs(CorpusBytes);
    }

    /// <summary>All recognizers (numbers, dates, times, quotes, sources, names, claimants), paragraph by paragraph.</summary>
    [Benchmark]
    public int RecognizeIndonesian2MB()
    {
        var facts = 0;
        foreach (var paragraph in paragraphs)
        {
            facts += FactRecognizer.Recognize(paragraph, "id").Count;
        }

        return facts;
    }

    /// <summary>
    /// The same recognizers over real news sentences (the seed article and the Indonesian sources of the QA test sets),
    /// repeated to ~2 MB: templated text is kinder to the name and attribution scanners than a reporter's prose.
    /// </summary>
    [Benchmark]
    public int RecognizeRealIndonesian2MB()
    {
        var facts = 0;
        foreach (var paragraph in realParagraphs)
        {
            facts += FactRecognizer.Recognize(paragraph, "id").Count;
        }

        return facts;
    }

    /// <summary>UTF-8 size of the recognized text; computed by the host, since benchmarks run in a child process.</summary>
    public static long MeasuredBytes(string benchmark) =>
        (benchmark.Contains("Real", StringComparison.Ordinal) ? RealNewsText.Paragraphs(CorpusBytes) : NewsCorpus.Paragraphs(CorpusBytes))
            .Sum(p => (long)Encoding.UTF8.GetByteCount(p));

    [Benchmark]
    public int Qa5000Segments()
    {
        var findings = 0;
        foreach (var (source, target) in pairs)
        {
            findings += checker.Check(source, target).Count;
        }

        return findings;
    }
}
