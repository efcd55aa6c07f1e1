namespace Sift.Syntax;

/// <summary>
/// Reparsing by votes (after Sagae and Lavie 2006): each parser's tree votes for its arcs with the
/// parser's weight, and the single-rooted projective tree with the most votes is found with
/// Eisner's algorithm. An arc takes the relation with the most votes among the parsers that proposed it. Parsers
/// that read a sentence in different directions make different mistakes, so where they disagree
/// the vote picks the better-supported head. Scratch grows to the longest sentence; one per thread.
/// </summary>
internal sealed class TreeVote
{
    private float[] _votes = [];
    private float[] _complete = [];
    private float[] _incomplete = [];
    private int[] _completeSplit = [];
    private int[] _incompleteSplit = [];
    private readonly Stack<(int S, int T, int Dir, bool Complete)> _todo = new();

    /// <summary>
    /// Combines the trees in <paramref name="heads"/> (per parser, per word: 1-based head, 0 for the
    /// root) and <paramref name="relations"/> into <paramref name="outHeads"/> and <paramref name="outRelations"/>.
    /// </summary>
    public void Combine(int n, ReadOnlySpan<float> weights, int[][] heads, int[][] relations, Span<int> outHeads, Span<int> outRelations)
    {
        var size = n + 1;
        if (_votes.Length < size * size)
        {
            var grown = 2 * size * size;
            _votes = new float[grown];
            _complete = new float[2 * grown];
            _incomplete = new float[2 * grown];
            _completeSplit = new int[2 * grown];
            _incompleteSplit = new int[2 * grown];
        }
        var votes = _votes.AsSpan(0, size * size);
        votes.Clear();
        for (var p = 0; p < weights.Length; p++)
        {
            for (var d = 1; d <= n; d++)
                votes[heads[p][d - 1] * size + d] += weights[p];
        }
        if (n == 1)
        {
            outHeads[0] = 0;
        }
        else
        {
            Eisner(n, size, votes);
            Backtrack(n, size, votes, outHeads);
        }
        for (var d = 1; d <= n; d++)
        {
            var head = outHeads[d - 1];
            // The relation with the most votes among the parsers that chose this head; on a tie, the earlier parser's.
            var best = -1;
            var bestVotes = 0f;
            for (var p = 0; p < weights.Length; p++)
            {
                if (heads[p][d - 1] != head)
                    continue;
                var relation = relations[p][d - 1];
                var sum = 0f;
                for (var q = 0; q < weights.Length; q++)
                {
                    if (heads[q][d - 1] == head && relations[q][d - 1] == relation)
                        sum += weights[q];
                }
                if (sum > bestVotes)
                {
                    best = p;
                    bestVotes = sum;
                }
            }
            outRelations[d - 1] = relations[best < 0 ? 0 : best][d - 1];
        }
    }

    // Spans over words 1..n: Index(s, t, dir) with dir 0 when t heads the span (arcs point left), 1 when s does.
    private static int Index(int size, int s, int t, int dir) => 2 * (s * size + t) + dir;

    private void Eisner(int n, int size, ReadOnlySpan<float> votes)
    {
        for (var s = 1; s <= n; s++)
        {
            _complete[Index(size, s, s, 0)] = 0;
            _complete[Index(size, s, s, 1)] = 0;
        }
        for (var k = 1; k < n; k++)
        {
            for (var s = 1; s + k <= n; s++)
            {
                var t = s + k;
                var best = float.NegativeInfinity;
                var split = s;
                for (var q = s; q < t; q++)
                {
                    var v = _complete[Index(size, s, q, 1)] + _complete[Index(size, q + 1, t, 0)];
                    if (v > best)
                    {
                        best = v;
                        split = q;
                    }
                }
                _incomplete[Index(size, s, t, 0)] = best + votes[t * size + s];
                _incomplete[Index(size, s, t, 1)] = best + votes[s * size + t];
                _incompleteSplit[Index(size, s, t, 0)] = _incompleteSplit[Index(size, s, t, 1)] = split;

                best = float.NegativeInfinity;
                for (var q = s; q < t; q++)
                {
                    var v = _complete[Index(size, s, q, 0)] + _incomplete[Index(size, q, t, 0)];
                    if (v > best)
                    {
                        best = v;
                        split = q;
                    }
                }
                _complete[Index(size, s, t, 0)] = best;
                _completeSplit[Index(size, s, t, 0)] = split;

                best = float.NegativeInfinity;
                for (var q = s + 1; q <= t; q++)
                {
                    var v = _incomplete[Index(size, s, q, 1)] + _complete[Index(size, q, t, 1)];
                    if (v > best)
                    {
                        best = v;
                        split = q;
                    }
                }
                _complete[Index(size, s, t, 1)] = best;
                _completeSplit[Index(size, s, t, 1)] = split;
            }
        }
    }

    private void Backtrack(int n, int size, ReadOnlySpan<float> votes, Span<int> heads)
    {
        // The root's one child r: words left of r hang under it (a left-pointing span), words right of it too.
        var root = 1;
        var best = float.NegativeInfinity;
        for (var r = 1; r <= n; r++)
        {
            var v = _complete[Index(size, 1, r, 0)] + _complete[Index(size, r, n, 1)] + votes[r];
            if (v > best)
            {
                best = v;
                root = r;
            }
        }
        heads[root - 1] = 0;
        _todo.Clear();
        _todo.Push((1, root, 0, true));
        _todo.Push((root, n, 1, true));
        while (_todo.Count > 0)
        {
            var (s, t, dir, complete) = _todo.Pop();
            if (s == t)
                continue;
            if (complete)
            {
                var q = _completeSplit[Index(size, s, t, dir)];
                if (dir == 0)
                {
                    _todo.Push((s, q, 0, true));
                    _todo.Push((q, t, 0, false));
                }
                else
                {
                    _todo.Push((s, q, 1, false));
                    _todo.Push((q, t, 1, true));
                }
            }
            else
            {
                var q = _incompleteSplit[Index(size, s, t, dir)];
                if (dir == 0)
                    heads[s - 1] = t;
                else
                    heads[t - 1] = s;
                _todo.Push((s, q, 1, true));
                _todo.Push((q + 1, t, 0, true));
            }
        }
    }
}
