using Sift.Learning;

namespace Sift.Encoder;

/// <summary>
/// The sentence encoder as the learning kit sees it: words in, one vector per word out, each scaled
/// to length <see cref="Norm"/>, so a perceptron update moves the dense weights about as far as it
/// moves a few dozen sparse ones.
/// </summary>
public sealed class EncoderWords(SentenceEncoder encoder) : IWordEncoder
{
    public const float Norm = 4f;

    public int Dimensions => SentenceEncoder.Dimensions;

    public float[] Encode(IReadOnlyList<string[]> sentences)
    {
        var values = encoder.Encode(sentences).Values.ToArray();
        Normalize(values, Dimensions);
        return values;
    }

    public static void Normalize(Span<float> values, int dimensions)
    {
        for (var at = 0; at + dimensions <= values.Length; at += dimensions)
        {
            var v = values.Slice(at, dimensions);
            double sum = 0;
            foreach (var x in v)
                sum += x * x;
            if (sum == 0)
                continue;
            var scale = (float)(Norm / Math.Sqrt(sum));
            for (var k = 0; k < v.Length; k++)
                v[k] *= scale;
        }
    }
}
