using Sift.Learning;
using Sift.Syntax;

namespace Sift.Entities.Ner;

/// <summary>
/// The recognizer's feature templates. Pass one: the word, its affixes and shape, ±2 words, the two
/// previous labels, name-list matches, whether the sentence is in capitals (a headline). Pass two adds
/// pass one's labels to the right and how pass one labelled the same word elsewhere in the document.
/// </summary>
internal static class NerFeatures
{
    public static readonly ulong FeatureSet = FeatureHash.Of(
        "ner/1: bias w lw sfx1-4 pfx1-3 shape flags caps lw±1 lw±2 w±1 shape±1 shape-1:0:+1 t-1 t-2t-1 t-1lw t-1shape lw-1lw lwlw+1 list list±1 t-1list; "
        + "pass2: f0 f+1 f+2 f+1f+2 doc docshape t-1f+1");

    private static ulong Label(ReadOnlySpan<int> labels, int i) => i < 0 ? 0 : (ulong)(labels[i] + 1);

    public static void Extract(WordHashes h, ReadOnlySpan<ulong> lists, bool capsSentence, ReadOnlySpan<int> labels, int i, FeatureBuffer f)
    {
        f.Clear();
        var w = h.Lower[i];
        var t1 = Label(labels, i - 1);
        var t2 = Label(labels, i - 2);
        var shape = h.Shape[i];
        var caps = capsSentence ? 1UL : 0UL;
        f.Add(FeatureHash.Feature(0, 0));
        f.Add(FeatureHash.Feature(1, h.Form[i]));
        f.Add(FeatureHash.Feature(2, w));
        for (var k = 1; k <= 4; k++)
            f.Add(FeatureHash.Feature(2 + k, h.Suffix[i * 4 + k - 1]));
        for (var k = 1; k <= 3; k++)
            f.Add(FeatureHash.Feature(6 + k, h.Prefix[i * 3 + k - 1]));
        f.Add(FeatureHash.Feature(10, shape, caps));
        f.Add(FeatureHash.Feature(11, h.Flags[i], caps));
        f.Add(FeatureHash.Feature(12, h.LowerAt(i - 1)));
        f.Add(FeatureHash.Feature(13, h.LowerAt(i - 2)));
        f.Add(FeatureHash.Feature(14, h.LowerAt(i + 1)));
        f.Add(FeatureHash.Feature(15, h.LowerAt(i + 2)));
        f.Add(FeatureHash.Feature(16, i > 0 ? h.Form[i - 1] : WordHashes.Start));
        f.Add(FeatureHash.Feature(17, i + 1 < h.Count ? h.Form[i + 1] : WordHashes.End));
        f.Add(FeatureHash.Feature(18, h.ShapeAt(i - 1), caps));
        f.Add(FeatureHash.Feature(19, h.ShapeAt(i + 1), caps));
        f.Add(FeatureHash.Feature(20, h.ShapeAt(i - 1), shape, h.ShapeAt(i + 1)));
        f.Add(FeatureHash.Feature(21, t1));
        f.Add(FeatureHash.Feature(22, t2, t1));
        f.Add(FeatureHash.Feature(23, t1, w));
        f.Add(FeatureHash.Feature(24, t1, shape));
        f.Add(FeatureHash.Feature(25, h.LowerAt(i - 1), w));
        f.Add(FeatureHash.Feature(26, w, h.LowerAt(i + 1)));
        if (lists[i] != 0)
        {
            f.Add(FeatureHash.Feature(27, lists[i]));
            f.Add(FeatureHash.Feature(28, lists[i], t1));
        }
        if (i > 0 && lists[i - 1] != 0)
            f.Add(FeatureHash.Feature(29, lists[i - 1]));
        if (i + 1 < h.Count && lists[i + 1] != 0)
            f.Add(FeatureHash.Feature(30, lists[i + 1]));
    }

    /// <summary>Pass two: pass one's features plus its labels here and to the right, and the document's votes for this word.</summary>
    public static void ExtractSecond(WordHashes h, ReadOnlySpan<ulong> lists, bool capsSentence, ReadOnlySpan<int> labels,
        ReadOnlySpan<int> first, ulong documentVote, int i, FeatureBuffer f)
    {
        Extract(h, lists, capsSentence, labels, i, f);
        var n = h.Count;
        var f0 = (ulong)(first[i] + 1);
        var f1 = i + 1 < n ? (ulong)(first[i + 1] + 1) : WordHashes.End;
        var f2 = i + 2 < n ? (ulong)(first[i + 2] + 1) : WordHashes.End;
        f.Add(FeatureHash.Feature(40, f0));
        f.Add(FeatureHash.Feature(41, f1));
        f.Add(FeatureHash.Feature(42, f2));
        f.Add(FeatureHash.Feature(43, f1, f2));
        f.Add(FeatureHash.Feature(44, Label(labels, i - 1), f1));
        f.Add(FeatureHash.Feature(45, documentVote));
        f.Add(FeatureHash.Feature(46, documentVote, h.Shape[i]));
    }
}
