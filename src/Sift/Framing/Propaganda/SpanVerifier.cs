using Sift.Learning;
using Sift.Model;

namespace Sift.Framing.Propaganda;

/// <summary>
/// A second look at each span the tagger proposes (SI's second stage): a binary averaged perceptron over
/// the whole span — its words, context, cues and repeats (the technique classifier's span features), how
/// sure the tagger was, and in encoder mode the mean vectors of the span, its sentence and the article —
/// keeps the span when its margin reaches <see cref="Threshold"/>. The tagger decides token by token and
/// cannot weigh a span as a whole; on the validation split two in three of its spans overlapped no annotated one.
/// Trained on spans a tagger proposed for articles it was not trained on (see the trainer's jackknife).
/// </summary>
public sealed class SpanVerifier(LinearModel model, DenseLinearModel? dense, float threshold)
{
    internal const int Drop = 0, Keep = 1;

    public LinearModel Model { get; } = model;

    public DenseLinearModel? Dense { get; } = dense;

    /// <summary>The keep-minus-drop margin a span needs, chosen on validation for SI F1.</summary>
    public float Threshold { get; } = threshold;

    public SpanVerifier WithThreshold(float threshold) => new(Model, Dense, threshold);

    /// <summary>Drops the spans the verifier does not keep.</summary>
    public void Filter(PropagandaDocument doc, SpanCounter counter, List<DetectedSpan> spans)
    {
        var features = new FeatureBuffer();
        spans.RemoveAll(span =>
        {
            Features(doc, counter, span, features);
            return Margin(features.Items, Dense is null ? null : Input(doc, span)) < Threshold;
        });
    }

    /// <summary>The keep-minus-drop margin of a span given its features and, in encoder mode, its <see cref="Input"/>.</summary>
    internal float Margin(ReadOnlySpan<ulong> features, float[]? input)
    {
        Span<float> scores = stackalloc float[2];
        Model.Score(features, scores);
        if (Dense is not null)
            Dense.AddScores(input, scores);
        return scores[Keep] - scores[Drop];
    }

    internal static void Features(PropagandaDocument doc, SpanCounter counter, in DetectedSpan span, FeatureBuffer f)
    {
        var sentence = doc.Layer.Sentences[span.Sentence];
        PropagandaFeatures.Span(doc, sentence, span.FirstToken, span.EndToken, counter.Occurrences(span.Span),
            counter.HeadOccurrences(span.FirstToken, span.EndToken), f);
        var confidence = (ulong)Math.Clamp((int)(span.SpanConfidence * 10), 0, 9);
        var length = span.EndToken - span.FirstToken;
        f.Add(FeatureHash.Feature(140, confidence));
        f.Add(FeatureHash.Feature(141, confidence, (ulong)Math.Min(length, 6)));
        f.Add(FeatureHash.Feature(142, length == sentence.TokenCount ? 1UL : 0UL, confidence));
    }

    /// <summary>The dense input's length: the span's and its sentence's mean vectors, then the article's.</summary>
    public const int Width = EncoderInput.Width + EncoderInput.Dimensions;

    internal static float[] Input(PropagandaDocument doc, in DetectedSpan span)
    {
        var input = new float[Width];
        EncoderInput.Span(doc, doc.Layer.Sentences[span.Sentence], span.FirstToken, span.EndToken, input);
        doc.MeanVector.CopyTo(input.AsSpan(EncoderInput.Width));
        return input;
    }

    public void Write(BinaryWriter writer)
    {
        Model.Write(writer);
        writer.Write(Threshold);
        writer.Write(Dense is not null);
        Dense?.Write(writer);
    }

    public static SpanVerifier Read(BinaryReader reader)
    {
        var model = LinearModel.Read(reader);
        var threshold = reader.ReadSingle();
        var dense = reader.ReadBoolean() ? DenseLinearModel.Read(reader) : null;
        return new SpanVerifier(model, dense, threshold);
    }
}
