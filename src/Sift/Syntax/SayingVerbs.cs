namespace Sift.Syntax;

/// <summary>
/// Lemmas of the verbs that report speech ("said", "added", "stressed"), for the layers that read a parse
/// without the attribution model: the pronoun resolver (the subject of "he said" is the speaker) and the
/// event coder (the complement of "said" is what was said, and its speaker the event's source of information).
/// Case is ignored, as the event coder reads upper-case lemmas.
/// </summary>
public static class SayingVerbs
{
    private static readonly HashSet<string> Lemmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "add", "note", "explain", "continue", "write", "state", "insist", "stress", "argue",
        "announce", "claim", "report", "declare", "confirm", "assert", "allege",
    };

    public static bool Contains(string? lemma) => lemma is not null && Lemmas.Contains(lemma);
}
