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
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        var syntax = new Syntax.SyntaxAnalyzer(Syntax.SyntaxModels.Default);
        var entities = new EntityAnalyzer(EntityRecognizer.Default, new PlaceResolver(Gazetteer.Default));
        _articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => PlainTextReader.Read(File.ReadAllText(f), f) with { Metadata = new ArticleMetadata { Published = new DateOnly(2017, 8, 30) } })
            .Select(a =>
            {
                var text = TextSegmenter.Segment(a);
                var tree = syntax.Analyze(a, text);
                return (a, text, tree, entities.Analyze(a, text, tree), TimeAnalyzer.Analyze(a, text, tree));
            })
            .ToArray();
        _analyzer = EventAnalyzer.CreateDefault();
        Words = _articles.Sum(a => a.Text.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number));
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
