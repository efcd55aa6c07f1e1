using Sift.Learning;
using Sift.Model;

namespace Sift.Framing.Propaganda;

/// <summary>What the span tagger knows about a whole sentence before it tags its words.</summary>
public readonly record struct SentenceCues(int StrongestValence, int BiasWords, char FinalMark, int Length, bool HasQuote)
{
    public static SentenceCues Of(PropagandaDocument doc, Sentence sentence)
    {
        int strongest = 0, bias = 0;
        var hasQuote = false;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            strongest = Math.Max(strongest, Math.Abs((int)doc.Valence[i]));
            if ((doc.Cues[i] & CueKind.Bias) != 0)
                bias++;
            hasQuote |= doc.InQuotes[i];
        }
        var last = end > sentence.FirstToken ? doc.WordOf(end - 1) : default;
        var mark = last.Length == 1 && char.IsPunctuation(last[0]) ? last[0] : ' ';
        return new SentenceCues(strongest, bias, mark, sentence.TokenCount, hasQuote);
    }
}

/// <summary>
/// The feature templates of the propaganda models. Template numbers are part of the model file's
/// fingerprint (<see cref="FeatureSet"/>): change a template, bump the fingerprint.
/// </summary>
public static class PropagandaFeatures
{
    public static readonly ulong FeatureSet = FeatureHash.Feature(9001, 5);

    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    /// <summary>Features of token <paramref name="i"/> for the span tagger, given the tags of the two tokens before it.</summary>
    public static void Token(PropagandaDocument doc, Sentence sentence, in SentenceCues cues, int i, int prev, int prev2, FeatureBuffer f)
    {
        f.Clear();
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        ulong W(int k) => k >= first && k < end ? doc.Lower[k] : Boundary;
        var w = doc.Lower[i];
        f.Add(FeatureHash.Feature(1, 0));
        f.Add(FeatureHash.Feature(2, w));
        f.Add(FeatureHash.Feature(3, W(i - 1)));
        f.Add(FeatureHash.Feature(4, W(i + 1)));
        f.Add(FeatureHash.Feature(5, W(i - 2)));
        f.Add(FeatureHash.Feature(6, W(i + 2)));
        f.Add(FeatureHash.Feature(7, W(i - 1), w));
        f.Add(FeatureHash.Feature(8, w, W(i + 1)));
        f.Add(FeatureHash.Feature(9, doc.Shape[i]));
        f.Add(FeatureHash.Feature(10, doc.Suffix[i]));
        f.Add(FeatureHash.Feature(11, (ulong)prev));
        f.Add(FeatureHash.Feature(12, (ulong)prev, w));
        f.Add(FeatureHash.Feature(13, (ulong)prev, (ulong)prev2));
        f.Add(FeatureHash.Feature(14, (ulong)prev, doc.Shape[i]));
        for (var k = -2; k <= 2; k++)
        {
            var j = i + k;
            if (j < first || j >= end)
                continue;
            if (doc.Cues[j] != CueKind.None)
                f.Add(FeatureHash.Feature(15, (ulong)(k + 2), (ulong)doc.Cues[j]));
            if (doc.Valence[j] != 0)
                f.Add(FeatureHash.Feature(16, (ulong)(k + 2), ValenceBucket(doc.Valence[j])));
        }
        f.Add(FeatureHash.Feature(17, (ulong)prev, ValenceBucket(doc.Valence[i])));
        var position = i - first;
        f.Add(FeatureHash.Feature(18, (ulong)Math.Min(position, 3), (ulong)Math.Min(end - 1 - i, 3)));
        f.Add(FeatureHash.Feature(19, (ulong)Bucket(cues.Length), (ulong)(cues.StrongestValence / 10), (ulong)Math.Min(cues.BiasWords, 3)));
        f.Add(FeatureHash.Feature(20, cues.FinalMark, (ulong)prev));
        f.Add(FeatureHash.Feature(21, doc.InQuotes[i] ? 1UL : 0UL, (ulong)prev));
        // How far the nearest strongly rated word is, and on which side: spans grow around loaded words.
        f.Add(FeatureHash.Feature(22, (ulong)(NearestStrong(doc, first, end, i) + 8), (ulong)prev));
        f.Add(FeatureHash.Feature(23, (ulong)Math.Min(cues.BiasWords, 3), (ulong)(cues.StrongestValence / 10), (ulong)prev));
        f.Add(FeatureHash.Feature(24, (ulong)doc.LoadedPerHundred, (ulong)prev));
    }

    /// <summary>Signed distance (−4..4, 5 for none) to the nearest word with |valence| ≥ 2 in the sentence.</summary>
    private static int NearestStrong(PropagandaDocument doc, int first, int end, int i)
    {
        for (var d = 0; d <= 4; d++)
        {
            if (i - d >= first && Math.Abs((int)doc.Valence[i - d]) >= 20)
                return -d;
            if (i + d < end && Math.Abs((int)doc.Valence[i + d]) >= 20)
                return d;
        }
        return 5;
    }

    /// <summary>
    /// Features of a span (tokens <paramref name="from"/>..<paramref name="to"/>, end exclusive) for
    /// the technique classifier: its words, its edges and surroundings, its sentence, the cue lists,
    /// and how often the same words recur in the article (Repetition is an article-level fact).
    /// </summary>
    public static void Span(PropagandaDocument doc, Sentence sentence, int from, int to, int repeats, int headRepeats, FeatureBuffer f)
    {
        f.Clear();
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        ulong W(int k) => k >= first && k < end ? doc.Lower[k] : Boundary;
        f.Add(FeatureHash.Feature(101, 0));
        var length = to - from;
        f.Add(FeatureHash.Feature(102, (ulong)Bucket(length)));
        f.Add(FeatureHash.Feature(103, doc.Lower[from]));
        f.Add(FeatureHash.Feature(104, doc.Lower[to - 1]));
        f.Add(FeatureHash.Feature(105, W(from - 1)));
        f.Add(FeatureHash.Feature(106, W(to)));
        f.Add(FeatureHash.Feature(107, W(from - 2), W(from - 1)));
        f.Add(FeatureHash.Feature(108, W(to), W(to + 1)));
        f.Add(FeatureHash.Feature(109, (ulong)Math.Min(repeats, 4), (ulong)Bucket(length)));
        f.Add(FeatureHash.Feature(110, (ulong)Math.Min(headRepeats, 6)));
        f.Add(FeatureHash.Feature(111, from == first ? 1UL : 0UL, to >= end - 1 ? 1UL : 0UL));
        var h = FeatureHash.Feature(112, (ulong)length);
        CueKind cues = CueKind.None;
        int positive = 0, negative = 0, capitals = 0, marks = 0;
        for (var i = from; i < to; i++)
        {
            h = FeatureHash.Combine(h, doc.Lower[i]);
            f.Add(FeatureHash.Feature(113, doc.Lower[i]));
            f.Add(FeatureHash.Feature(114, doc.Suffix[i]));
            if (i + 1 < to)
                f.Add(FeatureHash.Feature(115, doc.Lower[i], doc.Lower[i + 1]));
            cues |= doc.Cues[i];
            positive = Math.Max(positive, doc.Valence[i]);
            negative = Math.Min(negative, doc.Valence[i]);
            var word = doc.WordOf(i);
            if (word.Length > 1 && IsAllCaps(word))
                capitals++;
            if (word.Length == 1 && word[0] is '!' or '?')
                marks++;
        }
        f.Add(h);
        if (length <= 6)
        {
            // The span's own words as one phrase, for slogans and stock phrases seen in training.
            f.Add(FeatureHash.Feature(116, h));
        }
        for (var bit = 1; bit <= (int)CueKind.Report; bit <<= 1)
        {
            if (((int)cues & bit) != 0)
                f.Add(FeatureHash.Feature(117, (ulong)bit));
        }
        f.Add(FeatureHash.Feature(118, (ulong)(positive / 10), (ulong)(-negative / 10)));
        f.Add(FeatureHash.Feature(119, (ulong)Math.Min(capitals, 2), (ulong)Math.Min(marks, 2)));
        f.Add(FeatureHash.Feature(120, from > first && doc.InQuotes[from] ? 1UL : 0UL));
        for (var i = first; i < end; i++)
        {
            if (i < from || i >= to)
                f.Add(FeatureHash.Feature(121, doc.Lower[i]));
            if (doc.Cues[i] != CueKind.None && (i < from || i >= to))
                f.Add(FeatureHash.Feature(122, (ulong)doc.Cues[i]));
        }
        f.Add(FeatureHash.Feature(123, (ulong)Bucket(sentence.TokenCount), (ulong)Bucket(length)));
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters > 1;
    }

    private static ulong ValenceBucket(sbyte valence) => (ulong)(valence / 10 + 5);

    private static int Bucket(int n) => n switch
    {
        <= 1 => 1,
        2 => 2,
        3 => 3,
        <= 5 => 4,
        <= 8 => 5,
        <= 15 => 6,
        <= 25 => 7,
        _ => 8,
    };
}
