using Sift.Model;
using Sift.Text;
using Sift.Time;

namespace Sift.Evaluation.TempEval;

/// <summary>Runs Sift's time layer over a TimeML document's text, anchored on its creation time, and returns Sift's TimeML.</summary>
public static class SiftTimexAnnotator
{
    public static TimeMLDocument Annotate(TimeMLDocument gold)
    {
        DateOnly? dct = gold.CreationTime?.Value is { Length: >= 10 } v && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", out var d) ? d : null;
        var article = new Article { Text = gold.Text, Source = gold.Name, Metadata = new ArticleMetadata { Published = dct } };
        var layer = TimeAnalyzer.Analyze(article, TextSegmenter.Segment(article));
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
