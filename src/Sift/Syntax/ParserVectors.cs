namespace Sift.Syntax;

/// <summary>
/// The encoder-mode parser's dense input for one configuration: the encoder vectors of s0, s1 and
/// b0, and the element-wise products s0·b0 and s1·s0 — the two places an arc can be made — so a
/// linear model can weigh how well a dependent fits a head. Missing words and the root are zeros.
/// </summary>
internal static class ParserVectors
{
    public const int Blocks = 5;

    /// <param name="vectors">the sentence's normalized word vectors, word after word (word i at row i − 1)</param>
    public static void Fill(ReadOnlySpan<float> vectors, int dimensions, ParserState st, Span<float> input)
    {
        input.Clear();
        var s0 = Row(vectors, dimensions, st.S(0));
        var s1 = Row(vectors, dimensions, st.S(1));
        var b0 = Row(vectors, dimensions, st.B(0));
        s0.CopyTo(input[..dimensions]);
        s1.CopyTo(input.Slice(dimensions, dimensions));
        b0.CopyTo(input.Slice(2 * dimensions, dimensions));
        Product(s0, b0, input.Slice(3 * dimensions, dimensions));
        Product(s1, s0, input.Slice(4 * dimensions, dimensions));
    }

    private static ReadOnlySpan<float> Row(ReadOnlySpan<float> vectors, int dimensions, int word) =>
        word <= 0 ? default : vectors.Slice((word - 1) * dimensions, dimensions);

    /// <summary>The element-wise product, scaled to the length the word vectors have.</summary>
    private static void Product(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> into)
    {
        if (a.IsEmpty || b.IsEmpty)
            return;
        double sum = 0;
        for (var k = 0; k < into.Length; k++)
        {
            var p = a[k] * b[k];
            into[k] = p;
            sum += p * p;
        }
        if (sum == 0)
            return;
        var scale = (float)(Encoder.EncoderWords.Norm / Math.Sqrt(sum));
        for (var k = 0; k < into.Length; k++)
            into[k] *= scale;
    }
}
