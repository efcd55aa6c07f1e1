using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sift.Encoder;
using Sift.Intake;
using Sift.Model;
using Sift.Text;

namespace Sift.Bench;

/// <summary>
/// The sentence encoder (MiniLM, ONNX Runtime) over the reference article's text layer, on one or two
/// threads (with one sentence per model call, two calls side by side; with sixteen, two ONNX Runtime
/// threads inside each call), and with integer or float weight products.
/// </summary>
[MemoryDiagnoser]
public class EncoderBenchmark
{
    private SentenceEncoder? _encoder;
    private Article? _article;
    private TextLayer? _text;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(1, 16)]
    public int BatchSize { get; set; }

    /// <summary>Integer weight products (what Sift runs) or float ones (to show what quantizing gains).</summary>
    [Params(true, false)]
    public bool Int8 { get; set; } = true;

    public int TokenCount => _text!.Tokens.Count;

    [GlobalSetup]
    public void Load()
    {
        LoadArticle();
        _encoder = new SentenceEncoder(new SentenceEncoderOptions { IntraOpThreads = Threads, BatchSize = BatchSize, Int8 = Int8 });
    }

    public void LoadArticle()
    {
        _article = PlainTextReader.Read(File.ReadAllText(ReferenceArticle()), "assad-astana.txt");
        _text = TextSegmenter.Segment(_article);
    }

    [GlobalCleanup]
    public void Unload() => _encoder?.Dispose();

    [Benchmark(Description = "sentence encoder, reference article")]
    public int Article() => _encoder!.Encode(_article!, _text!).Count;

    /// <summary>
    /// Working set of a fresh process: before the model loads, once it has, and its peak after
    /// encoding the reference article (`dotnet run -c Release --project bench/Sift.Bench -- memory`).
    /// </summary>
    public static void ReportMemory()
    {
        var process = Process.GetCurrentProcess();
        static string Megabytes(long bytes) => $"{bytes / 1048576.0:N0} MB";
        var before = process.WorkingSet64;
        var bench = new EncoderBenchmark { Threads = 1, BatchSize = 1 };
        bench.Load();
        process.Refresh();
        var loaded = process.WorkingSet64;
        var peakLoading = process.PeakWorkingSet64;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        process.Refresh();
        var collected = process.WorkingSet64;
        bench.Article();
        GC.Collect();
        process.Refresh();
        Console.WriteLine($"sentence encoder memory: working set {Megabytes(before)} before loading, {Megabytes(loaded)} loaded "
            + $"(peak {Megabytes(peakLoading)} while loading; {Megabytes(collected)} after a full GC), {Megabytes(process.WorkingSet64)} after encoding the reference article, "
            + $"peak {Megabytes(process.PeakWorkingSet64)}");
        bench.Unload();
    }

    internal static string ReferenceArticle()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "samples", "assad-astana.txt");
                if (File.Exists(path))
                    return path;
            }
        }
        throw new FileNotFoundException("samples/assad-astana.txt not found above the working or program folder");
    }
}
