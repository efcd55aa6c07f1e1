using Sift.Learning;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>The tagger's features for one token, given the two tags before it.</summary>
public static class AttributionFeatures
{
    /// <summary>Changes whenever the templates below change: model files record it.</summary>
    public const ulong FeatureSet = 0x51_7A_0002UL;

    private const ulong None = 0x9E37UL;

    /// <summary>A pass's features for one token: the first pass's, and with <paramref name="firstPass"/> (the second pass) the <see cref="Stacked"/> ones too.</summary>
    public static void ForPass(AttributionDocument d, in Sentence sentence, int nearestReport, int[]? firstPass, int i, int prev, int prev2, FeatureBuffer f)
    {
        Token(d, sentence, nearestReport, i, prev, prev2, f);
        if (firstPass is not null)
            Stacked(d, sentence, firstPass, i, prev, f);
    }

    public static void Token(AttributionDocument d, in Sentence sentence, int nearestReport, int i, int prev, int prev2, FeatureBuffer f)
    {
        f.Clear();
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var pw = i > first ? d.Word[i - 1] : None;
        var nw = i + 1 < end ? d.Word[i + 1] : None;
        var pu = i > first ? d.Upos[i - 1] : None;
        var nu = i + 1 < end ? d.Upos[i + 1] : None;
        var pt = (ulong)prev;
        var quote = d.InQuote[i] ? 1UL : 0UL;
        f.Add(FeatureHash.Feature(1, 1));
        f.Add(FeatureHash.Feature(2, d.Word[i]));
        f.Add(FeatureHash.Feature(3, d.Lemma[i]));
        f.Add(FeatureHash.Feature(4, d.Upos[i]));
        f.Add(FeatureHash.Feature(5, d.Relation[i], d.Upos[i]));
        f.Add(FeatureHash.Feature(6, pw));
        f.Add(FeatureHash.Feature(7, nw));
        f.Add(FeatureHash.Feature(8, pu, d.Upos[i]));
        f.Add(FeatureHash.Feature(9, d.Upos[i], nu));
        f.Add(FeatureHash.Feature(10, pt));
        f.Add(FeatureHash.Feature(11, pt, (ulong)prev2));
        f.Add(FeatureHash.Feature(12, pt, d.Upos[i]));
        f.Add(FeatureHash.Feature(13, pt, d.Word[i]));
        var report = d.IsReport[i] ? 1UL : 0UL;
        f.Add(FeatureHash.Feature(14, report, d.Upos[i], d.Relation[i]));
        f.Add(FeatureHash.Feature(15, quote, pt));
        f.Add(FeatureHash.Feature(16, quote, d.Shape[i], pt));
        f.Add(FeatureHash.Feature(17, d.Shape[i], pt));
        var above = d.ReportAbove[i];
        if (above >= 0)
        {
            var depth = (ulong)Math.Min(d.Depth[i], 4);
            var side = above < i ? 1UL : 2UL;
            f.Add(FeatureHash.Feature(18, d.PathRelation[i], depth, side));
            f.Add(FeatureHash.Feature(19, d.PathRelation[i], d.Upos[i], pt));
            f.Add(FeatureHash.Feature(20, d.PathRelation[i], d.Lemma[above]));
            f.Add(FeatureHash.Feature(21, d.PathRelation[i], quote, side));
        }
        else
        {
            f.Add(FeatureHash.Feature(18, None, quote));
        }
        var head = d.Syntax.Tokens[i].Head;
        var headLemma = head >= 0 ? d.Lemma[head] : None;
        f.Add(FeatureHash.Feature(22, headLemma, d.Relation[i]));
        f.Add(FeatureHash.Feature(23, head >= 0 && d.IsReport[head] ? 1UL : 0UL, d.Relation[i], pt));
        if (nearestReport >= 0)
        {
            var dist = nearestReport - i;
            var bucket = dist == 0 ? 0UL : dist > 0 ? (ulong)Math.Min(dist, 6) : 100UL + (ulong)Math.Min(-dist, 6);
            f.Add(FeatureHash.Feature(24, bucket));
            f.Add(FeatureHash.Feature(25, bucket > 100 ? 2UL : bucket > 0 ? 1UL : 0UL, pt, quote));
        }
        else
        {
            f.Add(FeatureHash.Feature(24, None, pt, quote));
        }
        f.Add(FeatureHash.Feature(26, i == first ? 1UL : i == end - 1 ? 2UL : 0UL, d.Shape[i]));
        f.Add(FeatureHash.Feature(27, d.Word[i], nw));
        f.Add(FeatureHash.Feature(28, pw, d.Word[i]));
        f.Add(FeatureHash.Feature(29, d.Lemma[i], pt));
        // The sentence's first tokens are quoted: a quote-then-"she said" sentence.
        f.Add(FeatureHash.Feature(30, d.InQuote[first] ? 1UL : 0UL, quote, pt));
    }

    /// <summary>
    /// The second pass's extra features: the first pass's tags for the whole sentence, so the tagger sees the
    /// roles to its right ("… | , | Trump | said" is a quote before a source and a cue) and around its head.
    /// </summary>
    public static void Stacked(AttributionDocument d, in Sentence sentence, int[] first, int i, int prev, FeatureBuffer f)
    {
        var from = sentence.FirstToken;
        var end = from + sentence.TokenCount;
        var here = (ulong)first[i];
        var before = i > from ? (ulong)first[i - 1] : None;
        var after = i + 1 < end ? (ulong)first[i + 1] : None;
        var after2 = i + 2 < end ? (ulong)first[i + 2] : None;
        f.Add(FeatureHash.Feature(40, here));
        f.Add(FeatureHash.Feature(41, here, d.Word[i]));
        f.Add(FeatureHash.Feature(42, before, here, after));
        f.Add(FeatureHash.Feature(43, here, after, after2));
        f.Add(FeatureHash.Feature(44, here, (ulong)prev));
        // The nearest first-pass cue on each side, by distance, and what lies between.
        var right = -1;
        for (var k = i + 1; k < end && right < 0; k++)
        {
            if (AttributionTags.Role(first[k]) == 2)
                right = k;
        }
        var left = -1;
        for (var k = i - 1; k >= from && left < 0; k--)
        {
            if (AttributionTags.Role(first[k]) == 2)
                left = k;
        }
        var rightBucket = right < 0 ? None : (ulong)Math.Min(right - i, 8);
        var leftBucket = left < 0 ? None : (ulong)Math.Min(i - left, 8);
        f.Add(FeatureHash.Feature(45, rightBucket, here));
        f.Add(FeatureHash.Feature(46, leftBucket, here));
        f.Add(FeatureHash.Feature(47, right < 0 ? 0UL : 1UL, left < 0 ? 0UL : 1UL, d.InQuote[i] ? 1UL : 0UL, here));
        var head = d.Syntax.Tokens[i].Head;
        var headTag = head >= 0 ? (ulong)AttributionTags.Role(first[head]) : None;
        f.Add(FeatureHash.Feature(48, headTag, d.Relation[i], here));
        f.Add(FeatureHash.Feature(49, (ulong)AttributionTags.Role(first[from]), (ulong)AttributionTags.Role(first[end - 1]), here));
    }

    /// <summary>The report word of the sentence nearest to each token (by distance; -1 when none).</summary>
    public static void NearestReports(AttributionDocument d, in Sentence sentence, int[] nearest)
    {
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var last = -1;
        for (var i = first; i < end; i++)
        {
            if (d.IsReport[i])
                last = i;
            nearest[i] = last;
        }
        last = -1;
        for (var i = end - 1; i >= first; i--)
        {
            if (d.IsReport[i])
                last = i;
            if (last >= 0 && (nearest[i] < 0 || last - i < i - nearest[i]))
                nearest[i] = last;
        }
    }
}
