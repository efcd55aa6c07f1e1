namespace Sift.Evaluation;

/// <summary>
/// Precision, recall and F1 from numerators and denominators. Numerators are doubles so that
/// partial credit (PTC SI) fits; F1 is 0 when P + R is 0.
/// </summary>
public readonly record struct PrecisionRecall(double PrecisionNumerator, int Predicted, double RecallNumerator, int Gold)
{
    /// <summary>Counts for scorers where one match earns one point on both sides.</summary>
    public static PrecisionRecall FromCounts(int correct, int predicted, int gold) => new(correct, predicted, correct, gold);

    public double Precision => Predicted > 0 ? PrecisionNumerator / Predicted : 0;

    public double Recall => Gold > 0 ? RecallNumerator / Gold : 0;

    public double F1 => HarmonicMean(Precision, Recall);

    public static double HarmonicMean(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    public override string ToString() => $"P={Precision:F4} R={Recall:F4} F1={F1:F4}";
}
