using BenchmarkDotNet.Attributes;
using Sift.Intake;
using Sift.Model;
using Sift.Text;
using Sift.Time;

namespace Sift.Bench;

/// <summary>
/// The time layer alone (recognition, clause tense from the dependency tree, normalization) over all
/// PTC train articles, their text and syntax layers built beforehand. Words are the text layer's word
/// and number tokens.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmark
{
    private (Article Article, TextLayer Text, SyntaxLayer Syntax)[] _articles = [];

    public long Words { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => PlainTextReader.Read(File.ReadAllText(f), f) with { Metadata = new ArticleMetadata { Published = new DateOnly(2017, 8, 30) } })
            .Select(a => (a, TextSegmenter.Segment(a)))
            .ToArray();
        var syntax = new Syntax.SyntaxAnalyzer(Syntax.SyntaxModels.Default);
        _articles = texts.Select(a => (a.Item1, a.Item2, syntax.Analyze(a.Item1, a.Item2))).ToArray();
        Words = _articles.Sum(a => a.Text.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number));
    }

    [Benchmark(Description = "time layer, all PTC train articles")]
    public int AllArticles()
    {
        var n = 0;
        foreach (var (article, text, syntax) in _articles)
            n += TimeAnalyzer.Analyze(article, text, syntax).Expressions.Count;
        return n;
    }
}
