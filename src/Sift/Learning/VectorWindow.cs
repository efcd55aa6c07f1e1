namespace Sift.Learning;

/// <summary>
/// A dense model's input for one word: its own encoder vector, then its left and right neighbours'
/// (zeros past the sentence's ends), so a tagger can read a span's edges from both sides.
/// </summary>
public static class VectorWindow
{
    /// <summary>How many words' vectors one input holds.</summary>
    public const int Width = 3;

    /// <param name="rows">word vectors, word after word</param>
    /// <param name="i">the word's row</param>
    /// <param name="first">the sentence's first row</param>
    /// <param name="end">the row after the sentence's last</param>
    public static void Fill(ReadOnlySpan<float> rows, int dimensions, int i, int first, int end, Span<float> input)
    {
        rows.Slice(i * dimensions, dimensions).CopyTo(input[..dimensions]);
        var left = input.Slice(dimensions, dimensions);
        var right = input.Slice(2 * dimensions, dimensions);
        if (i > first)
            rows.Slice((i - 1) * dimensions, dimensions).CopyTo(left);
        else
            left.Clear();
        if (i + 1 < end)
            rows.Slice((i + 1) * dimensions, dimensions).CopyTo(right);
        else
            right.Clear();
    }
}
