using Sift.Learning;

namespace Sift.Syntax;

/// <summary>The tagger's feature templates: the word, its affixes and shape, ±2 words, the two previous tags, ambiguity classes.</summary>
internal static class TaggerFeatures
{
    public static readonly ulong FeatureSet = FeatureHash.Of(
        "tagger/1: bias w lw sfx1-4 pfx1-3 shape flags lw-1 lw-2 lw+1 lw+2 sfx3-1 sfx3+1 shape+1 shape-1 t-1 t-2t-1 t-1lw lw-1lw lwlw+1 amb amb+1 amb-1 t-1amb lw+1lw+2 t-1sfx3 sfx4+1 t-2lw; pass2: f0 f+1 f+2 f+1f+2 f+1lw t-1f+1 f0f+1");

    /// <summary>The hash of a previous tag (label index), or of the sentence start.</summary>
    public static ulong Tag(ReadOnlySpan<int> tags, int i) => i < 0 ? 0 : (ulong)(tags[i] + 1);

    /// <summary>
    /// The second pass's features: the first pass's plus the first pass's tags of this word and the
    /// two after it, which gives the left-to-right decoder a view of the right context's tags.
    /// </summary>
    public static void ExtractSecond(WordHashes h, AmbiguityClasses amb, ReadOnlySpan<int> tags, ReadOnlySpan<int> first, int i, FeatureBuffer f)
    {
        Extract(h, amb, tags, i, f);
        var n = h.Count;
        var f0 = (ulong)(first[i] + 1);
        var f1 = i + 1 < n ? (ulong)(first[i + 1] + 1) : WordHashes.End;
        var f2 = i + 2 < n ? (ulong)(first[i + 2] + 1) : WordHashes.End;
        f.Add(FeatureHash.Feature(40, f0));
        f.Add(FeatureHash.Feature(41, f1));
        f.Add(FeatureHash.Feature(42, f2));
        f.Add(FeatureHash.Feature(43, f1, f2));
        f.Add(FeatureHash.Feature(44, f1, h.Lower[i]));
        f.Add(FeatureHash.Feature(45, Tag(tags, i - 1), f1));
        f.Add(FeatureHash.Feature(46, f0, f1));
    }

    public static void Extract(WordHashes h, AmbiguityClasses amb, ReadOnlySpan<int> tags, int i, FeatureBuffer f)
    {
        f.Clear();
        var w = h.Lower[i];
        var t1 = Tag(tags, i - 1);
        var t2 = Tag(tags, i - 2);
        var a0 = amb.Of(h.Lower[i]);
        f.Add(FeatureHash.Feature(0, 0));
        f.Add(FeatureHash.Feature(1, h.Form[i]));
        f.Add(FeatureHash.Feature(2, w));
        for (var k = 1; k <= 4; k++)
            f.Add(FeatureHash.Feature(2 + k, h.Suffix[i * 4 + k - 1]));
        for (var k = 1; k <= 3; k++)
            f.Add(FeatureHash.Feature(6 + k, h.Prefix[i * 3 + k - 1]));
        f.Add(FeatureHash.Feature(10, h.Shape[i]));
        f.Add(FeatureHash.Feature(11, h.Flags[i]));
        f.Add(FeatureHash.Feature(12, h.LowerAt(i - 1)));
        f.Add(FeatureHash.Feature(13, h.LowerAt(i - 2)));
        f.Add(FeatureHash.Feature(14, h.LowerAt(i + 1)));
        f.Add(FeatureHash.Feature(15, h.LowerAt(i + 2)));
        f.Add(FeatureHash.Feature(16, h.SuffixAt(i - 1, 3)));
        f.Add(FeatureHash.Feature(17, h.SuffixAt(i + 1, 3)));
        f.Add(FeatureHash.Feature(18, h.ShapeAt(i + 1)));
        f.Add(FeatureHash.Feature(19, h.ShapeAt(i - 1)));
        f.Add(FeatureHash.Feature(20, t1));
        f.Add(FeatureHash.Feature(21, t2, t1));
        f.Add(FeatureHash.Feature(22, t1, w));
        f.Add(FeatureHash.Feature(23, h.LowerAt(i - 1), w));
        f.Add(FeatureHash.Feature(24, w, h.LowerAt(i + 1)));
        f.Add(FeatureHash.Feature(25, a0));
        f.Add(FeatureHash.Feature(26, i + 1 < h.Count ? amb.Of(h.Lower[i + 1]) : WordHashes.End));
        f.Add(FeatureHash.Feature(27, i > 0 ? amb.Of(h.Lower[i - 1]) : WordHashes.Start));
        f.Add(FeatureHash.Feature(28, t1, a0));
        f.Add(FeatureHash.Feature(29, h.LowerAt(i + 1), h.LowerAt(i + 2)));
        f.Add(FeatureHash.Feature(30, t1, h.Suffix[i * 4 + 2]));
        f.Add(FeatureHash.Feature(31, h.SuffixAt(i + 1, 4)));
        f.Add(FeatureHash.Feature(32, t2, w));
    }
}

/// <summary>
/// For each frequent word (by its lower-case hash), the set of tags it had in training, as one hash:
/// the tagger's strongest hint for known words and free of context.
/// </summary>
internal sealed class AmbiguityClasses(Dictionary<ulong, ulong> classes)
{
    public const int MinCount = 3;
    private static readonly ulong Unknown = FeatureHash.Of("<unk>");

    public int Count => classes.Count;

    public ulong Of(ulong lower) => classes.TryGetValue(lower, out var c) ? c : Unknown;

    /// <summary>Words seen at least <see cref="MinCount"/> times; tags under 5% of a word's uses are left out.</summary>
    public static AmbiguityClasses Learn(IEnumerable<(string Form, int Tag)> words)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (form, tag) in words)
        {
            var key = FeatureHash.OfLower(form);
            if (!counts.TryGetValue(key, out var byTag))
                counts[key] = byTag = [];
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }
        var classes = new Dictionary<ulong, ulong>();
        foreach (var (key, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            if (total < MinCount)
                continue;
            var h = 0x51UL;
            foreach (var tag in byTag.Where(p => p.Value * 20 >= total).Select(p => p.Key).Order())
                h = FeatureHash.Combine(h, (ulong)tag);
            classes[key] = h;
        }
        return new AmbiguityClasses(classes);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(classes.Count);
        foreach (var (k, v) in classes.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    public static AmbiguityClasses Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
            classes[reader.ReadUInt64()] = reader.ReadUInt64();
        return new AmbiguityClasses(classes);
    }
}
