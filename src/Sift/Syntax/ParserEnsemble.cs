namespace Sift.Syntax;

/// <summary>
/// One or more dependency parsers whose trees are combined by <see cref="TreeVote"/>. Members read
/// the sentence left to right or right to left (a right-to-left member parses the reversed words
/// and its arcs are mapped back); the two directions make different mistakes, which is what the
/// vote exploits. Left-to-right members weigh slightly more, so when they agree on a whole tree the
/// right-to-left members cannot outvote them, and are not run. A single member parses alone.
/// Loaded once, safe to share between threads.
/// </summary>
public sealed class ParserEnsemble
{
    /// <summary>The files of the members, in order; the first is required, the others are used when present.</summary>
    public static readonly (string File, bool RightToLeft)[] MemberFiles =
    [
        ("parser.bin", false), ("parser-2.bin", false), ("parser-3.bin", false), ("parser-rtl.bin", true), ("parser-rtl-2.bin", true),
    ];

    /// <summary>The vote of a left-to-right member; a right-to-left member has 1.</summary>
    internal const float LeftToRightWeight = 1.01f;

    private readonly DependencyParser[] _parsers;
    private readonly bool[] _rightToLeft;
    private readonly float[] _weights;
    private readonly int _leftToRight;

    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly TreeVote Vote = new();
        public int[][] Heads = [];
        public int[][] Relations = [];
    }

    /// <param name="members">the parsers, left-to-right ones first</param>
    public ParserEnsemble(IReadOnlyList<(DependencyParser Parser, bool RightToLeft)> members)
    {
        if (members.Count == 0)
            throw new ArgumentException("an ensemble needs a parser", nameof(members));
        _parsers = [.. members.Select(m => m.Parser)];
        _rightToLeft = [.. members.Select(m => m.RightToLeft)];
        _weights = [.. members.Select(m => m.RightToLeft ? 1f : LeftToRightWeight)];
        _leftToRight = _rightToLeft.TakeWhile(r => !r).Count();
        if (_leftToRight == 0 || _rightToLeft.Skip(_leftToRight).Any(r => !r))
            throw new ArgumentException("left-to-right members come first, and there is at least one", nameof(members));
        // Skipping the right-to-left members when the others agree is exact only if they cannot outvote them.
        if (_leftToRight < _parsers.Length - _leftToRight)
            throw new ArgumentException("an ensemble needs at least as many left-to-right members as right-to-left ones", nameof(members));
    }

    public int Members => _parsers.Length;

    /// <summary>Whether the members read the sentence encoder's word vectors (else it is the fast mode).</summary>
    public bool UsesEncoder => _parsers[0].UsesEncoder;

    public string Relation(int relation) => _parsers[0].Relation(relation);

    /// <summary>Parses one sentence as <see cref="DependencyParser.Parse"/> does, combining the members' trees.</summary>
    public void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<int> relations,
        ReadOnlySpan<float> vectors = default)
    {
        if (_parsers.Length == 1)
        {
            _parsers[0].Parse(forms, upos, xpos, heads, relations, vectors);
            return;
        }
        var n = forms.Length;
        var s = t_scratch ??= new Scratch();
        Grow(s, n);
        for (var m = 0; m < _leftToRight; m++)
            _parsers[m].Parse(forms, upos, xpos, s.Heads[m], s.Relations[m], vectors);
        if (LeftToRightAgree(s, n))
        {
            s.Heads[0].AsSpan(0, n).CopyTo(heads);
            s.Relations[0].AsSpan(0, n).CopyTo(relations);
            return;
        }
        var reversed = Reversal.Of(forms, upos, xpos, vectors);
        for (var m = _leftToRight; m < _parsers.Length; m++)
            reversed.Parse(_parsers[m], s.Heads[m], s.Relations[m]);
        s.Vote.Combine(n, _weights, s.Heads, s.Relations, heads, relations);
    }

    private bool LeftToRightAgree(Scratch s, int n)
    {
        for (var m = 1; m < _leftToRight; m++)
        {
            if (!s.Heads[m].AsSpan(0, n).SequenceEqual(s.Heads[0].AsSpan(0, n)) || !s.Relations[m].AsSpan(0, n).SequenceEqual(s.Relations[0].AsSpan(0, n)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Parses the sentence with a parser trained on reversed sentences: it reads the words backwards,
    /// and its tree is mapped back onto the sentence's own word numbers.
    /// </summary>
    internal static void ParseRightToLeft(DependencyParser parser, ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos,
        Span<int> heads, Span<int> relations, ReadOnlySpan<float> vectors = default) =>
        Reversal.Of(forms, upos, xpos, vectors).Parse(parser, heads, relations);

    /// <summary>Copies the sentence's word vectors (one row per word) into <paramref name="into"/> last word first.</summary>
    internal static void ReverseRows(ReadOnlySpan<float> vectors, int words, Span<float> into)
    {
        var d = vectors.Length / Math.Max(1, words);
        for (var i = 0; i < words; i++)
            vectors.Slice((words - 1 - i) * d, d).CopyTo(into.Slice(i * d, d));
    }

    [ThreadStatic] private static Reversal? t_reversed;

    /// <summary>One thread's copy of the sentence read backwards, parsed by each right-to-left member in turn.</summary>
    private sealed class Reversal
    {
        private string[] _forms = [];
        private string[] _upos = [];
        private string[] _xpos = [];
        private int[] _heads = [];
        private int[] _relations = [];
        private float[] _vectors = [];
        private int _n;
        private int _vectorLength;

        /// <summary>This thread's reversal, filled with the sentence read backwards.</summary>
        public static Reversal Of(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, ReadOnlySpan<float> vectors)
        {
            var s = t_reversed ??= new Reversal();
            var n = forms.Length;
            s.Grow(n, vectors.Length);
            s._n = n;
            s._vectorLength = vectors.Length;
            for (var i = 0; i < n; i++)
            {
                s._forms[i] = forms[n - 1 - i];
                s._upos[i] = upos[n - 1 - i];
                s._xpos[i] = xpos[n - 1 - i];
            }
            ReverseRows(vectors, n, s._vectors);
            return s;
        }

        /// <summary>Parses the reversed words and writes the tree in the sentence's own word numbers.</summary>
        public void Parse(DependencyParser parser, Span<int> heads, Span<int> relations)
        {
            var n = _n;
            parser.Parse(_forms.AsSpan(0, n), _upos.AsSpan(0, n), _xpos.AsSpan(0, n), _heads, _relations, _vectors.AsSpan(0, _vectorLength));
            // Word i of the sentence is word n − 1 − i of the reversed one; head h (1-based) maps to n + 1 − h.
            for (var i = 0; i < n; i++)
            {
                var h = _heads[n - 1 - i];
                heads[i] = h == 0 ? 0 : n + 1 - h;
                relations[i] = _relations[n - 1 - i];
            }
        }

        private void Grow(int n, int vectorLength)
        {
            if (_forms.Length < n)
            {
                var size = Math.Max(n, 2 * _forms.Length);
                _forms = new string[size];
                _upos = new string[size];
                _xpos = new string[size];
                _heads = new int[size];
                _relations = new int[size];
            }
            if (_vectors.Length < vectorLength)
                _vectors = new float[Math.Max(vectorLength, 2 * _vectors.Length)];
        }
    }

    private void Grow(Scratch s, int n)
    {
        if (s.Heads.Length != _parsers.Length)
        {
            s.Heads = new int[_parsers.Length][];
            s.Relations = new int[_parsers.Length][];
        }
        for (var m = 0; m < _parsers.Length; m++)
        {
            if (s.Heads[m] is null || s.Heads[m].Length < n)
            {
                s.Heads[m] = new int[Math.Max(n, 64)];
                s.Relations[m] = new int[Math.Max(n, 64)];
            }
        }
    }

    /// <summary>Loads the members found in <paramref name="folder"/> (see <see cref="MemberFiles"/>).</summary>
    public static ParserEnsemble Load(string folder)
    {
        var members = new List<(DependencyParser, bool)>();
        foreach (var (file, rightToLeft) in MemberFiles)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
                members.Add((DependencyParser.Load(path), rightToLeft));
        }
        return new ParserEnsemble(members);
    }
}
