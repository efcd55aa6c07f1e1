namespace Sift.Entities.Ner;

/// <summary>
/// The recognizer's labels: O, and B(egin), I(nside), L(ast), U(nit) for each CoNLL-2003 type.
/// BILOU lets a left-to-right decoder know where a name ends, and only valid sequences are decoded.
/// </summary>
public static class NerLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public const int O = 0;
    public const int Count = 1 + 4 * 4;

    private const int B = 0, I = 1, L = 2, U = 3;

    public static int Of(int type, int position) => 1 + type * 4 + position;

    public static int TypeOf(int label) => label == O ? -1 : (label - 1) / 4;

    private static int PositionOf(int label) => (label - 1) % 4;

    public static bool Begins(int label) => label != O && PositionOf(label) is B or U;

    public static bool Ends(int label) => label != O && PositionOf(label) is L or U;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1: the sentence start).</summary>
    public static bool Allowed(int previous, int next)
    {
        var open = previous > 0 && PositionOf(previous) is B or I;
        if (!open)
            return next == O || PositionOf(next) is B or U;
        return next != O && TypeOf(next) == TypeOf(previous) && PositionOf(next) is I or L;
    }

    /// <summary>The label that ends a name where <paramref name="label"/> (B or I) left it open: B→U, I→L.</summary>
    public static int Closed(int label) => Of(TypeOf(label), PositionOf(label) == B ? U : L);

    /// <summary>The label that starts a name where <paramref name="label"/> (I or L) continued none: I→B, L→U.</summary>
    public static int Opened(int label) => Of(TypeOf(label), PositionOf(label) == I ? B : U);

    /// <summary>Whether a sentence may end after <paramref name="label"/>.</summary>
    public static bool MayEnd(int label) => label == O || PositionOf(label) is L or U;

    public static string Name(int label) => label == O ? "O" : "BILU"[PositionOf(label)] + "-" + Types[TypeOf(label)];

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    /// <summary>BILOU labels for a sentence of <paramref name="length"/> words holding <paramref name="spans"/> (word ranges, end exclusive).</summary>
    public static int[] Encode(int length, IEnumerable<(int Start, int End, int Type)> spans)
    {
        var labels = new int[length];
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1)
            {
                labels[start] = Of(type, U);
                continue;
            }
            labels[start] = Of(type, B);
            for (var i = start + 1; i < end - 1; i++)
                labels[i] = Of(type, I);
            labels[end - 1] = Of(type, L);
        }
        return labels;
    }

    /// <summary>The entity spans (word ranges, end exclusive) in a label sequence the decoder produced.</summary>
    public static List<(int Start, int End, int Type)> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == O)
            {
                start = -1;
                continue;
            }
            if (Begins(label))
                start = i;
            if (Ends(label) && start >= 0)
            {
                spans.Add((start, i + 1, TypeOf(label)));
                start = -1;
            }
        }
        return spans;
    }
}
