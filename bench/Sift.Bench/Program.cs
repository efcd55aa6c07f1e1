using BenchmarkDotNet.Running;
using Sift.Bench;

// Runs the benchmarks named on the command line (BenchmarkDotNet's --filter), then states the
// intake + text figures the way the README reports them: MB/s on one core and bytes allocated per article,
// and the syntax figure: tokens/s on one core.
var summary = BenchmarkSwitcher.FromAssembly(typeof(IntakeAndTextBenchmark).Assembly).Run(args);
foreach (var s in summary)
{
    foreach (var report in s.Reports)
    {
        if (report.ResultStatistics is null)
            continue;
        if (report.BenchmarkCase.Descriptor.Type == typeof(SyntaxBenchmark))
        {
            var syntax = new SyntaxBenchmark();
            syntax.Load();
            var perRun = report.ResultStatistics.Median / 1e9;
            Console.WriteLine($"tagger + lemmatizer + parser: {syntax.TokenCount / perRun:N0} tokens/s (median, one thread), "
                + $"{(report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / syntax.TokenCount:N0} bytes allocated per token, {syntax.TokenCount:N0} tokens");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type != typeof(IntakeAndTextBenchmark))
            continue;
        var bench = new IntakeAndTextBenchmark();
        bench.Load();
        var seconds = report.ResultStatistics.Median / 1e9;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        Console.WriteLine($"intake + text layer: {bench.TotalBytes / 1e6 / seconds:0.0} MB/s (median, one thread), "
            + $"{allocated / bench.ArticleCount:N0} bytes allocated per article, {bench.ArticleCount} articles, {bench.TotalBytes / 1e6:0.00} MB");
    }
}
