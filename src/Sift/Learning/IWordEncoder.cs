namespace Sift.Learning;

/// <summary>Turns sentences' words into one vector per word, laid out word after word through the sentences.</summary>
public interface IWordEncoder
{
    int Dimensions { get; }

    /// <summary>The words' vectors, <see cref="Dimensions"/> floats per word, sentence after sentence.</summary>
    float[] Encode(IReadOnlyList<string[]> sentences);
}
