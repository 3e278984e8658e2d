using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Workbench.Benchmarks;

// A short job keeps the whole run within a couple of minutes on two cores; pass BenchmarkDotNet options to change it.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithId("Short"));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(FactBenchmarks).Assembly).Run(args, config);

foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null))
{
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    var meanMs = report.ResultStatistics!.Mean / 1e6;
    var bytes = name.StartsWith("Recognize", StringComparison.Ordinal) ? FactBenchmarks.MeasuredBytes(name) : 0;
    var detail = bytes > 0
        ? $"{bytes / 1e6 / (meanMs / 1000):F1} MB/s ({bytes:N0} bytes)"
        : $"{meanMs / FactBenchmarks.Segments * 1000:F1} µs per segment";
    Console.WriteLine($"{name}: mean {meanMs:F1} ms, {detail}");
}
