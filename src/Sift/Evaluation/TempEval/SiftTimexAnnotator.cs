using Sift.Model;
using Sift.Text;
using Sift.Time;

namespace Sift.Evaluation.TempEval;

/// <summary>Runs Sift's time layer over a TimeML document's text, anchored on its creation time, and returns Sift's TimeML.</summary>
public static class SiftTimexAnnotator
{
    /// <param name="syntax">Models for the clause tense; without them the tense comes from the words around each expression.</param>
    public static TimeMLDocument Annotate(TimeMLDocument gold, Syntax.SyntaxModels? syntax = null)
    {
        DateOnly? dct = gold.CreationTime?.Value is { Length: >= 10 } v && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", out var d) ? d : null;
        var article = new Article { Text = gold.Text, Source = gold.Name, Metadata = new ArticleMetadata { Published = dct } };
        var text = TextSegmenter.Segment(article);
        var layer = TimeAnalyzer.Analyze(article, text, syntax is null ? null : new Syntax.SyntaxAnalyzer(syntax).AnalyzeAlone(article, text));
        var timexes = new List<Timex>(layer.Expressions.Count);
        foreach (var e in layer.Expressions)
        {
            timexes.Add(new Timex
            {
                Span = e.Span,
                Text = gold.Text[e.Span.Start..e.Span.End],
                Id = $"t{timexes.Count + 1}",
                Type = e.Type,
                Value = e.Value,
                Mod = e.Mod,
            });
        }
        return gold with { Timexes = timexes };
    }
}
