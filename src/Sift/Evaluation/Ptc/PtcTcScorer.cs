using Sift.Intake;
using Sift.Model;

namespace Sift.Evaluation.Ptc;

/// <summary>
/// The TC score. Each gold instance gets exactly one prediction, so micro P = R = F1 = accuracy.
/// Per-technique figures are the standard ones (informational, not the official ranking).
/// </summary>
public sealed record PtcTcScore(int Correct, int Instances, IReadOnlyDictionary<string, PrecisionRecall> PerTechnique)
{
    /// <summary>The official metric: micro-averaged F1, which equals accuracy here.</summary>
    public double MicroF1 => Instances > 0 ? (double)Correct / Instances : 0;

    public double Accuracy => MicroF1;

    /// <summary>The unweighted mean of the per-technique F1 over the 14 techniques (informational).</summary>
    public double MacroF1 => PerTechnique.Count > 0 ? PerTechnique.Values.Average(s => s.F1) : 0;

    public override string ToString() => $"micro-F1={MicroF1:F4} ({Correct}/{Instances})";
}

/// <summary>
/// The official SemEval-2020 Task 11 TC scorer (task-TC_scorer.py), reimplemented. The predictions must
/// hold exactly the gold spans: the same articles, the same number of lines per article and the same
/// offsets once sorted. When one span carries several gold techniques, its predicted techniques are
/// matched to the gold ones in the order that gives the most matches.
/// </summary>
public static class PtcTcScorer
{
    private const string Predictions = "TC predictions";

    public static PtcTcScore Score(IEnumerable<TcLabel> gold, IEnumerable<TcLabel> predicted)
    {
        var goldByArticle = GroupByArticle(gold, "TC gold");
        var predictedByArticle = GroupByArticle(predicted, Predictions);
        CheckSameSpans(goldByArticle, predictedByArticle);

        var correct = 0;
        var instances = 0;
        var truePositives = PtcTechniques.All.ToDictionary(t => t, _ => 0);
        var predictedCounts = PtcTechniques.All.ToDictionary(t => t, _ => 0);
        var goldCounts = PtcTechniques.All.ToDictionary(t => t, _ => 0);
        foreach (var (articleId, goldLabels) in goldByArticle)
        {
            var predictedBySpan = predictedByArticle[articleId].ToLookup(l => l.Span);
            foreach (var spanGroup in goldLabels.GroupBy(l => l.Span))
            {
                // The best order matches as many labels as the two multisets share.
                var unmatchedPredictions = predictedBySpan[spanGroup.Key].Select(l => l.Technique).ToList();
                foreach (var label in spanGroup)
                {
                    instances++;
                    goldCounts[label.Technique]++;
                    if (unmatchedPredictions.Remove(label.Technique))
                    {
                        correct++;
                        truePositives[label.Technique]++;
                    }
                }
                foreach (var label in predictedBySpan[spanGroup.Key])
                    predictedCounts[label.Technique]++;
            }
        }

        var perTechnique = PtcTechniques.All.ToDictionary(t => t,
            t => PrecisionRecall.FromCounts(truePositives[t], predictedCounts[t], goldCounts[t]));
        return new PtcTcScore(correct, instances, perTechnique);
    }

    /// <summary>Scores UTF-16 predictions for the articles of <paramref name="gold"/> against its TC labels.</summary>
    public static PtcTcScore Score(PtcCorpus gold, IEnumerable<(string ArticleId, TechniqueSpan Prediction)> predictedUtf16)
    {
        var predicted = new List<TcLabel>();
        foreach (var (articleId, prediction) in predictedUtf16)
        {
            if (!gold.TryGetArticle(articleId, out var article))
                throw new InputException(Predictions, $"article {articleId} is not in the gold corpus");
            predicted.Add(article!.ToTcLabel(prediction.Technique, prediction.Span));
        }
        return Score(gold.TcLabels, predicted);
    }

    /// <summary>Scores a TC prediction file against a TC gold file (both in the official layout).</summary>
    public static PtcTcScore ScoreFiles(string goldPath, string predictedPath) =>
        Score(PtcLabelFile.ReadTc(goldPath), PtcLabelFile.ReadTc(predictedPath));

    private static void CheckSameSpans(
        Dictionary<string, List<TcLabel>> gold, Dictionary<string, List<TcLabel>> predicted)
    {
        foreach (var (articleId, goldLabels) in gold.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!predicted.TryGetValue(articleId, out var predictedLabels))
                throw new InputException(Predictions, $"article {articleId} has {goldLabels.Count} gold spans but no predictions");
            if (predictedLabels.Count != goldLabels.Count)
                throw new InputException(Predictions,
                    $"article {articleId} has {predictedLabels.Count} predicted lines but {goldLabels.Count} gold lines");
            var goldSpans = SortedSpans(goldLabels);
            var predictedSpans = SortedSpans(predictedLabels);
            for (var i = 0; i < goldSpans.Count; i++)
            {
                if (goldSpans[i] != predictedSpans[i])
                    throw new InputException(Predictions,
                        $"article {articleId}: predicted span {predictedSpans[i]} is not a gold span (gold has {goldSpans[i]} there in sorted order)");
            }
        }
        foreach (var articleId in predicted.Keys.Order(StringComparer.Ordinal))
        {
            if (!gold.ContainsKey(articleId))
                throw new InputException(Predictions, $"article {articleId} has predictions but no gold spans");
        }
    }

    private static List<CodePointSpan> SortedSpans(List<TcLabel> labels)
    {
        var spans = labels.Select(l => l.Span).ToList();
        spans.Sort();
        return spans;
    }

    private static Dictionary<string, List<TcLabel>> GroupByArticle(IEnumerable<TcLabel> labels, string source)
    {
        var groups = new Dictionary<string, List<TcLabel>>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (!PtcTechniques.IsKnown(label.Technique))
                throw new InputException(source,
                    $"article {label.ArticleId} {label.Span}: '{label.Technique}' is not one of the 14 technique names");
            if (!groups.TryGetValue(label.ArticleId, out var list))
                groups[label.ArticleId] = list = [];
            list.Add(label);
        }
        return groups;
    }
}
