using Sift.Intake;

namespace Sift.Evaluation.TempEval;

/// <summary>TempEval-3 Task A figures, pooled over the corpus.</summary>
public sealed record TempEvalTimexScore(PrecisionRecall Strict, PrecisionRecall Relaxed, int TypeMatches, int ValueMatches)
{
    /// <summary>Gold–system pairs that overlap: the denominator of the attribute accuracies.</summary>
    public int RelaxedMatches => (int)Relaxed.RecallNumerator;

    public double TypeAccuracy => RelaxedMatches > 0 ? (double)TypeMatches / RelaxedMatches : 0;

    public double ValueAccuracy => RelaxedMatches > 0 ? (double)ValueMatches / RelaxedMatches : 0;

    public double TypeF1 => TypeAccuracy * Relaxed.F1;

    /// <summary>The ranking metric of Task A.</summary>
    public double ValueF1 => ValueAccuracy * Relaxed.F1;

    public override string ToString() =>
        $"value F1={ValueF1:F4} type F1={TypeF1:F4} strict F1={Strict.F1:F4} relaxed F1={Relaxed.F1:F4} (gold {Relaxed.Gold}, system {Relaxed.Predicted})";
}

/// <summary>
/// The TempEval-3 Task A scorer for TIMEX3 extents, types and values. System and gold documents are paired
/// by file name and must have the same text. Within a document, each system timex is paired with at most one
/// gold timex: first those with the same extent (strict matches), then, in text order, each remaining system
/// timex with the first unpaired gold timex it overlaps (relaxed matches). This stands in for the official
/// TimeML-Normalizer, which gives an overlapping system timex the id of the gold one.
/// P = pairs / system timexes, R = pairs / gold timexes, pooled over all documents. Type and value accuracy
/// are exact string matches over the relaxed pairs; Type F1 and Value F1 multiply them by relaxed F1.
/// </summary>
public static class TempEvalTimexScorer
{
    /// <summary>Scores every gold document; a gold document without a system document is an error. Extra system documents are ignored.</summary>
    public static TempEvalTimexScore Score(IEnumerable<TimeMLDocument> gold, IEnumerable<TimeMLDocument> system)
    {
        var systemByName = new Dictionary<string, TimeMLDocument>(StringComparer.Ordinal);
        foreach (var document in system)
        {
            if (!systemByName.TryAdd(document.Name, document))
                throw new InputException(document.Name, "two system documents have this name");
        }
        int goldCount = 0, systemCount = 0, strict = 0, relaxed = 0, typeMatches = 0, valueMatches = 0;
        foreach (var goldDocument in gold)
        {
            if (!systemByName.TryGetValue(goldDocument.Name, out var systemDocument))
                throw new InputException(goldDocument.Name, "the system output has no document of this name");
            CheckSameText(goldDocument, systemDocument);
            goldCount += goldDocument.Timexes.Count;
            systemCount += systemDocument.Timexes.Count;
            foreach (var (g, s) in Pair(goldDocument.Timexes, systemDocument.Timexes))
            {
                relaxed++;
                if (g.Span == s.Span)
                    strict++;
                if (g.Type == s.Type)
                    typeMatches++;
                if (g.Value == s.Value)
                    valueMatches++;
            }
        }
        return new TempEvalTimexScore(
            PrecisionRecall.FromCounts(strict, systemCount, goldCount),
            PrecisionRecall.FromCounts(relaxed, systemCount, goldCount),
            typeMatches, valueMatches);
    }

    /// <summary>Scores the .tml files of a system folder against those of a gold folder (both read recursively).</summary>
    public static TempEvalTimexScore ScoreFolders(string goldFolder, string systemFolder, bool dropKnownDuplicates = true) =>
        Score(TimeMLReader.ReadFolder(goldFolder, dropKnownDuplicates), TimeMLReader.ReadFolder(systemFolder));

    /// <summary>One-to-one pairs of gold and system timexes: same extent first, then first overlap in text order.</summary>
    public static List<(Timex Gold, Timex System)> Pair(IReadOnlyList<Timex> gold, IReadOnlyList<Timex> system)
    {
        var pairs = new List<(Timex, Timex)>();
        var goldTaken = new bool[gold.Count];
        var systemTaken = new bool[system.Count];
        for (var s = 0; s < system.Count; s++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (!goldTaken[g] && gold[g].Span == system[s].Span)
                {
                    pairs.Add((gold[g], system[s]));
                    goldTaken[g] = systemTaken[s] = true;
                    break;
                }
            }
        }
        var systemOrder = Enumerable.Range(0, system.Count).OrderBy(i => system[i].Span.Start).ThenBy(i => system[i].Span.End);
        var goldOrder = Enumerable.Range(0, gold.Count).OrderBy(i => gold[i].Span.Start).ThenBy(i => gold[i].Span.End).ToArray();
        foreach (var s in systemOrder)
        {
            if (systemTaken[s])
                continue;
            foreach (var g in goldOrder)
            {
                if (!goldTaken[g] && gold[g].Span.Overlaps(system[s].Span))
                {
                    pairs.Add((gold[g], system[s]));
                    goldTaken[g] = systemTaken[s] = true;
                    break;
                }
            }
        }
        return pairs;
    }

    private static void CheckSameText(TimeMLDocument gold, TimeMLDocument system)
    {
        if (gold.Text == system.Text)
            return;
        var at = 0;
        while (at < gold.Text.Length && at < system.Text.Length && gold.Text[at] == system.Text[at])
            at++;
        var line = 1 + gold.Text.AsSpan(0, at).Count('\n');
        throw new InputException(system.Name,
            $"the system text differs from the gold text at character {at} (TEXT line {line}); a system may only add TIMEX3 tags");
    }
}
