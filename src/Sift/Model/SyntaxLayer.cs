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
}
