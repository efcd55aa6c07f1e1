using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Per-word hashes of one sentence that the tagger's features combine: the form, its lower case,
/// prefixes, suffixes, shape and flags. Computed once per word from spans, no strings made; the
/// arrays grow to the longest sentence seen and are then reused.
/// </summary>
internal sealed class WordHashes
{
    public static readonly ulong Start = FeatureHash.Of("<s>");
    public static readonly ulong End = FeatureHash.Of("</s>");

    public ulong[] Form = new ulong[64];
    public ulong[] Lower = new ulong[64];
    public ulong[] Shape = new ulong[64];
    public ulong[] Flags = new ulong[64];
    public ulong[] Prefix = new ulong[64 * 3];
    public ulong[] Suffix = new ulong[64 * 4];
    public int Count;

    public void Fill(ReadOnlySpan<string> forms)
    {
        Count = forms.Length;
        if (Form.Length < Count)
        {
            var size = Math.Max(Count, Form.Length * 2);
            Form = new ulong[size];
            Lower = new ulong[size];
            Shape = new ulong[size];
            Flags = new ulong[size];
            Prefix = new ulong[size * 3];
            Suffix = new ulong[size * 4];
        }
        for (var i = 0; i < Count; i++)
        {
            var w = forms[i].AsSpan();
            Form[i] = FeatureHash.Of(w);
            Lower[i] = FeatureHash.OfLower(w);
            for (var k = 1; k <= 3; k++)
                Prefix[i * 3 + k - 1] = FeatureHash.OfLower(w[..Math.Min(k, w.Length)]);
            for (var k = 1; k <= 4; k++)
                Suffix[i * 4 + k - 1] = FeatureHash.OfLower(w[Math.Max(0, w.Length - k)..]);
            Shape[i] = ShapeOf(w);
            Flags[i] = FlagsOf(w, i == 0);
        }
    }

    public ulong LowerAt(int i) => i < 0 ? Start : i >= Count ? End : Lower[i];

    public ulong SuffixAt(int i, int length) => i < 0 ? Start : i >= Count ? End : Suffix[i * 4 + length - 1];

    public ulong ShapeAt(int i) => i < 0 ? Start : i >= Count ? End : Shape[i];

    /// <summary>The word's character classes (X upper, x lower, d digit, the character itself otherwise), runs collapsed.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> w)
    {
        var h = 0xcbf29ce484222325UL;
        var last = '\0';
        var run = 0;
        foreach (var c in w)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last && ++run >= 2)
                continue;
            if (k != last)
                run = 0;
            last = k;
            h = (h ^ k) * 0x100000001b3UL;
        }
        return FeatureHash.Feature(-1, h);
    }

    private static ulong FlagsOf(ReadOnlySpan<char> w, bool first)
    {
        ulong f = first ? 1UL : 0;
        bool upper = false, allUpper = w.Length > 0, digit = false, hyphen = false, letter = false;
        foreach (var c in w)
        {
            if (char.IsUpper(c)) upper = true;
            else if (char.IsLetter(c)) allUpper = false;
            if (char.IsLetter(c)) letter = true;
            if (char.IsDigit(c)) digit = true;
            if (c == '-') hyphen = true;
        }
        if (w.Length > 0 && char.IsUpper(w[0])) f |= 2;
        if (upper && allUpper && letter) f |= 4;
        if (digit) f |= 8;
        if (hyphen) f |= 16;
        if (!letter && !digit) f |= 32;
        return f;
    }
}
