using BenchmarkDotNet.Attributes;
using Sift.Entities;
using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Events;
using Sift.Intake;
using Sift.Model;
using Sift.Text;
using Sift.Time;

namespace Sift.Bench;

/// <summary>
/// The events stage alone (CAMEO coding with the Phoenix dictionaries: verbs and patterns over the
/// dependency tree, actors from the dictionaries and entities, dates, places) over all PTC train
/// articles, their text, syntax, entity and time layers built beforehand. Words are the text layer's word
/// and number tokens.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmark
{
    private (Article Article, TextLayer Text, SyntaxLayer Syntax, EntityLayer Entities, TimeLayer Time)[] _articles = [];
    private EventAnalyzer _analyzer = null!;

    public long Words { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _articles = PtcTrainArticles.Load(withEntities: true)
            .Select(p => (p.Article, p.Text, p.Syntax, p.Entities!, TimeAnalyzer.Analyze(p.Article, p.Text, p.Syntax)))
            .ToArray();
        _analyzer = EventAnalyzer.CreateDefault();
        Words = PtcTrainArticles.Words(_articles.Select(a => a.Text));
    }

    [Benchmark(Description = "events layer, all PTC train articles")]
    public int AllArticles()
    {
        var n = 0;
        foreach (var (article, text, syntax, entities, time) in _articles)
            n += _analyzer.Analyze(article, text, syntax, entities, time)!.Events.Count;
        return n;
    }
}
