using BenchmarkDotNet.Attributes;
using Sift.Intake;
using Sift.Model;

namespace Sift.Bench;

/// <summary>
/// Articles per second through the whole pipeline — text, syntax, entities, one sentence-encoder pass,
/// framing (propaganda techniques and tone), time and provenance — on the reference article (≈550
/// words), <see cref="ArticlesPerOp"/> copies at a time on one or two threads, as `sift analyze`
/// runs a batch. Fast mode leaves the encoder out.
/// </summary>
[MemoryDiagnoser]
public class FramingBenchmark
{
    public const int ArticlesPerOp = 8;

    private Pipeline? _pipeline;
    private Article? _article;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(false, true)]
    public bool Fast { get; set; }

    public int Words { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _article = PlainTextReader.Read(File.ReadAllText(EncoderBenchmark.ReferenceArticle()), "assad-astana.txt") with
        {
            Metadata = new ArticleMetadata { Published = new DateOnly(2017, 8, 30) },
        };
        _pipeline = Pipeline.CreateDefault(Fast);
        var analysis = _pipeline.Analyze(_article);
        Words = analysis.Framing!.Words;
    }

    [Benchmark(Description = "whole pipeline (entities + framing), reference article")]
    public int Analyze()
    {
        var found = 0;
        Parallel.For(0, ArticlesPerOp, new ParallelOptions { MaxDegreeOfParallelism = Threads },
            _ => Interlocked.Add(ref found, _pipeline!.Analyze(_article!).Framing!.Techniques.Count));
        return found;
    }
}
