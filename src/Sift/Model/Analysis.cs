namespace Sift.Model;

/// <summary>
/// The immutable result of running the pipeline on one article: the article and every layer
/// the pipeline's analyzers added. Layers for capabilities not built or not run are null, not empty.
/// </summary>
public sealed class Analysis
{
    public const string Schema = "sift/1";

    public required Article Article { get; init; }
    public required TextLayer Text { get; init; }
    public SyntaxLayer? Syntax { get; init; }
    public EntityLayer? Entities { get; init; }
    public AttributionLayer? Attributions { get; init; }
    public TimeLayer? Time { get; init; }
    public FramingLayer? Framing { get; init; }
    public EventLayer? Events { get; init; }
    public ProvenanceLayer? Provenance { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The same analysis with only the technique spans at or above <paramref name="minimum"/> confidence.</summary>
    public Analysis WithMinConfidence(double minimum) => new()
    {
        Article = Article,
        Text = Text,
        Syntax = Syntax,
        Entities = Entities,
        Attributions = Attributions,
        Time = Time,
        Framing = Framing?.WithMinConfidence(minimum),
        Events = Events,
        Provenance = Provenance,
        Warnings = Warnings,
    };
}
