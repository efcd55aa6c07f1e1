using Sift.Entities;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// "A government spokesman said … He added: …": a pronoun source that resolves to no entity continues the
/// nearest earlier speaker of its sentence or the two before it, when that speaker is one the text only
/// describes (a source with no entity and no group) and the description's gender does not contradict the pronoun.
/// A relative pronoun ("a woman who … can be heard saying") is described by the noun phrase its clause modifies.
/// </summary>
public static class DescribedSpeaker
{
    public static Span? Of(string text, TextLayer layer, SyntaxLayer syntax, int sourceHead, Span source, int sentence, IReadOnlyList<Attribution> earlier)
    {
        if (sourceHead < 0 || sourceHead >= syntax.Tokens.Count)
            return null;
        if (syntax.Tokens[sourceHead].Lemma is "who" or "whom")
            return SpeakerResolver.Antecedent(syntax, sourceHead) is { } noun && syntax.Tokens[noun].Upos == "NOUN" ? NounPhrase(layer, syntax, noun) : null;
        if (syntax.Tokens[sourceHead].Lemma is not ("he" or "she"))
            return null;
        var gender = Genders.OfPronoun(syntax.Tokens[sourceHead].Lemma);
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var a = earlier[i];
            if (a.Sentence < sentence - 2)
                break;
            if (a.Source is not { } s || s.Start >= source.Start)
                continue;
            if (a.Speaker is not null || a.Group is not null)
                return null;
            if (a.DescribedBy is { } chained)
                return chained;
            var words = text.AsSpan(s.Start, s.Length);
            if (IsPronoun(words) || Contradicts(text[s.Start..s.End], gender))
                return null;
            return s;
        }
        return null;
    }

    /// <summary>
    /// The noun with the words before it that hang from it ("a woman" of "a woman who was crying"), not its
    /// clause's words: a predicate noun's copula and preposition ("was from a young child who said") stay out.
    /// </summary>
    private static Span NounPhrase(TextLayer layer, SyntaxLayer syntax, int noun)
    {
        var start = noun;
        while (start - 1 >= 0 && syntax.Tokens[start - 1] is var t && (t.Head == noun || t.Head > start - 1 && t.Head < noun)
               && t.Relation is not ("cop" or "case" or "aux" or "aux:pass" or "mark" or "cc" or "punct") && !t.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            start--;
        return new Span(layer.Tokens[start].Start, layer.Tokens[noun].End);
    }

    private static bool IsPronoun(ReadOnlySpan<char> words) =>
        words.Trim() is var w && (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
            || w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("it", StringComparison.OrdinalIgnoreCase));

    /// <summary>A word of the description names the other gender ("spokeswoman" for "he", "spokesman" for "she").</summary>
    private static bool Contradicts(string description, Gender gender)
    {
        foreach (var word in description.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Genders.OfNoun(word) is var g && g != Gender.Unknown && g != gender)
                return true;
        }
        return false;
    }
}
