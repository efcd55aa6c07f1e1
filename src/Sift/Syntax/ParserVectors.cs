namespace Sift.Syntax;

/// <summary>
/// The encoder-mode parser's dense input for one configuration, in blocks of one word vector each:
/// the encoder vectors of s0, s1, s2, b0, b1 and of the leftmost and rightmost children of s0 and
/// the leftmost child of b0, then the element-wise products s0·b0 and s1·s0 — the two places an arc
/// can be made — so a linear model can weigh how well a dependent fits a head. Missing words and the
/// root are zeros.
/// </summary>
internal static class ParserVectors
{
    private enum Slot { S0, S1, S2, B0, B1, S0Left, S0Right, B0Left }

    /// <summary>Each block: one word's vector (Second null), or the product of two.</summary>
    private static readonly (Slot First, Slot? Second)[] Layout =
    [
        (Slot.S0, null), (Slot.S1, null), (Slot.B0, null), (Slot.B1, null), (Slot.S2, null),
        (Slot.S0Left, null), (Slot.S0Right, null), (Slot.B0Left, null),
        (Slot.S0, Slot.B0), (Slot.S1, Slot.S0),
    ];

    public static readonly int Blocks = Layout.Length;

    /// <summary>The blocks that hold one word's vector.</summary>
    public static int[] SingleBlocks() => [.. Enumerable.Range(0, Blocks).Where(b => Layout[b].Second is null)];

    /// <summary>The blocks that hold the product of two words' vectors.</summary>
    public static int[] ProductBlocks() => [.. Enumerable.Range(0, Blocks).Where(b => Layout[b].Second is not null)];

    /// <summary>The word a single-word block holds (≤ 0: zeros).</summary>
    public static int WordOf(ParserState st, int block) => Word(st, Layout[block].First);

    /// <param name="vectors">the sentence's normalized word vectors, word after word (word i at row i − 1)</param>
    public static void Fill(ReadOnlySpan<float> vectors, int dimensions, ParserState st, Span<float> input)
    {
        for (var b = 0; b < Layout.Length; b++)
        {
            if (Layout[b].Second is not null)
                continue;
            var into = input.Slice(b * dimensions, dimensions);
            into.Clear();
            Row(vectors, dimensions, Word(st, Layout[b].First)).CopyTo(into);
        }
        FillProducts(vectors, dimensions, st, input);
    }

    /// <summary>
    /// Fills only the product blocks, all that scoring reads when <see cref="ParserDenseCache"/> holds the
    /// single-word blocks' scores; the other blocks of <paramref name="input"/> are left as they were.
    /// </summary>
    public static void FillProducts(ReadOnlySpan<float> vectors, int dimensions, ParserState st, Span<float> input)
    {
        for (var b = 0; b < Layout.Length; b++)
        {
            if (Layout[b].Second is not { } other)
                continue;
            var into = input.Slice(b * dimensions, dimensions);
            into.Clear();
            Product(Row(vectors, dimensions, Word(st, Layout[b].First)), Row(vectors, dimensions, Word(st, other)), into);
        }
    }

    private static int Word(ParserState st, Slot slot) => slot switch
    {
        Slot.S0 => st.S(0),
        Slot.S1 => st.S(1),
        Slot.S2 => st.S(2),
        Slot.B0 => st.B(0),
        Slot.B1 => st.B(1),
        Slot.S0Left => Child(st.LeftChild1, st.S(0)),
        Slot.S0Right => Child(st.RightChild1, st.S(0)),
        _ => Child(st.LeftChild1, st.B(0)),
    };

    private static int Child(int[] children, int head) => head < 0 ? -1 : children[head];

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
