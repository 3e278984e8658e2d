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
    private (string Source, string Target)[] pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        paragraphs = NewsCorpus.Paragraphs(CorpusBytes);
        var random = new Random(7);
        pairs = Enumerable.Range(0, Segments).Select(_ => NewsCorpus.Pair(random)).ToArray();
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

    /// <summary>UTF-8 size of the recognized text; computed by the host, since benchmarks run in a child process.</summary>
    public static long MeasuredBytes() => NewsCorpus.Paragraphs(CorpusBytes).Sum(p => (long)Encoding.UTF8.GetByteCount(p));

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
