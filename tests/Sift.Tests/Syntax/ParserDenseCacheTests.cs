using System.Numerics;
using Sift.Learning;
using Sift.Syntax;

namespace Sift.Tests.Syntax;

/// <summary>
/// The encoder-mode parser's shortcut for its dense scores: the single-word blocks' class scores
/// computed once per sentence must give what scoring the whole input at each transition gives.
/// </summary>
public class ParserDenseCacheTests
{
    private static float[] Random(Random random, int length)
    {
        var values = new float[length];
        for (var i = 0; i < length; i++)
            values[i] = (float)(random.NextDouble() * 2 - 1);
        return values;
    }

    [Theory]
    [InlineData(7, 6)]   // classes and words not multiples of four: the remainder paths
    [InlineData(8, 4)]
    [InlineData(9, 1)]
    public void Cached_scores_equal_the_scores_of_the_whole_input_at_every_transition(int classes, int n)
    {
        var random = new Random(20261207);
        var dimensions = 2 * Vector<float>.Count;
        var dense = new DenseLinearModel(classes, ParserVectors.Blocks * dimensions, Random(random, classes * ParserVectors.Blocks * dimensions));
        var vectors = Random(random, n * dimensions);
        var cache = new ParserDenseCache(classes, dimensions);
        cache.Start(dense, vectors, n);
        var st = new ParserState();
        st.Init(n);
        var full = new float[ParserVectors.Blocks * dimensions];
        var products = new float[ParserVectors.Blocks * dimensions];
        Array.Fill(products, float.NaN); // the single-word blocks must not be read
        var steps = 0;
        while (!st.IsTerminal)
        {
            ParserVectors.Fill(vectors, dimensions, st, full);
            var expected = new float[classes];
            dense.AddScores(full, expected);
            ParserVectors.FillProducts(vectors, dimensions, st, products);
            var actual = new float[classes];
            cache.AddScores(dense, st, products, actual);
            for (var c = 0; c < classes; c++)
                Assert.Equal(expected[c], actual[c], 3);
            // Shift while the buffer lasts, reducing now and then, then reduce to the root.
            st.Apply(st.CanShift && (steps % 3 != 2 || !st.CanLeft) ? ParserState.Shift
                : st.CanLeft ? ParserState.Left(1)
                : st.CanRightToWord ? ParserState.Right(1) : ParserState.Right(0));
            steps++;
        }
        Assert.True(steps >= 2 * n - 1);
    }

    [Fact]
    public void The_four_by_four_products_are_the_four_products_to_the_bit()
    {
        var random = new Random(7);
        var length = 6 * Vector<float>.Count;
        var rows = Enumerable.Range(0, 4).Select(_ => Random(random, length)).ToArray();
        var words = Enumerable.Range(0, 4).Select(_ => Random(random, length)).ToArray();
        var tile = new float[16];
        ParserDenseCache.Dot4x4(rows[0], rows[1], rows[2], rows[3], words[0], words[1], words[2], words[3], tile);
        for (var k = 0; k < 4; k++)
        {
            ParserDenseCache.Dot4(rows[k], words[0], words[1], words[2], words[3], out var r0, out var r1, out var r2, out var r3);
            Assert.Equal([r0, r1, r2, r3], tile.AsSpan(4 * k, 4).ToArray());
        }
    }
}
