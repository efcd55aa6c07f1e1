using BenchmarkDotNet.Running;
using Sift.Bench;

// Runs the benchmarks named on the command line (BenchmarkDotNet's --filter), then states the
// figures the way the README reports them: intake + text in MB/s and bytes allocated per article,
// the time layer in words/s, tagger + lemmatizer + parser and the fast recognizer in tokens/s; the
// sentence encoder in tokens/s for each thread count and batch size. "memory" reports the encoder's
// working set instead.
if (args is ["memory"])
{
    EncoderBenchmark.ReportMemory();
    return;
}
var summary = BenchmarkSwitcher.FromAssembly(typeof(IntakeAndTextBenchmark).Assembly).Run(args);
foreach (var s in summary)
{
    foreach (var report in s.Reports)
    {
        if (report.ResultStatistics is null)
            continue;
        var seconds0 = report.ResultStatistics.Median / 1e9;
        if (report.BenchmarkCase.Descriptor.Type == typeof(TimeBenchmark))
        {
            var time = new TimeBenchmark();
            time.Load();
            Console.WriteLine($"time layer: {time.Words / seconds0:N0} words/s (median, one thread), {time.Words:N0} words");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type == typeof(FramingBenchmark))
        {
            var threads = report.BenchmarkCase.Parameters[nameof(FramingBenchmark.Threads)];
            var fast = (bool)report.BenchmarkCase.Parameters[nameof(FramingBenchmark.Fast)];
            Console.WriteLine($"whole pipeline ({(fast ? "fast mode" : "with the encoder")}), {threads} thread(s): {FramingBenchmark.ArticlesPerOp / seconds0:N1} articles/s (median)");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type == typeof(EventBenchmark))
        {
            var events = new EventBenchmark();
            events.Load();
            Console.WriteLine($"events layer: {events.Words / seconds0:N0} words/s (median, one thread), {events.Words:N0} words");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type == typeof(NerBenchmark))
        {
            var ner = new NerBenchmark();
            ner.Load();
            Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {ner.TokenCount / seconds0:N0} tokens/s (median), {ner.TokenCount:N0} tokens");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type == typeof(EncoderBenchmark))
        {
            var encoder = new EncoderBenchmark();
            encoder.LoadArticle();
            var threads = report.BenchmarkCase.Parameters[nameof(EncoderBenchmark.Threads)];
            var batch = report.BenchmarkCase.Parameters[nameof(EncoderBenchmark.BatchSize)];
            Console.WriteLine($"sentence encoder: {encoder.TokenCount / seconds0:N0} tokens/s (median, {threads} intra-op thread(s), "
                + $"batches of {batch} sentence(s)), {encoder.TokenCount:N0} tokens");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type == typeof(SyntaxBenchmark))
        {
            var syntax = new SyntaxBenchmark();
            syntax.Load();
            var mode = (bool)report.BenchmarkCase.Parameters[nameof(SyntaxBenchmark.Encoder)] ? "encoder mode, vectors computed beforehand" : "fast mode";
            Console.WriteLine($"tagger + lemmatizer + parser ({mode}): {syntax.TokenCount / seconds0:N0} tokens/s (median, one thread), "
                + $"{(report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / syntax.TokenCount:N0} bytes allocated per token, {syntax.TokenCount:N0} tokens");
            continue;
        }
        if (report.BenchmarkCase.Descriptor.Type != typeof(IntakeAndTextBenchmark))
            continue;
        var bench = new IntakeAndTextBenchmark();
        bench.Load();
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        Console.WriteLine($"intake + text layer: {bench.TotalBytes / 1e6 / seconds0:0.0} MB/s (median, one thread), "
            + $"{allocated / bench.ArticleCount:N0} bytes allocated per article, {bench.ArticleCount} articles, {bench.TotalBytes / 1e6:0.00} MB");
    }
}
