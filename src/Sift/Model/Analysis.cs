namespace Sift.Model;

/// <summary>
/// The immutable result of running the pipeline on one article: the article and every layer
/// the pipeline's analyzers added. Layers for capabilities not built are absent, not empty.
/// </summary>
public sealed class Analysis(Article article, TextLayer text, SyntaxLayer? syntax, ProvenanceLayer? provenance, IReadOnlyList<string> warnings)
{
    public const string Schema = "sift/1";

    public Article Article { get; } = article;
    public TextLayer Text { get; } = text;
    public SyntaxLayer? Syntax { get; } = syntax;
    public ProvenanceLayer? Provenance { get; } = provenance;
    public IReadOnlyList<string> Warnings { get; } = warnings;
}
