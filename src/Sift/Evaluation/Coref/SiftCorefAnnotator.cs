using Sift.Entities;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Evaluation.Coref;

/// <summary>
/// Runs Sift's text, syntax and entity layers over a fixture document's text and returns its
/// clusters the way the fixture annotates them: people, organizations and places (MISC entities are
/// not annotated there), each cluster the mentions of one entity.
/// </summary>
public static class SiftCorefAnnotator
{
    public static IReadOnlyList<IReadOnlyList<MentionSpan>> Annotate(CorefDocument document, EntityAnalyzer entities, SyntaxModels? syntax)
    {
        var article = new Article { Text = document.Text, Source = document.Name };
        var text = TextSegmenter.Segment(article);
        var vectors = entities.UsesEncoder || syntax is { UsesEncoder: true } ? Encoder.SentenceEncoder.Shared.Encode(article, text) : null;
        var layer = entities.Analyze(article, text, syntax is null ? null : new SyntaxAnalyzer(syntax).Analyze(article, text, vectors), vectors);
        var clusters = new List<IReadOnlyList<MentionSpan>>();
        foreach (var entity in layer.Entities)
        {
            if (entity.Type is "PER" or "ORG" or "LOC")
                clusters.Add(entity.Mentions.Select(i => (MentionSpan)layer.Mentions[i].Span).ToArray());
        }
        return clusters;
    }

    /// <summary>Mention detection: exact-span precision and recall of the system's mentions against the gold ones.</summary>
    public static PrecisionRecall Mentions(IReadOnlyList<IReadOnlyList<MentionSpan>> gold, IReadOnlyList<IReadOnlyList<MentionSpan>> system)
    {
        var goldSpans = gold.SelectMany(c => c).ToHashSet();
        var systemSpans = system.SelectMany(c => c).ToHashSet();
        var correct = systemSpans.Count(goldSpans.Contains);
        return PrecisionRecall.FromCounts(correct, systemSpans.Count, goldSpans.Count);
    }
}
