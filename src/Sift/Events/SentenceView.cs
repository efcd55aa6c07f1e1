using Sift.Model;

namespace Sift.Events;

/// <summary>
/// One sentence as the coder reads it: per token the upper-case word and lemma, UPOS, relation and head
/// (indices local to the sentence, -1 for the root), and each token's children in text order.
/// </summary>
internal sealed class SentenceView
{
    public int Index;
    public int First;
    public int Count;
    public string[] Words = [];
    public string[] Lemmas = [];
    public string[] Upos = [];
    public string[] Rel = [];
    public int[] Head = [];
    public int[] FirstChild = [];
    public int[] NextSibling = [];

    /// <summary>Fills the view for sentence <paramref name="index"/>, reusing its arrays.</summary>
    public void Load(string text, TextLayer layer, SyntaxLayer syntax, int index)
    {
        var sentence = layer.Sentences[index];
        Index = index;
        First = sentence.FirstToken;
        Count = sentence.TokenCount;
        if (Words.Length < Count)
        {
            var n = Math.Max(Count, 64);
            Words = new string[n];
            Lemmas = new string[n];
            Upos = new string[n];
            Rel = new string[n];
            Head = new int[n];
            FirstChild = new int[n];
            NextSibling = new int[n];
        }
        for (var i = 0; i < Count; i++)
        {
            var token = layer.Tokens[First + i];
            var s = syntax.Tokens[First + i];
            Words[i] = Upper(text.AsSpan(token.Start, token.End - token.Start));
            Lemmas[i] = Upper(s.Lemma);
            Upos[i] = s.Upos;
            Rel[i] = s.Relation;
            var h = s.Head - First;
            Head[i] = s.Head < 0 || h < 0 || h >= Count ? -1 : h;
            FirstChild[i] = -1;
            NextSibling[i] = -1;
        }
        // A subject the parser hung on an auxiliary ("Gondor -nsubj-> have -aux-> delayed") is the
        // subject of the auxiliary's verb: UD never gives an auxiliary dependents, and the coder
        // looks for a clause's subject under its verb.
        for (var i = 0; i < Count; i++)
        {
            var h = Head[i];
            if (h >= 0 && Rel[i].StartsWith("nsubj", StringComparison.Ordinal) && Rel[h] is "aux" or "aux:pass" && Head[h] >= 0)
                Head[i] = Head[h];
        }
        // Children in text order: walk tokens right to left, pushing each onto its head's list.
        for (var i = Count - 1; i >= 0; i--)
        {
            var h = Head[i];
            if (h < 0)
                continue;
            NextSibling[i] = FirstChild[h];
            FirstChild[h] = i;
        }
    }

    public bool IsWord(int i) => Upos[i] is not ("PUNCT" or "SYM");

    public int Child(int head, string relation)
    {
        for (var c = FirstChild[head]; c >= 0; c = NextSibling[c])
        {
            if (Rel[c] == relation)
                return c;
        }
        return -1;
    }

    public bool HasChildLemma(int head, string relation, string lemma)
    {
        for (var c = FirstChild[head]; c >= 0; c = NextSibling[c])
        {
            if (Rel[c] == relation && Lemmas[c] == lemma)
                return true;
        }
        return false;
    }

    /// <summary>The preposition of an oblique or nominal modifier ("with" of "with Gondor"), upper-case, or null.</summary>
    public string? CaseOf(int head)
    {
        for (var c = FirstChild[head]; c >= 0; c = NextSibling[c])
        {
            if (Rel[c] == "case")
                return Words[c];
        }
        return null;
    }

    private static string Upper(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 128)];
        var n = 0;
        foreach (var ch in word)
        {
            if (n == buffer.Length)
                break;
            var u = ch is '’' or '‘' ? '\'' : char.ToUpperInvariant(ch);
            buffer[n++] = u;
        }
        return new string(buffer[..n]);
    }

    private static string Upper(string word)
    {
        foreach (var ch in word)
        {
            if (char.IsLower(ch) || ch is '’' or '‘')
                return Upper(word.AsSpan());
        }
        return word;
    }
}
