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

    /// <summary>Recomputes the cache for a sentence from the current weights.</summary>
    public void Start(IDenseRows dense, ReadOnlySpan<float> vectors, int n)
    {
        _n = n;
        var stride = (n + 1) * classes;
        if (_scores.Length < _singles.Length * stride)
            _scores = new float[2 * _singles.Length * stride];
        if (_gram.Length < (n + 1) * (n + 1))
            _gram = new float[2 * (n + 1) * (n + 1)];
        for (var j = 0; j < _singles.Length; j++)
        {
            var b = _singles[j];
            var block = _scores.AsSpan(j * stride, stride);
            block[..classes].Clear();
            for (var c = 0; c < classes; c++)
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
    private static void Dot4(ReadOnlySpan<float> a, ReadOnlySpan<float> b0, ReadOnlySpan<float> b1, ReadOnlySpan<float> b2, ReadOnlySpan<float> b3,
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
