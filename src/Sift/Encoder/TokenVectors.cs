namespace Sift.Encoder;

/// <summary>
/// Contextual vectors of a run of tokens, one row of <see cref="Dimensions"/> floats each: for an
/// article, row i belongs to token i of its text layer. Computed once and read by every capability.
/// </summary>
public sealed class TokenVectors
{
    private readonly float[] _values;

    public TokenVectors(float[] values, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        if (values.Length % dimensions != 0)
            throw new ArgumentException($"{values.Length} values are not whole rows of {dimensions}", nameof(values));
        _values = values;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int Count => _values.Length / Dimensions;

    public ReadOnlySpan<float> this[int token] => _values.AsSpan(token * Dimensions, Dimensions);

    /// <summary>All rows, token after token.</summary>
    public ReadOnlySpan<float> Values => _values;
}
