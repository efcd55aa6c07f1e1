using Sift.Model;

namespace Sift.Events;

/// <summary>
/// Nouns that name a process held somewhere: "the Astana talks", "the Minsk agreement", "the Geneva
/// conference". A place that modifies one says where the process was held; it is neither where the
/// sentence's event happens nor an actor.
/// </summary>
internal static class ProcessNouns
{
    public static bool Contains(string? lemma) =>
        lemma is "talk" or "negotiation" or "process" or "summit" or "agreement" or "accord" or "deal" or "conference"
            or "format" or "protocol" or "declaration" or "convention" or "treaty" or "round" or "meeting";

    /// <summary>Whether <paramref name="token"/> modifies a process noun as a compound ("Astana" of "the Astana talks").</summary>
    public static bool Modifies(SyntaxLayer syntax, int token)
    {
        var word = syntax.Tokens[token];
        return word.Relation == "compound" && word.Head >= 0 && syntax.Tokens[word.Head].Upos == "NOUN" && Contains(syntax.Tokens[word.Head].Lemma);
    }
}
