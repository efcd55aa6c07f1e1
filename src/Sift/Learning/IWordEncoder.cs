namespace Sift.Learning;

/// <summary>Turns a sentence's words into one vector per word, laid out word after word.</summary>
public interface IWordEncoder
{
    int Dimensions { get; }

    /// <summary>The words' vectors, <see cref="Dimensions"/> floats per word, in word order.</summary>
    float[] Encode(string[] words);
}
