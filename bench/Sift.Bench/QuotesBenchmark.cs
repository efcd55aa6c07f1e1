using BenchmarkDotNet.Attributes;
using Sift.Entities;
using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Intake;
using Sift.Model;
using Sift.Quotes;
using Sift.Text;

namespace Sift.Bench;

/// <summary>
/// The attributions layer alone (features, tagger, grouping, speakers, kinds) over all PTC train articles,
/// their text, syntax and entity layers built beforehand, on one thread. Words are the text layer's word and
/// number tokens; words/s = Words / mean time.
/// </summary>
[MemoryDiagnoser]
public class QuotesBenchmark
{
    private PreparedArticle[] _articles = [];
    private QuoteAnalyzer _analyzer = null!;

    public long Words { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _articles = PtcTrainArticles.Load(withEntities: true);
        Words = PtcTrainArticles.Words(_articles.Select(a => a.Text));
        _analyzer = new QuoteAnalyzer(AttributionModel.Fast);
        Console.WriteLine($"// QuotesBenchmark: {_articles.Length} articles, {Words:N0} words");
    }

    [Benchmark(Description = "attributions layer, all PTC train articles, 1 thread")]
    public int AllArticles()
    {
        var n = 0;
        foreach (var (article, text, syntax, entities) in _articles)
            n += _analyzer.Analyze(article, text, syntax, entities!).Attributions.Count;
        return n;
    }
}
