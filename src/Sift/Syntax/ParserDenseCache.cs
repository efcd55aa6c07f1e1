using System.Numerics;
using System.Runtime.InteropServices;
using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// A shortcut for the dense scores of the single-word blocks of <see cref="ParserVectors"/>: a block's
/// score for a class depends only on which word fills it, so each sentence's per-word, per-block class
/// scores are computed once (at about half the cost of scoring them at each of the sentence's 2n
/// transitions). In training they are kept current through every perceptron update: an update adds a
/// word's vector to two classes' weights, which moves every cached score of those classes by the dot
/// product of the two words' vectors. Products of two words are scored per decision.
/// </summary>
internal sealed class ParserDenseCache(int classes, int dimensions)
{
    private readonly int[] _singles = ParserVectors.SingleBlocks();
    private readonly int[] _products = ParserVectors.ProductBlocks();
    private readonly int[] _wordOf = new int[ParserVectors.Blocks];
    private float[] _scores = [];
    private float[] _gram = [];
    private int _n;

    public int Classes => classes;

    public int Dimensions => dimensions;

    /// <summary>
    /// Recomputes the cache for a sentence from the current weights; <paramref name="forUpdates"/> (training)
    /// also computes the words' pairwise dot products that <see cref="Updated"/> needs.
    /// </summary>
    public void Start(IDenseRows dense, ReadOnlySpan<float> vectors, int n, bool forUpdates = false)
    {
        _n = n;
        var stride = (n + 1) * classes;
        if (_scores.Length < _singles.Length * stride)
            _scores = new float[2 * _singles.Length * stride];
        Span<float> tile = stackalloc float[16];
        for (var j = 0; j < _singles.Length; j++)
        {
            var b = _singles[j];
            var block = _scores.AsSpan(j * stride, stride);
            block[..classes].Clear();
            var c = 0;
            if (dimensions % Vector<float>.Count == 0)
            {
                for (; c + 4 <= classes; c += 4)
                {
                    ReadOnlySpan<float> w0 = dense.Row(c).Slice(b * dimensions, dimensions), w1 = dense.Row(c + 1).Slice(b * dimensions, dimensions),
                        w2 = dense.Row(c + 2).Slice(b * dimensions, dimensions), w3 = dense.Row(c + 3).Slice(b * dimensions, dimensions);
                    for (var word = 1; word <= n; word += 4)
                    {
                        var last = Math.Min(word + 3, n);
                        Dot4x4(w0, w1, w2, w3, Word(vectors, word), Word(vectors, Math.Min(word + 1, last)), Word(vectors, Math.Min(word + 2, last)),
                            Word(vectors, last), tile);
                        for (var m = 0; word + m <= last; m++)
                        {
                            var at = (word + m) * classes + c;
                            block[at] = tile[m];
                            block[at + 1] = tile[4 + m];
                            block[at + 2] = tile[8 + m];
                            block[at + 3] = tile[12 + m];
                        }
                    }
                }
            }
            for (; c < classes; c++)
            {
                var w = dense.Row(c).Slice(b * dimensions, dimensions);
                for (var word = 1; word <= n; word += 4)
                {
                    var last = Math.Min(word + 3, n);
                    Dot4(w, Word(vectors, word), Word(vectors, Math.Min(word + 1, last)), Word(vectors, Math.Min(word + 2, last)),
                        Word(vectors, last), out var r0, out var r1, out var r2, out var r3);
                    block[word * classes + c] = r0;
                    if (word + 1 <= n) block[(word + 1) * classes + c] = r1;
                    if (word + 2 <= n) block[(word + 2) * classes + c] = r2;
                    if (word + 3 <= n) block[(word + 3) * classes + c] = r3;
                }
            }
        }
        if (!forUpdates)
            return;
        if (_gram.Length < (n + 1) * (n + 1))
            _gram = new float[2 * (n + 1) * (n + 1)];
        for (var a = 1; a <= n; a++)
        {
            var va = vectors.Slice((a - 1) * dimensions, dimensions);
            for (var b = a; b <= n; b++)
                _gram[a * (n + 1) + b] = _gram[b * (n + 1) + a] = Dense.Dot(va, vectors.Slice((b - 1) * dimensions, dimensions));
        }
    }

    /// <summary>Adds the dense scores of the configuration whose input <paramref name="input"/> holds.</summary>
    public void AddScores(IDenseRows dense, ParserState st, ReadOnlySpan<float> input, Span<float> scores)
    {
        var stride = (_n + 1) * classes;
        for (var j = 0; j < _singles.Length; j++)
        {
            var word = ParserVectors.WordOf(st, _singles[j]);
            _wordOf[j] = word;
            if (word <= 0)
                continue;
            var cached = _scores.AsSpan(j * stride + word * classes, classes);
            for (var c = 0; c < classes; c++)
                scores[c] += cached[c];
        }
        foreach (var p in _products)
        {
            var x = input.Slice(p * dimensions, dimensions);
            var c = 0;
            for (; c + 4 <= classes; c += 4)
            {
                Dot4(x, dense.Row(c).Slice(p * dimensions, dimensions), dense.Row(c + 1).Slice(p * dimensions, dimensions),
                    dense.Row(c + 2).Slice(p * dimensions, dimensions), dense.Row(c + 3).Slice(p * dimensions, dimensions),
                    out var r0, out var r1, out var r2, out var r3);
                scores[c] += r0;
                scores[c + 1] += r1;
                scores[c + 2] += r2;
                scores[c + 3] += r3;
            }
            for (; c < classes; c++)
                scores[c] += Dense.Dot(dense.Row(c).Slice(p * dimensions, dimensions), x);
        }
    }

    private ReadOnlySpan<float> Word(ReadOnlySpan<float> vectors, int word) => vectors.Slice((word - 1) * dimensions, dimensions);

    /// <summary>Four dot products that share one side: four accumulators, one pass over <paramref name="a"/>.</summary>
    internal static void Dot4(ReadOnlySpan<float> a, ReadOnlySpan<float> b0, ReadOnlySpan<float> b1, ReadOnlySpan<float> b2, ReadOnlySpan<float> b3,
        out float r0, out float r1, out float r2, out float r3)
    {
        var width = Vector<float>.Count;
        if (a.Length % width != 0)
        {
            r0 = Dense.Dot(a, b0);
            r1 = Dense.Dot(a, b1);
            r2 = Dense.Dot(a, b2);
            r3 = Dense.Dot(a, b3);
            return;
        }
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var v0 = MemoryMarshal.Cast<float, Vector<float>>(b0);
        var v1 = MemoryMarshal.Cast<float, Vector<float>>(b1);
        var v2 = MemoryMarshal.Cast<float, Vector<float>>(b2);
        var v3 = MemoryMarshal.Cast<float, Vector<float>>(b3);
        Vector<float> s0 = Vector<float>.Zero, s1 = Vector<float>.Zero, s2 = Vector<float>.Zero, s3 = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            var x = va[i];
            s0 = Vector.FusedMultiplyAdd(x, v0[i], s0);
            s1 = Vector.FusedMultiplyAdd(x, v1[i], s1);
            s2 = Vector.FusedMultiplyAdd(x, v2[i], s2);
            s3 = Vector.FusedMultiplyAdd(x, v3[i], s3);
        }
        r0 = Vector.Sum(s0);
        r1 = Vector.Sum(s1);
        r2 = Vector.Sum(s2);
        r3 = Vector.Sum(s3);
    }

    /// <summary>
    /// Sixteen dot products, four weight rows by four word vectors (<paramref name="result"/>[4k + m] = wk · vm),
    /// in one pass that loads eight vectors for sixteen multiply-adds where <see cref="Dot4"/> loads five for
    /// four. Each product accumulates lane by lane in the same order as <see cref="Dot4"/>, so the results
    /// are the same to the bit. The rows' length must be a whole number of vectors.
    /// </summary>
    internal static void Dot4x4(ReadOnlySpan<float> w0, ReadOnlySpan<float> w1, ReadOnlySpan<float> w2, ReadOnlySpan<float> w3,
        ReadOnlySpan<float> v0, ReadOnlySpan<float> v1, ReadOnlySpan<float> v2, ReadOnlySpan<float> v3, Span<float> result)
    {
        var a0 = MemoryMarshal.Cast<float, Vector<float>>(w0);
        var a1 = MemoryMarshal.Cast<float, Vector<float>>(w1);
        var a2 = MemoryMarshal.Cast<float, Vector<float>>(w2);
        var a3 = MemoryMarshal.Cast<float, Vector<float>>(w3);
        var b0 = MemoryMarshal.Cast<float, Vector<float>>(v0);
        var b1 = MemoryMarshal.Cast<float, Vector<float>>(v1);
        var b2 = MemoryMarshal.Cast<float, Vector<float>>(v2);
        var b3 = MemoryMarshal.Cast<float, Vector<float>>(v3);
        Vector<float> s00 = default, s01 = default, s02 = default, s03 = default, s10 = default, s11 = default, s12 = default, s13 = default;
        Vector<float> s20 = default, s21 = default, s22 = default, s23 = default, s30 = default, s31 = default, s32 = default, s33 = default;
        for (var i = 0; i < a0.Length; i++)
        {
            Vector<float> x0 = a0[i], x1 = a1[i], x2 = a2[i], x3 = a3[i], y0 = b0[i], y1 = b1[i], y2 = b2[i], y3 = b3[i];
            s00 = Vector.FusedMultiplyAdd(x0, y0, s00);
            s01 = Vector.FusedMultiplyAdd(x0, y1, s01);
            s02 = Vector.FusedMultiplyAdd(x0, y2, s02);
            s03 = Vector.FusedMultiplyAdd(x0, y3, s03);
            s10 = Vector.FusedMultiplyAdd(x1, y0, s10);
            s11 = Vector.FusedMultiplyAdd(x1, y1, s11);
            s12 = Vector.FusedMultiplyAdd(x1, y2, s12);
            s13 = Vector.FusedMultiplyAdd(x1, y3, s13);
            s20 = Vector.FusedMultiplyAdd(x2, y0, s20);
            s21 = Vector.FusedMultiplyAdd(x2, y1, s21);
            s22 = Vector.FusedMultiplyAdd(x2, y2, s22);
            s23 = Vector.FusedMultiplyAdd(x2, y3, s23);
            s30 = Vector.FusedMultiplyAdd(x3, y0, s30);
            s31 = Vector.FusedMultiplyAdd(x3, y1, s31);
            s32 = Vector.FusedMultiplyAdd(x3, y2, s32);
            s33 = Vector.FusedMultiplyAdd(x3, y3, s33);
        }
        result[0] = Vector.Sum(s00); result[1] = Vector.Sum(s01); result[2] = Vector.Sum(s02); result[3] = Vector.Sum(s03);
        result[4] = Vector.Sum(s10); result[5] = Vector.Sum(s11); result[6] = Vector.Sum(s12); result[7] = Vector.Sum(s13);
        result[8] = Vector.Sum(s20); result[9] = Vector.Sum(s21); result[10] = Vector.Sum(s22); result[11] = Vector.Sum(s23);
        result[12] = Vector.Sum(s30); result[13] = Vector.Sum(s31); result[14] = Vector.Sum(s32); result[15] = Vector.Sum(s33);
    }

    /// <summary>Keeps the cache current after the perceptron moved <paramref name="truth"/> up and <paramref name="guess"/> down by the last scored input.</summary>
    public void Updated(int truth, int guess)
    {
        var stride = (_n + 1) * classes;
        for (var j = 0; j < _singles.Length; j++)
        {
            var from = _wordOf[j];
            if (from <= 0)
                continue;
            var gram = _gram.AsSpan(from * (_n + 1), _n + 1);
            var block = _scores.AsSpan(j * stride, stride);
            for (var word = 1; word <= _n; word++)
            {
                block[word * classes + truth] += gram[word];
                block[word * classes + guess] -= gram[word];
            }
        }
    }
}
