namespace Sift.Model;

/// <summary>
/// One token's syntax: UPOS and XPOS tags, lemma, the index of its head token in the article's
/// token list (-1 for the root of its sentence) and the UD relation to that head.
/// </summary>
public readonly record struct TokenSyntax(string Upos, string Xpos, string Lemma, int Head, string Relation);

/// <summary>Part of speech, lemma and dependency tree for every token of the text layer, in the same order.</summary>
public sealed class SyntaxLayer(TokenSyntax[] tokens)
{
    public IReadOnlyList<TokenSyntax> Tokens { get; } = tokens;

    /// <summary>The head of the tokens [from, to): the last of them whose head lies outside the range (to − 1 if none).</summary>
    public int HeadOf(int from, int to)
    {
        var head = to - 1;
        for (var i = from; i < to; i++)
        {
            var h = tokens[i].Head;
            if (h < from || h >= to)
                head = i;
        }
        return head;
    }

    /// <summary>Whether <paramref name="ancestor"/> lies on <paramref name="token"/>'s head path (or is the token).</summary>
    public bool Reaches(int token, int ancestor)
    {
        var h = token;
        for (var step = 0; step < 64 && h >= 0; step++)
        {
            if (h == ancestor)
                return true;
            h = tokens[h].Head;
        }
        return false;
    }

    /// <summary>The contiguous tokens around <paramref name="head"/>, within [first, end), whose head path reaches it.</summary>
    public (int From, int To) Subtree(int head, int first, int end)
    {
        int lo = head, hi = head + 1;
        while (lo > first && Reaches(lo - 1, head))
            lo--;
        while (hi < end && Reaches(hi, head))
            hi++;
        return (lo, hi);
    }
}
