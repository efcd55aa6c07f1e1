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

    private float[]? _scaled;

    /// <summary>
    /// All rows scaled to length <see cref="EncoderWords.Norm"/>, as the encoder-mode taggers, parser and
    /// recognizer learnt them: computed once on first use and shared by every capability that reads them.
    /// </summary>
    public ReadOnlySpan<float> Scaled => _scaled ??= ScaledCopy();

    private float[] ScaledCopy()
    {
        var scaled = _values.ToArray();
        EncoderWords.Normalize(scaled, Dimensions);
        return scaled;
    }
}
