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
    private PreparedArticle[] _articles = [];

    public long Words { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _articles = PtcTrainArticles.Load(withEntities: false);
        Words = PtcTrainArticles.Words(_articles.Select(a => a.Text));
    }

    [Benchmark(Description = "time layer, all PTC train articles")]
    public int AllArticles()
    {
        var n = 0;
        foreach (var (article, text, syntax, _) in _articles)
            n += TimeAnalyzer.Analyze(article, text, syntax).Expressions.Count;
        return n;
    }
}
