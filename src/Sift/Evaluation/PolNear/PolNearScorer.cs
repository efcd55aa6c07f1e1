using Sift.Model;

namespace Sift.Evaluation.PolNear;

/// <summary>Per role (source, cue, content) and for whole attributions, by exact and by overlap match.</summary>
public sealed record PolNearScore(
    PrecisionRecall SourceExact, PrecisionRecall SourceOverlap,
    PrecisionRecall CueExact, PrecisionRecall CueOverlap,
    PrecisionRecall ContentExact, PrecisionRecall ContentOverlap,
    PrecisionRecall AttributionExact, PrecisionRecall AttributionOverlap);

/// <summary>
/// Scores predicted attributions against PolNeAR gold, article by article, micro-averaged. A role's spans are
/// the distinct fragment lists of the attributions (a source shared by two attributions counts once). Exact:
/// the same fragments; overlap: any shared character. Precision counts predicted spans that match some gold
/// span, recall gold spans that some predicted span matches. A whole attribution matches when its cue, content
/// and source all match (a missing source matches only a missing source). Before matching, fragments with only
/// white space between them are joined on both sides: annotators split a quote at sentence and line breaks
/// unevenly ("A. | B." and "A. B." cover the same words).
/// </summary>
public static class PolNearScorer
{
    private sealed class Counts
    {
        public int PredictedMatched, Predicted, GoldMatched, Gold;

        public PrecisionRecall ToScore() => new(PredictedMatched, Predicted, GoldMatched, Gold);
    }

    public static PolNearScore Score(IEnumerable<(string Text, IReadOnlyList<PolNearAttribution> Gold, IReadOnlyList<PolNearAttribution> Predicted)> articles)
    {
        var c = new Counts[8];
        for (var i = 0; i < c.Length; i++)
            c[i] = new Counts();
        foreach (var (text, rawGold, rawPredicted) in articles)
        {
            var gold = Normalize(text, rawGold);
            var predicted = Normalize(text, rawPredicted);
            Role(Distinct(gold, a => a.Source), Distinct(predicted, a => a.Source), c[0], c[1]);
            Role(Distinct(gold, a => a.Cue), Distinct(predicted, a => a.Cue), c[2], c[3]);
            Role(Distinct(gold, a => a.Content), Distinct(predicted, a => a.Content), c[4], c[5]);
            Whole(gold, predicted, c[6], c[7]);
        }
        return new PolNearScore(c[0].ToScore(), c[1].ToScore(), c[2].ToScore(), c[3].ToScore(), c[4].ToScore(), c[5].ToScore(), c[6].ToScore(), c[7].ToScore());
    }

    private static List<PolNearAttribution> Normalize(string text, IReadOnlyList<PolNearAttribution> attributions)
    {
        var result = new List<PolNearAttribution>(attributions.Count);
        foreach (var a in attributions)
            result.Add(new PolNearAttribution(Join(text, a.Source), Join(text, a.Cue), Join(text, a.Content)));
        return result;
    }

    /// <summary>The fragments in text order, neighbours with only white space (or nothing) between them joined.</summary>
    public static IReadOnlyList<Span> Join(string text, IReadOnlyList<Span> fragments)
    {
        if (fragments.Count < 2)
            return fragments;
        var sorted = fragments.OrderBy(f => f.Start).ToList();
        var result = new List<Span> { sorted[0] };
        for (var i = 1; i < sorted.Count; i++)
        {
            var last = result[^1];
            var f = sorted[i];
            if (f.Start <= last.End || text.AsSpan(last.End, f.Start - last.End).IsWhiteSpace())
                result[^1] = new Span(last.Start, Math.Max(last.End, f.End));
            else
                result.Add(f);
        }
        return result;
    }

    private static List<IReadOnlyList<Span>> Distinct(List<PolNearAttribution> attributions, Func<PolNearAttribution, IReadOnlyList<Span>> role)
    {
        var result = new List<IReadOnlyList<Span>>();
        foreach (var a in attributions)
        {
            var spans = role(a);
            if (spans.Count == 0)
                continue;
            var seen = false;
            foreach (var r in result)
                seen |= Exact(r, spans);
            if (!seen)
                result.Add(spans);
        }
        return result;
    }

    private static void Role(List<IReadOnlyList<Span>> gold, List<IReadOnlyList<Span>> predicted, Counts exact, Counts overlap)
    {
        exact.Gold += gold.Count;
        overlap.Gold += gold.Count;
        exact.Predicted += predicted.Count;
        overlap.Predicted += predicted.Count;
        foreach (var p in predicted)
        {
            if (gold.Exists(g => Exact(g, p)))
                exact.PredictedMatched++;
            if (gold.Exists(g => Overlap(g, p)))
                overlap.PredictedMatched++;
        }
        foreach (var g in gold)
        {
            if (predicted.Exists(p => Exact(g, p)))
                exact.GoldMatched++;
            if (predicted.Exists(p => Overlap(g, p)))
                overlap.GoldMatched++;
        }
    }

    private static void Whole(List<PolNearAttribution> gold, List<PolNearAttribution> predicted, Counts exact, Counts overlap)
    {
        exact.Gold += gold.Count;
        overlap.Gold += gold.Count;
        exact.Predicted += predicted.Count;
        overlap.Predicted += predicted.Count;
        foreach (var p in predicted)
        {
            if (Any(gold, p, Exact))
                exact.PredictedMatched++;
            if (Any(gold, p, Overlap))
                overlap.PredictedMatched++;
        }
        foreach (var g in gold)
        {
            if (Any(predicted, g, Exact))
                exact.GoldMatched++;
            if (Any(predicted, g, Overlap))
                overlap.GoldMatched++;
        }
    }

    private static bool Any(IReadOnlyList<PolNearAttribution> others, PolNearAttribution a, Func<IReadOnlyList<Span>, IReadOnlyList<Span>, bool> match)
    {
        foreach (var o in others)
        {
            if (Role(o.Cue, a.Cue, match) && Role(o.Content, a.Content, match) && Role(o.Source, a.Source, match))
                return true;
        }
        return false;
    }

    private static bool Role(IReadOnlyList<Span> a, IReadOnlyList<Span> b, Func<IReadOnlyList<Span>, IReadOnlyList<Span>, bool> match) =>
        a.Count == 0 ? b.Count == 0 : b.Count > 0 && match(a, b);

    public static bool Exact(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    public static bool Overlap(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.Overlaps(y))
                    return true;
            }
        }
        return false;
    }
}
