using System.Numerics;
using System.Runtime.InteropServices;

namespace Sift.Learning;

/// <summary>
/// The dense half of a perceptron: one weight vector per class over a fixed-length input vector (the
/// sentence encoder's state of a word), trained beside a sparse <see cref="AveragedPerceptron"/> and
/// averaged the same lazy way — per class, the running total catches up when the class changes.
/// </summary>
public sealed class DensePerceptron(int classes, int dimensions) : IDenseRows
{
    private readonly float[] _weights = new float[classes * dimensions];
    private readonly double[] _totals = new double[classes * dimensions];
    private readonly int[] _stamps = new int[classes];
    private int _time;

    public int Dimensions { get; } = dimensions;

    /// <summary>Adds the current weights' dot products with <paramref name="input"/> to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<float> input, Span<float> scores)
    {
        for (var c = 0; c < scores.Length; c++)
            scores[c] += Dense.Dot(_weights.AsSpan(c * Dimensions, Dimensions), input);
    }

    public void Tick() => _time++;

    /// <summary>The current (not averaged) weights of one class.</summary>
    public ReadOnlySpan<float> Row(int cls) => _weights.AsSpan(cls * Dimensions, Dimensions);

    public void Update(ReadOnlySpan<float> input, int truth, int guess)
    {
        if (truth == guess)
            return;
        Add(truth, input, 1f);
        Add(guess, input, -1f);
    }

    private void Add(int cls, ReadOnlySpan<float> input, float sign)
    {
        var w = _weights.AsSpan(cls * Dimensions, Dimensions);
        var t = _totals.AsSpan(cls * Dimensions, Dimensions);
        var elapsed = _time - _stamps[cls];
        for (var d = 0; d < w.Length; d++)
        {
            t[d] += (double)elapsed * w[d];
            w[d] += sign * input[d];
        }
        _stamps[cls] = _time;
    }

    /// <summary>The averaged weights, rounded to half precision as the file stores them.</summary>
    public DenseLinearModel Freeze()
    {
        var time = Math.Max(1, _time);
        var averaged = new float[_weights.Length];
        for (var c = 0; c < _stamps.Length; c++)
        {
            var elapsed = time - _stamps[c];
            for (var d = 0; d < Dimensions; d++)
            {
                var i = c * Dimensions + d;
                averaged[i] = (float)(Half)((_totals[i] + (double)elapsed * _weights[i]) / time);
            }
        }
        return new DenseLinearModel(_stamps.Length, Dimensions, averaged);
    }
}

/// <summary>Read-only dense weights: per class a vector; scores are dot products with the input.</summary>
public sealed class DenseLinearModel(int classes, int dimensions, float[] weights) : IDenseRows
{
    public int Classes { get; } = classes;
    public int Dimensions { get; } = dimensions;

    public ReadOnlySpan<float> Row(int cls) => weights.AsSpan(cls * Dimensions, Dimensions);

    public void AddScores(ReadOnlySpan<float> input, Span<float> scores)
    {
        for (var c = 0; c < Classes; c++)
            scores[c] += Dense.Dot(weights.AsSpan(c * Dimensions, Dimensions), input);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Dimensions);
        foreach (var w in weights)
            writer.Write((Half)w);
    }

    public static DenseLinearModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var weights = new float[classes * dimensions];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)reader.ReadHalf();
        return new DenseLinearModel(classes, dimensions, weights);
    }
}

/// <summary>Per-class weight vectors, read a class at a time.</summary>
public interface IDenseRows
{
    ReadOnlySpan<float> Row(int cls);
}

internal static class Dense
{
    /// <summary>The dot product of two equally long vectors, SIMD-wide.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var width = Vector<float>.Count;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var i = 0; i < va.Length; i++)
            sum += va[i] * vb[i];
        var result = Vector.Sum(sum);
        for (var i = va.Length * width; i < a.Length; i++)
            result += a[i] * b[i];
        return result;
    }
}
