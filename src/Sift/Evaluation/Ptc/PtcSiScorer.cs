using Sift.Intake;
using Sift.Model;

namespace Sift.Evaluation.Ptc;

/// <summary>The SI score: partial-credit precision and recall over character positions (code points).</summary>
public sealed record PtcSiScore(
    double Precision,
    double Recall,
    double F1,
    double PrecisionNumerator,
    double RecallNumerator,
    int PredictedSpans,
    int GoldSpans)
{
    public override string ToString() =>
        $"F1={F1:F4} P={Precision:F4} R={Recall:F4} (predicted spans {PredictedSpans}, gold spans {GoldSpans})";
}

/// <summary>
/// The official SemEval-2020 Task 11 SI scorer (task-SI_scorer.py), reimplemented.
/// Per article, gold spans that share a character are merged (touching spans are not), and so are
/// overlapping predicted spans (the scorer's merge option). Every predicted span s and gold span t of an
/// article add |s∩t|/|s| to the precision numerator and |s∩t|/|t| to the recall numerator;
/// P = numerator / #predicted spans, R = numerator / #gold spans, both counted after merging.
/// F1 is 0 when P or R is 0, and 1 when there are neither predicted nor gold spans.
/// Lengths are counted in code points, as the official scorer does.
/// </summary>
public static class PtcSiScorer
{
    /// <summary>
    /// Scores label lines as the official scorer does with files. Like it, rejects predictions that
    /// cover more articles than the gold does; predictions for an article without gold spans count
    /// only in the precision denominator.
    /// </summary>
    /// <param name="mergeOverlappingPredictions">False rejects overlapping predicted spans instead, as the scorer does without its merge option.</param>
    public static PtcSiScore Score(IEnumerable<SiLabel> gold, IEnumerable<SiLabel> predicted, bool mergeOverlappingPredictions = true)
    {
        var goldByArticle = GroupSpans(gold);
        var predictedByArticle = GroupSpans(predicted);
        if (predictedByArticle.Count > goldByArticle.Count)
            throw new InputException("SI predictions",
                $"they cover {predictedByArticle.Count} articles, more than the {goldByArticle.Count} of the gold");
        return Score(goldByArticle, predictedByArticle, mergeOverlappingPredictions);
    }

    /// <summary>
    /// Scores predictions against a part of the gold (some techniques' spans, say), where an article may
    /// have predicted spans and none of the part's: they count in the precision denominator only.
    /// </summary>
    public static PtcSiScore ScoreAgainstPart(IEnumerable<SiLabel> goldPart, IEnumerable<SiLabel> predicted) =>
        Score(GroupSpans(goldPart), GroupSpans(predicted), mergeOverlappingPredictions: true);

    /// <summary>
    /// Scores UTF-16 predictions for the articles of <paramref name="gold"/> against its SI labels.
    /// Predictions must name articles of the corpus; articles may be left out (no predicted spans).
    /// </summary>
    public static PtcSiScore Score(PtcCorpus gold, IEnumerable<KeyValuePair<string, IReadOnlyList<Span>>> predictedUtf16,
        bool mergeOverlappingPredictions = true)
    {
        var predicted = new List<SiLabel>();
        foreach (var (articleId, spans) in predictedUtf16)
        {
            if (!gold.TryGetArticle(articleId, out var article))
                throw new InputException("SI predictions", $"article {articleId} is not in the gold corpus");
            foreach (var span in spans)
                predicted.Add(article!.ToSiLabel(span));
        }
        return Score(GroupSpans(gold.SiLabels), GroupSpans(predicted), mergeOverlappingPredictions);
    }

    /// <summary>Scores an SI prediction file against an SI gold file (both in the official layout).</summary>
    public static PtcSiScore ScoreFiles(string goldPath, string predictedPath, bool mergeOverlappingPredictions = true) =>
        Score(PtcLabelFile.ReadSi(goldPath), PtcLabelFile.ReadSi(predictedPath), mergeOverlappingPredictions);

    /// <summary>
    /// Merges spans that share at least one position into their union; spans that only touch stay apart.
    /// Returns the merged spans sorted by start. (The official scorer merges pairwise until nothing
    /// overlaps, which yields the same unions: the connected components of the overlap relation.)
    /// </summary>
    public static List<CodePointSpan> MergeOverlapping(IEnumerable<CodePointSpan> spans)
    {
        var sorted = spans.ToList();
        sorted.Sort();
        var merged = new List<CodePointSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            else
                merged.Add(span);
        }
        return merged;
    }

    private static PtcSiScore Score(
        Dictionary<string, List<CodePointSpan>> goldByArticle,
        Dictionary<string, List<CodePointSpan>> predictedByArticle,
        bool mergeOverlappingPredictions)
    {
        var goldCount = 0;
        var mergedGold = new Dictionary<string, List<CodePointSpan>>(StringComparer.Ordinal);
        foreach (var (articleId, spans) in goldByArticle)
        {
            var merged = MergeOverlapping(spans);
            mergedGold[articleId] = merged;
            goldCount += merged.Count;
        }

        var predictedCount = 0;
        double precisionNumerator = 0, recallNumerator = 0;
        foreach (var (articleId, spans) in predictedByArticle.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var predictedSpans = mergeOverlappingPredictions ? MergeOverlapping(spans) : RejectOverlaps(articleId, spans);
            predictedCount += predictedSpans.Count;
            if (!mergedGold.TryGetValue(articleId, out var goldSpans))
                continue;
            foreach (var s in predictedSpans)
            {
                foreach (var t in goldSpans)
                {
                    var overlap = s.OverlapLength(t);
                    if (overlap == 0)
                        continue;
                    precisionNumerator += (double)overlap / s.Length;
                    recallNumerator += (double)overlap / t.Length;
                }
            }
        }

        var precision = predictedCount > 0 ? precisionNumerator / predictedCount : 0;
        var recall = goldCount > 0 ? recallNumerator / goldCount : 0;
        var f1 = predictedCount == 0 && goldCount == 0 ? 1.0 : PrecisionRecall.HarmonicMean(precision, recall);
        return new PtcSiScore(precision, recall, f1, precisionNumerator, recallNumerator, predictedCount, goldCount);
    }

    private static List<CodePointSpan> RejectOverlaps(string articleId, List<CodePointSpan> spans)
    {
        var sorted = spans.ToList();
        sorted.Sort();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Start < sorted[i - 1].End)
                throw new InputException("SI predictions",
                    $"article {articleId}: spans {sorted[i - 1]} and {sorted[i]} overlap (score with merging to merge them)");
        }
        return sorted;
    }

    private static Dictionary<string, List<CodePointSpan>> GroupSpans(IEnumerable<SiLabel> labels)
    {
        var groups = new Dictionary<string, List<CodePointSpan>>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (label.Span.Length <= 0)
                throw new InputException("SI labels", $"article {label.ArticleId}: span {label.Span} is empty or reversed");
            if (!groups.TryGetValue(label.ArticleId, out var list))
                groups[label.ArticleId] = list = [];
            list.Add(label.Span);
        }
        return groups;
    }
}
