using Sift.Learning;

namespace Sift.Encoder;

/// <summary>The sentence encoder as the learning kit sees it: words in, one vector per word out.</summary>
public sealed class EncoderWords(SentenceEncoder encoder) : IWordEncoder
{
    public int Dimensions => SentenceEncoder.Dimensions;

    public float[] Encode(IReadOnlyList<string[]> sentences) => encoder.Encode(sentences).Values.ToArray();
}
