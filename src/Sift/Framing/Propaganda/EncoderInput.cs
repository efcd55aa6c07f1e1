using Sift.Encoder;
using Sift.Model;

namespace Sift.Framing.Propaganda;

/// <summary>
/// The dense inputs the propaganda models take from the sentence encoder: for a token, its own
/// vector beside its sentence's mean vector (MiniLM is trained so that the mean carries the
/// sentence's meaning); for a span, the mean of its tokens beside the sentence's mean.
/// </summary>
public static class EncoderInput
{
    public const int Dimensions = 384;
    public const int Width = 2 * Dimensions;

    public static void Token(PropagandaDocument doc, Sentence sentence, int token, Span<float> input)
    {
        var vectors = doc.Vectors!;
        vectors[token].CopyTo(input);
        Mean(vectors, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, input[Dimensions..]);
    }

    public static void Span(PropagandaDocument doc, Sentence sentence, int from, int to, Span<float> input)
    {
        var vectors = doc.Vectors!;
        Mean(vectors, from, to, input[..Dimensions]);
        Mean(vectors, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, input[Dimensions..]);
    }

    private static void Mean(TokenVectors vectors, int from, int to, Span<float> result)
    {
        result.Clear();
        if (to <= from)
            return;
        for (var t = from; t < to; t++)
        {
            var v = vectors[t];
            for (var d = 0; d < Dimensions; d++)
                result[d] += v[d];
        }
        var scale = 1f / (to - from);
        for (var d = 0; d < Dimensions; d++)
            result[d] *= scale;
    }
}
