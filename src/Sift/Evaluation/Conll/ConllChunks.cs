namespace Sift.Evaluation.Conll;

/// <summary>An entity chunk over tokens of one sentence: [Start, End) token indices and its type.</summary>
public readonly record struct ConllChunk(int Start, int End, string Type);

/// <summary>
/// conlleval's chunk rules. A tag <c>B-PER</c> splits into prefix <c>B</c> and type <c>PER</c>;
/// <c>O</c> has an empty type. The rules cover IOB1, IOB2 and conlleval's E and bracket tags.
/// </summary>
public static class ConllChunks
{
    /// <summary>Splits a tag as conlleval's <c>split(/-/, tag)</c>: the text before the first '-' and the text up to the next '-'.</summary>
    public static (string Prefix, string Type) Split(string tag)
    {
        var dash = tag.IndexOf('-');
        if (dash < 0)
            return (tag, "");
        var next = tag.IndexOf('-', dash + 1);
        return (tag[..dash], next < 0 ? tag[(dash + 1)..] : tag[(dash + 1)..next]);
    }

    /// <summary>Whether a chunk ended just before the current token (conlleval's endOfChunk).</summary>
    public static bool EndsBefore(string previousPrefix, string previousType, string prefix, string type) =>
        (previousPrefix, prefix) switch
        {
            ("B", "B") or ("B", "O") or ("I", "B") or ("I", "O") => true,
            ("E", "E") or ("E", "I") or ("E", "O") => true,
            ("]", _) or ("[", _) => true,
            _ => previousPrefix != "O" && previousPrefix != "." && previousType != type,
        };

    /// <summary>Whether a chunk starts at the current token (conlleval's startOfChunk).</summary>
    public static bool StartsAt(string previousPrefix, string previousType, string prefix, string type) =>
        (previousPrefix, prefix) switch
        {
            ("B", "B") or ("I", "B") or ("O", "B") or ("O", "I") => true,
            ("E", "E") or ("E", "I") or ("O", "E") => true,
            (_, "[") or (_, "]") => true,
            _ => prefix != "O" && prefix != "." && previousType != type,
        };

    /// <summary>The chunks of one sentence's tags, found with conlleval's rules; the sentence end closes the last one.</summary>
    public static List<ConllChunk> Extract(IReadOnlyList<string> tags)
    {
        var chunks = new List<ConllChunk>();
        var (previousPrefix, previousType) = ("O", "");
        var openStart = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (prefix, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            var starts = StartsAt(previousPrefix, previousType, prefix, type);
            if (openStart >= 0 && (starts || EndsBefore(previousPrefix, previousType, prefix, type)))
            {
                chunks.Add(new ConllChunk(openStart, i, previousType));
                openStart = -1;
            }
            if (starts)
                openStart = i;
            (previousPrefix, previousType) = (prefix, type);
        }
        return chunks;
    }
}
