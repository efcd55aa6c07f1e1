namespace Sift.Syntax;

/// <summary>
/// The dynamic oracle for arc-hybrid (Goldberg and Nivre 2013): how many gold arcs a transition
/// makes unreachable from the current configuration. Exact for projective trees, a close bound
/// for the few non-projective ones; training follows the cheapest transitions.
/// </summary>
internal static class ArcHybridOracle
{
    /// <summary>Cost of each class into <paramref name="costs"/>; invalid classes get int.MaxValue.</summary>
    public static void Costs(ParserState st, int[] goldHead, int[] goldRelation, int rootRelation, int relations, Span<int> costs)
    {
        costs.Fill(int.MaxValue);
        var s0 = st.S(0);
        var s1 = st.S(1);
        var b0 = st.B(0);
        var depsOfS0InBuffer = 0;
        if (s0 > 0)
        {
            for (var d = st.Buffer; d <= st.N; d++)
            {
                if (goldHead[d] == s0)
                    depsOfS0InBuffer++;
            }
        }
        if (st.CanShift)
        {
            var cost = 0;
            for (var k = 0; k < st.StackCount; k++)
            {
                var w = st.Stack[k];
                if (w > 0 && goldHead[w] == b0)
                    cost++;
                if (k < st.StackCount - 1 && goldHead[b0] == w)
                    cost++;
            }
            costs[ParserState.Shift] = cost;
        }
        if (st.CanLeft)
        {
            var h = goldHead[s0];
            var lost = h != b0 && (h == s1 || h > b0) ? 1 : 0;
            var baseCost = depsOfS0InBuffer + lost;
            for (var r = 0; r < relations; r++)
            {
                if (r != rootRelation)
                    costs[ParserState.Left(r)] = baseCost + (h == b0 && goldRelation[s0] != r ? 1 : 0);
            }
        }
        if (st.CanRightToWord || st.CanRightToRoot)
        {
            var h = goldHead[s0];
            var baseCost = depsOfS0InBuffer + (st.Buffer <= st.N && h >= st.Buffer ? 1 : 0);
            for (var r = 0; r < relations; r++)
            {
                if (st.CanRightToRoot ? r == rootRelation : r != rootRelation)
                    costs[ParserState.Right(r)] = baseCost + (h == s1 && goldRelation[s0] != r ? 1 : 0);
            }
        }
    }
}
