namespace Sift.Evaluation.Coref;

/// <summary>
/// MUC and B³ for one document or, summed, for a corpus. For MUC the denominators count links
/// (Σ(|K| − 1) over clusters); for B³ they count mentions.
/// </summary>
public sealed record CorefScore(PrecisionRecall Muc, PrecisionRecall BCubed)
{
    public static CorefScore Zero { get; } = new(default, default);

    /// <summary>Micro-averaging, as the CoNLL-2012 scorer totals documents: numerators and denominators add up.</summary>
    public static CorefScore operator +(CorefScore a, CorefScore b) => new(Add(a.Muc, b.Muc), Add(a.BCubed, b.BCubed));

    public override string ToString() => $"MUC {Muc}  B³ {BCubed}";

    private static PrecisionRecall Add(PrecisionRecall a, PrecisionRecall b) => new(
        a.PrecisionNumerator + b.PrecisionNumerator, a.Predicted + b.Predicted,
        a.RecallNumerator + b.RecallNumerator, a.Gold + b.Gold);
}
