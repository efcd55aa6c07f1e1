using BenchmarkDotNet.Attributes;
using Sift.Intake;
using Sift.Text;

namespace Sift.Bench;

/// <summary>
/// Intake (decoding, layout and headline detection) and the text layer (paragraphs, sentences, tokens)
/// over all 371 PTC train articles held in memory as bytes, so the figure is the engine's, not the disk's.
/// </summary>
[MemoryDiagnoser]
public class IntakeAndTextBenchmark
{
    private byte[][] _articles = [];

    public long TotalBytes { get; private set; }

    public int ArticleCount => _articles.Length;

    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        _articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        TotalBytes = _articles.Sum(a => (long)a.Length);
    }

    [Benchmark(Description = "intake + text layer, all PTC train articles")]
    public int AllArticles()
    {
        var tokens = 0;
        var warnings = new List<string>();
        foreach (var bytes in _articles)
        {
            var text = TextDecoder.Decode(bytes, "bench", warnings);
            var article = PlainTextReader.Read(text, "bench");
            tokens += TextSegmenter.Segment(article).Tokens.Count;
        }
        return tokens;
    }
}
