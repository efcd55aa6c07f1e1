namespace Sift.Learning;

/// <summary>Turns sentences' words into one vector per word, laid out word after word through the sentences.</summary>
public interface IWordEncoder
{
    int Dimensions { get; }

    /// <summary>The words' vectors, <see cref="Dimensions"/> floats per word, sentence after sentence.</summary>
    float[] Encode(IReadOnlyList<string[]> sentences);
}

public static class WordEncoderExtensions
{
    /// <summary>The words' vectors split by sentence: per sentence, its words' vectors one after another.</summary>
    public static List<float[]> EncodeSentences(this IWordEncoder encoder, IReadOnlyList<string[]> sentences)
    {
        var all = encoder.Encode(sentences);
        var result = new List<float[]>(sentences.Count);
        var at = 0;
        foreach (var sentence in sentences)
        {
            var length = sentence.Length * encoder.Dimensions;
            result.Add(all.AsSpan(at, length).ToArray());
            at += length;
        }
        return result;
    }
}
