using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Per-sentence inputs of the parser's features, index 0 being the root: hashes of each word's
/// lower-cased form, XPOS and UPOS. Arrays grow to the longest sentence and are reused.
/// </summary>
internal sealed class ParserWords
{
    private static readonly ulong RootWord = FeatureHash.Of("<root>");

    public ulong[] Word = new ulong[64];
    public ulong[] Tag = new ulong[64];
    public ulong[] Upos = new ulong[64];
    public int N;

    public void Fill(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos)
    {
        N = forms.Length;
        if (Word.Length < N + 1)
        {
            var size = Math.Max(N + 1, Word.Length * 2);
            Word = new ulong[size];
            Tag = new ulong[size];
            Upos = new ulong[size];
        }
        Word[0] = Tag[0] = Upos[0] = RootWord;
        for (var i = 0; i < N; i++)
        {
            Word[i + 1] = FeatureHash.OfLower(forms[i]);
            Tag[i + 1] = FeatureHash.Of(xpos[i]);
            Upos[i + 1] = FeatureHash.Of(upos[i]);
        }
    }
}

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011) adapted to arc-hybrid: words and
/// tags of s0–s2 and b0–b2, their pairs and triples (s0–b0 and s1–s0, the two places an arc can
/// be made), distance, valency, the nearest and second-nearest children with their relations, and
/// the sets of relations a word already governs.
/// </summary>
internal static class ParserFeatures
{
    public static readonly ulong FeatureSet = FeatureHash.Of(
        "parser/1: arc-hybrid zhang-nivre s0-2 b0-2 w p wp pairs triples dist valency children lc1 lc2 rc1 rc2 labelsets adjacent upos");

    private const ulong None = 0x9d;

    public static void Extract(ParserWords x, ParserState st, FeatureBuffer f)
    {
        f.Clear();
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2), b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        ulong s0w = W(x, s0), s0p = P(x, s0), s1w = W(x, s1), s1p = P(x, s1), s2p = P(x, s2), s2w = W(x, s2);
        ulong b0w = W(x, b0), b0p = P(x, b0), b1w = W(x, b1), b1p = P(x, b1), b2w = W(x, b2), b2p = P(x, b2);
        ulong s0u = U(x, s0), s1u = U(x, s1), b0u = U(x, b0);
        int s0l1 = Child(st.LeftChild1, s0), s0l2 = Child(st.LeftChild2, s0), s0r1 = Child(st.RightChild1, s0), s0r2 = Child(st.RightChild2, s0);
        int s1l1 = Child(st.LeftChild1, s1), s1r1 = Child(st.RightChild1, s1), s1r2 = Child(st.RightChild2, s1);
        int b0l1 = Child(st.LeftChild1, b0), b0l2 = Child(st.LeftChild2, b0);
        ulong s0l1p = P(x, s0l1), s0r1p = P(x, s0r1), s1r1p = P(x, s1r1), b0l1p = P(x, b0l1), s1l1p = P(x, s1l1);
        ulong dist = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : None;
        ulong dist2 = s1 >= 0 && s0 >= 0 ? Bucket(s0 - s1) : None;

        f.Add(FeatureHash.Feature(0, 0));
        // single words
        f.Add(FeatureHash.Feature(1, s0w));
        f.Add(FeatureHash.Feature(2, s0p));
        f.Add(FeatureHash.Feature(3, s0w, s0p));
        f.Add(FeatureHash.Feature(4, s1w));
        f.Add(FeatureHash.Feature(5, s1p));
        f.Add(FeatureHash.Feature(6, s1w, s1p));
        f.Add(FeatureHash.Feature(7, b0w));
        f.Add(FeatureHash.Feature(8, b0p));
        f.Add(FeatureHash.Feature(9, b0w, b0p));
        f.Add(FeatureHash.Feature(10, b1w));
        f.Add(FeatureHash.Feature(11, b1p));
        f.Add(FeatureHash.Feature(12, b1w, b1p));
        f.Add(FeatureHash.Feature(13, b2w));
        f.Add(FeatureHash.Feature(14, b2p));
        f.Add(FeatureHash.Feature(15, s2p));
        f.Add(FeatureHash.Feature(16, s2w));
        f.Add(FeatureHash.Feature(17, s0u, b0u));
        f.Add(FeatureHash.Feature(18, s1u, s0u));
        // s0–b0 pairs
        f.Add(FeatureHash.Feature(20, s0w, s0p, b0w, b0p));
        f.Add(FeatureHash.Feature(21, s0w, s0p, b0w));
        f.Add(FeatureHash.Feature(22, s0w, b0w, b0p));
        f.Add(FeatureHash.Feature(23, s0w, s0p, b0p));
        f.Add(FeatureHash.Feature(24, s0p, b0w, b0p));
        f.Add(FeatureHash.Feature(25, s0w, b0w));
        f.Add(FeatureHash.Feature(26, s0p, b0p));
        f.Add(FeatureHash.Feature(27, b0p, b1p));
        // s1–s0 pairs
        f.Add(FeatureHash.Feature(30, s1w, s1p, s0w, s0p));
        f.Add(FeatureHash.Feature(31, s1w, s1p, s0w));
        f.Add(FeatureHash.Feature(32, s1w, s0w, s0p));
        f.Add(FeatureHash.Feature(33, s1w, s1p, s0p));
        f.Add(FeatureHash.Feature(34, s1p, s0w, s0p));
        f.Add(FeatureHash.Feature(35, s1w, s0w));
        f.Add(FeatureHash.Feature(36, s1p, s0p));
        // triples of tags
        f.Add(FeatureHash.Feature(40, b0p, b1p, b2p));
        f.Add(FeatureHash.Feature(41, s0p, b0p, b1p));
        f.Add(FeatureHash.Feature(42, s1p, s0p, b0p));
        f.Add(FeatureHash.Feature(43, s0p, s0l1p, b0p));
        f.Add(FeatureHash.Feature(44, s0p, s0r1p, b0p));
        f.Add(FeatureHash.Feature(45, s0p, b0p, b0l1p));
        f.Add(FeatureHash.Feature(46, s1p, s0p, s0l1p));
        f.Add(FeatureHash.Feature(47, s1p, s1r1p, s0p));
        f.Add(FeatureHash.Feature(48, s2p, s1p, s0p));
        f.Add(FeatureHash.Feature(49, s1p, s0p, s0r1p));
        f.Add(FeatureHash.Feature(50, s1p, s1l1p, s0p));
        f.Add(FeatureHash.Feature(51, s1w, s0p, b0p));
        f.Add(FeatureHash.Feature(52, s1p, s0w, b0p));
        f.Add(FeatureHash.Feature(53, s1p, s0p, b0w));
        // distance
        f.Add(FeatureHash.Feature(60, s0w, dist));
        f.Add(FeatureHash.Feature(61, s0p, dist));
        f.Add(FeatureHash.Feature(62, b0w, dist));
        f.Add(FeatureHash.Feature(63, b0p, dist));
        f.Add(FeatureHash.Feature(64, s0w, b0w, dist));
        f.Add(FeatureHash.Feature(65, s0p, b0p, dist));
        f.Add(FeatureHash.Feature(66, s1p, s0p, dist2));
        f.Add(FeatureHash.Feature(67, s1w, s0w, dist2));
        f.Add(FeatureHash.Feature(68, s1w, s0p, dist2));
        f.Add(FeatureHash.Feature(69, s1p, s0w, dist2));
        // valency
        ulong s0vl = Count(st.LeftCount, s0), s0vr = Count(st.RightCount, s0), b0vl = Count(st.LeftCount, b0), s1vr = Count(st.RightCount, s1), s1vl = Count(st.LeftCount, s1);
        f.Add(FeatureHash.Feature(70, s0w, s0vl));
        f.Add(FeatureHash.Feature(71, s0p, s0vl));
        f.Add(FeatureHash.Feature(72, s0w, s0vr));
        f.Add(FeatureHash.Feature(73, s0p, s0vr));
        f.Add(FeatureHash.Feature(74, b0w, b0vl));
        f.Add(FeatureHash.Feature(75, b0p, b0vl));
        f.Add(FeatureHash.Feature(76, s1w, s1vr));
        f.Add(FeatureHash.Feature(77, s1p, s1vr));
        f.Add(FeatureHash.Feature(78, s1p, s1vl));
        // children
        AddChild(f, 80, x, st, s0l1);
        AddChild(f, 83, x, st, s0r1);
        AddChild(f, 86, x, st, b0l1);
        AddChild(f, 89, x, st, s1r1);
        AddChild(f, 92, x, st, s1l1);
        AddChild(f, 95, x, st, s0l2);
        AddChild(f, 98, x, st, s0r2);
        AddChild(f, 101, x, st, b0l2);
        AddChild(f, 104, x, st, s1r2);
        f.Add(FeatureHash.Feature(110, s0p, Rel(st, s0l1), Rel(st, s0l2)));
        f.Add(FeatureHash.Feature(111, s0p, Rel(st, s0r1), Rel(st, s0r2)));
        f.Add(FeatureHash.Feature(112, b0p, Rel(st, b0l1), Rel(st, b0l2)));
        f.Add(FeatureHash.Feature(113, s1p, Rel(st, s1r1), Rel(st, s1r2)));
        // relation sets
        ulong s0ls = Set(st.LeftRelations, s0), s0rs = Set(st.RightRelations, s0), b0ls = Set(st.LeftRelations, b0), s1rs = Set(st.RightRelations, s1);
        f.Add(FeatureHash.Feature(120, s0w, s0ls));
        f.Add(FeatureHash.Feature(121, s0p, s0ls));
        f.Add(FeatureHash.Feature(122, s0w, s0rs));
        f.Add(FeatureHash.Feature(123, s0p, s0rs));
        f.Add(FeatureHash.Feature(124, b0w, b0ls));
        f.Add(FeatureHash.Feature(125, b0p, b0ls));
        f.Add(FeatureHash.Feature(126, s1p, s1rs));
        f.Add(FeatureHash.Feature(127, s1w, s1rs));
        // neighbours in the text
        int b0m1 = b0 > 1 ? b0 - 1 : -1, s0p1 = s0 >= 1 && s0 < x.N ? s0 + 1 : -1;
        f.Add(FeatureHash.Feature(130, P(x, b0m1), b0p));
        f.Add(FeatureHash.Feature(131, s0p, P(x, s0p1)));
        f.Add(FeatureHash.Feature(132, s0p, P(x, s0p1), b0p, P(x, b0m1)));
        f.Add(FeatureHash.Feature(133, W(x, b0m1), b0w));
        f.Add(FeatureHash.Feature(134, st.Buffer > st.N ? 1UL : 2UL, s0p, s1p));
        f.Add(FeatureHash.Feature(135, s0w, b0w, b1w));
        f.Add(FeatureHash.Feature(136, s1w, s0w, b0w));
    }

    private static ulong W(ParserWords x, int i) => i < 0 ? None : x.Word[i];

    private static ulong P(ParserWords x, int i) => i < 0 ? None : x.Tag[i];

    private static ulong U(ParserWords x, int i) => i < 0 ? None : x.Upos[i];

    private static int Child(int[] children, int head) => head < 0 ? -1 : children[head];

    private static ulong Count(int[] counts, int head) => head < 0 ? None : (ulong)Math.Min(counts[head], 6);

    private static ulong Set(ulong[] sets, int head) => head < 0 ? None : sets[head] + 1;

    private static ulong Rel(ParserState st, int word) => word < 0 ? None : (ulong)st.Relation[word] + 1;

    private static ulong Bucket(int d) => (ulong)(d <= 5 ? d : d <= 8 ? 6 : d <= 15 ? 7 : 8);

    private static void AddChild(FeatureBuffer f, int template, ParserWords x, ParserState st, int child)
    {
        f.Add(FeatureHash.Feature(template, W(x, child)));
        f.Add(FeatureHash.Feature(template + 1, P(x, child)));
        f.Add(FeatureHash.Feature(template + 2, Rel(st, child)));
    }
}
