namespace Sift.Syntax;

/// <summary>
/// An arc-hybrid parser configuration: a stack whose bottom is the artificial root (word 0), the
/// buffer (words Buffer..N, 1-based), and the arcs built so far with the per-word child summaries
/// the features read. Transitions: SHIFT; LEFT-l (s0 ← b0, pop); RIGHT-l (s1 → s0, pop). The root
/// takes its single dependent only when the buffer is empty, so every terminal state is one tree.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0;

    public int N;
    public int[] Stack = new int[64];
    public int StackCount;
    public int Buffer;
    public int[] Head = new int[64];
    public int[] Relation = new int[64];
    public int[] LeftChild1 = new int[64];
    public int[] LeftChild2 = new int[64];
    public int[] RightChild1 = new int[64];
    public int[] RightChild2 = new int[64];
    public int[] LeftCount = new int[64];
    public int[] RightCount = new int[64];
    public ulong[] LeftRelations = new ulong[64];
    public ulong[] RightRelations = new ulong[64];

    public static int Left(int relation) => 1 + 2 * relation;

    public static int Right(int relation) => 2 + 2 * relation;

    public static int Classes(int relations) => 1 + 2 * relations;

    public void Init(int n)
    {
        N = n;
        if (Head.Length < n + 1)
        {
            var size = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[size];
            Head = new int[size];
            Relation = new int[size];
            LeftChild1 = new int[size];
            LeftChild2 = new int[size];
            RightChild1 = new int[size];
            RightChild2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftRelations = new ulong[size];
            RightRelations = new ulong[size];
        }
        for (var i = 0; i <= n; i++)
        {
            Head[i] = -1;
            Relation[i] = -1;
            LeftChild1[i] = LeftChild2[i] = RightChild1[i] = RightChild2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftRelations[i] = RightRelations[i] = 0;
        }
        Stack[0] = 0;
        StackCount = 1;
        Buffer = 1;
    }

    public bool IsTerminal => Buffer > N && StackCount == 1;

    /// <summary>The k-th word from the stack top, or -1.</summary>
    public int S(int k) => k < StackCount ? Stack[StackCount - 1 - k] : -1;

    /// <summary>The k-th word of the buffer, or -1.</summary>
    public int B(int k) => Buffer + k <= N ? Buffer + k : -1;

    public bool CanShift => Buffer <= N;

    public bool CanLeft => StackCount >= 2 && Buffer <= N;

    /// <summary>RIGHT onto a real word (not the root).</summary>
    public bool CanRightToWord => StackCount >= 3;

    /// <summary>RIGHT onto the root: the last word left, once the buffer is empty.</summary>
    public bool CanRightToRoot => StackCount == 2 && Buffer > N;

    public void Apply(int transition)
    {
        if (transition == Shift)
        {
            Stack[StackCount++] = Buffer++;
            return;
        }
        var relation = (transition - 1) >> 1;
        var dependent = Stack[--StackCount];
        if ((transition & 1) == 1)
            AddArc(Buffer, dependent, relation);
        else
            AddArc(Stack[StackCount - 1], dependent, relation);
    }

    private void AddArc(int head, int dependent, int relation)
    {
        Head[dependent] = head;
        Relation[dependent] = relation;
        if (dependent < head)
        {
            // Left dependents arrive right to left: the newest is the leftmost.
            LeftChild2[head] = LeftChild1[head];
            LeftChild1[head] = dependent;
            LeftCount[head]++;
            LeftRelations[head] |= 1UL << (relation & 63);
        }
        else
        {
            RightChild2[head] = RightChild1[head];
            RightChild1[head] = dependent;
            RightCount[head]++;
            RightRelations[head] |= 1UL << (relation & 63);
        }
    }
}
