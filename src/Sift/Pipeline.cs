using Sift.Entities;
using Sift.Events;
using Sift.Entities.Ner;
using Sift.Encoder;
using Sift.Entities.Places;
using Sift.Framing;
using Sift.Framing.Propaganda;
using Sift.Model;
using Sift.Provenance;
using Sift.Quotes;
using Sift.Syntax;
using Sift.Text;
using Sift.Time;

namespace Sift;

/// <summary>
/// Sift's analyzers in their fixed order, built once (lists and models loaded) and then shared by
/// every thread: <see cref="Analyze"/> is safe to call concurrently. Each stage reads the article
/// and the layers before it and adds its own layer.
/// </summary>
public sealed class Pipeline
{
    private readonly ProvenanceAnalyzer _provenance;
    private readonly SyntaxAnalyzer? _syntax;
    private readonly EntityAnalyzer? _entities;
    private readonly FramingAnalyzer? _framing;
    private readonly SentenceEncoder? _encoder;
    private readonly QuoteAnalyzer? _quotes;
    private EventAnalyzer? _events;

    private Pipeline(SourceDirectory sources, SyntaxModels? syntax, EntityAnalyzer? entities, FramingAnalyzer? framing, QuoteAnalyzer? quotes = null)
    {
        _quotes = syntax is null ? null : quotes;
        _provenance = new ProvenanceAnalyzer(sources);
        _syntax = syntax is null ? null : new SyntaxAnalyzer(syntax);
        _entities = entities;
        _framing = framing;
        _encoder = framing is { UsesEncoder: true } || entities is { UsesEncoder: true } || syntax is { UsesEncoder: true }
            || _quotes is { UsesEncoder: true } ? SentenceEncoder.Shared : null;
    }

    /// <summary>
    /// The pipeline with the source lists and gazetteer found beside the project (see <see cref="DataLocator"/>)
    /// and the committed syntax, entity and propaganda models (see <see cref="ModelLocator"/>). With
    /// <paramref name="fast"/> the sentence encoder never runs: the syntax models, the recognizer and the propaganda models are the fast ones.
    /// </summary>
    public static Pipeline CreateDefault(bool fast = false) =>
        new Pipeline(SourceDirectory.Default, SyntaxModels.For(fast),
            new EntityAnalyzer(fast ? EntityRecognizer.Default : EntityRecognizer.WithEncoder, new PlaceResolver(Gazetteer.Default)),
            new FramingAnalyzer(fast ? PropagandaModel.Fast : PropagandaModel.Default, Framing.Tone.ToneLexicon.Default),
            new QuoteAnalyzer(AttributionModel.For(fast)))
            .WithEvents(DataLocator.Find("events") is { } events && Directory.Exists(events) ? EventAnalyzer.CreateDefault() : null);

    /// <summary>
    /// A pipeline with the given source lists; without <paramref name="syntax"/> models there is no syntax layer,
    /// without <paramref name="entities"/> no entities layer, without <paramref name="framing"/> no framing layer,
    /// without <paramref name="quotes"/> (or without syntax) no attributions layer.
    /// </summary>
    public static Pipeline Create(SourceDirectory sources, SyntaxModels? syntax = null, EntityAnalyzer? entities = null, FramingAnalyzer? framing = null,
        QuoteAnalyzer? quotes = null) =>
        new(sources, syntax, entities, framing, quotes);

    /// <summary>Adds the events stage (CAMEO coding after entities and time); without it there is no events layer.</summary>
    public Pipeline WithEvents(EventAnalyzer? events)
    {
        _events = events;
        return this;
    }

    public Analysis Analyze(Article article)
    {
        var text = TextSegmenter.Segment(article);
        // One encoder pass per article (its sentences batched), shared by every stage that reads it.
        var vectors = _encoder?.Encode(article, text);
        var syntax = _syntax?.Analyze(article, text, vectors);
        var entities = _entities?.Analyze(article, text, syntax, vectors);
        var time = TimeAnalyzer.Analyze(article, text, syntax);
        var provenance = _provenance.Analyze(article, text);
        return new Analysis
        {
            Article = article,
            Text = text,
            Syntax = syntax,
            Entities = entities,
            Attributions = syntax is null ? null : _quotes?.Analyze(article, text, syntax, entities, vectors),
            Time = time,
            Framing = _framing?.Analyze(article, text, vectors, syntax),
            Events = _events?.Analyze(article, text, syntax, entities, time, provenance),
            Provenance = provenance,
            Warnings = article.Warnings,
        };
    }
}

/// <summary>One input's outcome in a batch: its analysis, or why it failed.</summary>
public readonly record struct BatchResult(string Source, Analysis? Analysis, string? Error);

public static class PipelineBatch
{
    /// <summary>
    /// Analyzes items on up to <paramref name="threads"/> threads and hands results to
    /// <paramref name="onResult"/> in input order. Holds at most a small window of articles in
    /// memory, so a JSONL file of any size streams through.
    /// </summary>
    public static void Run(this Pipeline pipeline, IEnumerable<Intake.IntakeItem> items, int threads, Action<BatchResult> onResult)
    {
        var window = new List<Intake.IntakeItem>(threads * 4);
        var results = new BatchResult[threads * 4];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        foreach (var item in items)
        {
            window.Add(item);
            if (window.Count == results.Length)
                Flush();
        }
        Flush();

        void Flush()
        {
            Parallel.For(0, window.Count, options, i =>
            {
                var item = window[i];
                results[i] = item.Article is { } article
                    ? new BatchResult(item.Source, pipeline.Analyze(article), null)
                    : new BatchResult(item.Source, null, item.Error?.Message ?? $"{item.Source}: could not be read");
            });
            for (var i = 0; i < window.Count; i++)
            {
                onResult(results[i]);
                results[i] = default;
            }
            window.Clear();
        }
    }
}
