using System.Numerics.Tensors;

namespace Sift.Encoder;

internal static class PiecePooling
{
    /// <summary>Writes the average of the rows of <paramref name="states"/> into <paramref name="target"/>.</summary>
    public static void Mean(ReadOnlySpan<float> states, int dimensions, Span<float> target)
    {
        var rows = states.Length / dimensions;
        states[..dimensions].CopyTo(target);
        if (rows == 1)
            return;
        for (var r = 1; r < rows; r++)
            TensorPrimitives.Add(target, states.Slice(r * dimensions, dimensions), target);
        TensorPrimitives.Multiply(target, 1f / rows, target);
    }
}
