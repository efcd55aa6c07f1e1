using Sift.Encoder;
using Sift.Learning;
using Sift.Model;

namespace Sift.Framing.Propaganda;

/// <summary>
/// An article as the propaganda models see it: per token the hashes of its lower-cased form,
/// shape and suffix, its cue-list kinds (phrases mark every word they cover) and VADER valence,
/// computed once and shared by the span tagger and the technique classifier.
/// </summary>
public sealed class PropagandaDocument
{
    public PropagandaDocument(string text, TextLayer layer, CueLexicon cues, TokenVectors? vectors = null)
    {
        Vectors = vectors;
        Text = text;
        Layer = layer;
        var tokens = layer.Tokens;
        var n = tokens.Count;
        Lower = new ulong[n];
        Shape = new ulong[n];
        Suffix = new ulong[n];
        Cues = new CueKind[n];
        Valence = new sbyte[n];
        InQuotes = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            Lower[i] = FeatureHash.OfLower(word);
            Shape[i] = ShapeOf(word);
            Suffix[i] = FeatureHash.OfLower(word.Length > 3 ? word[^3..] : word);
        }
        foreach (var sentence in layer.Sentences)
            MarkSentence(sentence, cues);
        var loaded = 0;
        for (var i = 0; i < n; i++)
        {
            if ((Cues[i] & CueKind.Bias) != 0 || Math.Abs((int)Valence[i]) >= 20)
                loaded++;
        }
        LoadedPerHundred = n == 0 ? 0 : Math.Min(12, 100 * loaded / n);
        if (vectors is not null)
        {
            MeanVector = new float[vectors.Dimensions];
            for (var i = 0; i < n; i++)
            {
                var v = vectors[i];
                for (var d = 0; d < MeanVector.Length; d++)
                    MeanVector[d] += v[d];
            }
            for (var d = 0; n > 0 && d < MeanVector.Length; d++)
                MeanVector[d] /= n;
        }
    }

    /// <summary>The mean of the article's token vectors: what the whole piece is about and how it is written (null without an encoder).</summary>
    public float[]? MeanVector { get; }

    /// <summary>Bias-list and strongly rated words per hundred tokens of the article (capped at 12): how loaded the whole piece is.</summary>
    public int LoadedPerHundred { get; }

    public string Text { get; }

    /// <summary>The sentence encoder's vector of every token (<see cref="EncoderInput.Dimensions"/> floats each), or null in fast mode.</summary>
    public TokenVectors? Vectors { get; }

    public TextLayer Layer { get; }

    public ulong[] Lower { get; }

    public ulong[] Shape { get; }

    public ulong[] Suffix { get; }

    public CueKind[] Cues { get; }

    /// <summary>VADER valence ×10 of the word (or of a rated phrase it starts).</summary>
    public sbyte[] Valence { get; }

    /// <summary>True for tokens between an opening and a closing quotation mark of their sentence.</summary>
    public bool[] InQuotes { get; }

    public ReadOnlySpan<char> WordOf(int token)
    {
        var t = Layer.Tokens[token];
        return Text.AsSpan(t.Start, t.End - t.Start);
    }

    private void MarkSentence(Sentence sentence, CueLexicon cues)
    {
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var quoted = false;
        for (var i = first; i < end; i++)
        {
            var word = WordOf(i);
            if (word.Length == 1 && IsQuote(word[0]))
            {
                quoted = !quoted;
                continue;
            }
            InQuotes[i] = quoted;
            for (var length = Math.Min(CueLexicon.MaxPhrase, end - i); length >= 1; length--)
            {
                var key = CueLexicon.KeyOf(Lower.AsSpan(i, length));
                var kind = cues.KindOf(key);
                if (kind != CueKind.None)
                {
                    for (var k = i; k < i + length; k++)
                        Cues[k] |= kind;
                }
                var valence = cues.ValenceOf(key);
                if (valence != 0 && Valence[i] == 0)
                    Valence[i] = valence;
            }
        }
    }

    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '‘' or '’' or '«' or '»';

    /// <summary>The word's shape with runs collapsed: "Assad" → Xx, "U.S." → X.X., "2017" → d.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[16];
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && shape[length - 1] == s)
                continue;
            if (length == shape.Length)
                break;
            shape[length++] = s;
        }
        return FeatureHash.Of(shape[..length]);
    }
}
