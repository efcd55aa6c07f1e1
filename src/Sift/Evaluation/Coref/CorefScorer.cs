namespace Sift.Evaluation.Coref;

/// <summary>
/// The MUC and B³ coreference metrics over mention spans, as the CoNLL-2012 reference scorer (v8.01,
/// Pradhan et al. 2014) computes them when gold and system mentions differ. A mention is matched only by an
/// identical span. Both metrics are written as recall of a key partition against a response partition;
/// precision is the same computation with the two sides swapped.
/// </summary>
public static class CorefScorer
{
    /// <summary>
    /// Scores one document. Each cluster is a list of mentions; a mention may sit in at most one cluster per side.
    /// Empty clusters are ignored.
    /// </summary>
    public static CorefScore Score(IReadOnlyList<IReadOnlyList<MentionSpan>> gold, IReadOnlyList<IReadOnlyList<MentionSpan>> system)
    {
        var goldClusters = IndexClusters(gold, "gold");
        var systemClusters = IndexClusters(system, "system");
        var mucRecall = MucRecall(goldClusters, systemClusters);
        var mucPrecision = MucRecall(systemClusters, goldClusters);
        var bCubedRecall = BCubedRecall(goldClusters, systemClusters);
        var bCubedPrecision = BCubedRecall(systemClusters, goldClusters);
        return new CorefScore(
            new PrecisionRecall(mucPrecision.Numerator, mucPrecision.Denominator, mucRecall.Numerator, mucRecall.Denominator),
            new PrecisionRecall(bCubedPrecision.Numerator, bCubedPrecision.Denominator, bCubedRecall.Numerator, bCubedRecall.Denominator));
    }

    /// <summary>Scores a corpus: each document is scored alone and the numerators and denominators are summed (micro-average).</summary>
    public static CorefScore ScoreCorpus(
        IEnumerable<(IReadOnlyList<IReadOnlyList<MentionSpan>> Gold, IReadOnlyList<IReadOnlyList<MentionSpan>> System)> documents)
    {
        var total = CorefScore.Zero;
        foreach (var (gold, system) in documents)
            total += Score(gold, system);
        return total;
    }

    /// <summary>
    /// MUC (Vilain et al. 1995), link-based: recall = Σ_K (|K| − |p(K)|) / Σ_K (|K| − 1), where p(K) partitions the key
    /// cluster K by the response clusters and each key mention missing from the response is a part of its own.
    /// </summary>
    private static (double Numerator, int Denominator) MucRecall(IndexedClusters key, IndexedClusters response)
    {
        int numerator = 0, denominator = 0;
        var parts = new HashSet<int>();
        foreach (var cluster in key.Clusters)
        {
            parts.Clear();
            var unmatched = 0;
            foreach (var mention in cluster)
            {
                if (response.ClusterOf.TryGetValue(mention, out var responseCluster))
                    parts.Add(responseCluster);
                else
                    unmatched++;
            }
            numerator += cluster.Count - (parts.Count + unmatched);
            denominator += cluster.Count - 1;
        }
        return (numerator, denominator);
    }

    /// <summary>
    /// B³ (Bagga and Baldwin 1998), mention-based: each key mention m scores |K ∩ R| / |K|, with K its key cluster and
    /// R its response cluster (nothing, when m is missing from the response). Summed over the mentions of K this is
    /// Σ_R |K ∩ R|² / |K|, so recall = Σ_K Σ_R |K ∩ R|² / |K| divided by the number of key mentions.
    /// </summary>
    private static (double Numerator, int Denominator) BCubedRecall(IndexedClusters key, IndexedClusters response)
    {
        double numerator = 0;
        var denominator = 0;
        var overlaps = new Dictionary<int, int>();
        foreach (var cluster in key.Clusters)
        {
            overlaps.Clear();
            foreach (var mention in cluster)
            {
                if (response.ClusterOf.TryGetValue(mention, out var responseCluster))
                    overlaps[responseCluster] = overlaps.GetValueOrDefault(responseCluster) + 1;
            }
            foreach (var overlap in overlaps.Values)
                numerator += (double)overlap * overlap / cluster.Count;
            denominator += cluster.Count;
        }
        return (numerator, denominator);
    }

    private sealed record IndexedClusters(IReadOnlyList<IReadOnlyList<MentionSpan>> Clusters, Dictionary<MentionSpan, int> ClusterOf);

    private static IndexedClusters IndexClusters(IReadOnlyList<IReadOnlyList<MentionSpan>> clusters, string side)
    {
        var nonEmpty = clusters.Where(c => c.Count > 0).ToArray();
        var clusterOf = new Dictionary<MentionSpan, int>();
        for (var i = 0; i < nonEmpty.Length; i++)
        {
            foreach (var mention in nonEmpty[i])
            {
                if (!clusterOf.TryAdd(mention, i))
                    throw new ArgumentException($"{side} mention {mention} appears more than once (each mention belongs to one cluster)");
            }
        }
        return new IndexedClusters(nonEmpty, clusterOf);
    }
}
