namespace Sift.Evaluation.Extraction;

/// <summary>One page's result: its normalised counts, whether tokens match exactly, and the texts compared.</summary>
public sealed record PageResult(string Id, string Url, PageCounts Counts, bool Exact, string Truth, string Prediction)
{
    public double F1 => Counts.Precision + Counts.Recall > 0
        ? 2 * Counts.Precision * Counts.Recall / (Counts.Precision + Counts.Recall)
        : 0;
}

/// <summary>Benchmark figures over a set of pages, as the upstream evaluate.py defines them.</summary>
public sealed record ExtractionScore(double F1, double Precision, double Recall, double Accuracy, int Pages, IReadOnlyList<PageResult> PageResults)
{
    /// <summary>Precision averaged over pages with TP+FP &gt; 0, recall over pages with TP+FN &gt; 0, F1 from the two averages.</summary>
    public static ExtractionScore FromPages(IReadOnlyList<PageResult> pages)
    {
        var (f1, precision, recall, accuracy) = Figures(pages.Select(p => (p.Counts, p.Exact)).ToList());
        return new ExtractionScore(f1, precision, recall, accuracy, pages.Count, pages);
    }

    private static (double F1, double Precision, double Recall, double Accuracy) Figures(IReadOnlyList<(PageCounts Counts, bool Exact)> pages)
    {
        double precision = Mean(pages.Where(p => p.Counts.HasPrediction).Select(p => p.Counts.Precision));
        double recall = Mean(pages.Where(p => p.Counts.HasTruth).Select(p => p.Counts.Recall));
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        double accuracy = pages.Count > 0 ? (double)pages.Count(p => p.Exact) / pages.Count : 0;
        return (f1, precision, recall, accuracy);
    }

    private static double Mean(IEnumerable<double> values)
    {
        double sum = 0;
        int n = 0;
        foreach (var v in values)
        {
            sum += v;
            n++;
        }
        return n > 0 ? sum / n : 0;
    }

    /// <summary>Bootstrap standard deviation of F1 over <paramref name="resamples"/> resamples of pages (seeded, so repeatable).</summary>
    public double F1StandardDeviation(int resamples = 1000, int seed = 0)
    {
        if (PageResults.Count == 0)
            return 0;
        var random = new Random(seed);
        var values = new double[resamples];
        var sample = new (PageCounts, bool)[PageResults.Count];
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < sample.Length; i++)
            {
                var page = PageResults[random.Next(PageResults.Count)];
                sample[i] = (page.Counts, page.Exact);
            }
            values[r] = Figures(sample).F1;
        }
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }

    public override string ToString() =>
        $"F1 {F1:0.000}  precision {Precision:0.000}  recall {Recall:0.000}  accuracy {Accuracy:0.000}  pages {Pages}";
}
