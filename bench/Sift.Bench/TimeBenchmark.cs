using BenchmarkDotNet.Attributes;
using Sift.Intake;
using Sift.Model;
using Sift.Text;
using Sift.Time;

namespace Sift.Bench;

/// <summary>
/// The time layer alone (recognition and normalization) over all PTC train articles, their text
/// layers built beforehand. Words are the text layer's word and number tokens.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmark
{
    private (Article Article, TextLayer Text)[] _articles = [];

    public long Words { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        _articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => PlainTextReader.Read(File.ReadAllText(f), f) with { Metadata = new ArticleMetadata { Published = new DateOnly(2017, 8, 30) } })
            .Select(a => (a, TextSegmenter.Segment(a)))
            .ToArray();
        Words = _articles.Sum(a => a.Text.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number));
    }

    [Benchmark(Description = "time layer, all PTC train articles")]
    public int AllArticles()
    {
        var n = 0;
        foreach (var (article, text) in _articles)
            n += TimeAnalyzer.Analyze(article, text).Expressions.Count;
        return n;
    }
}
