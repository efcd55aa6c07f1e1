using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// The entity a source span stands for, through the entities layer's coreference: the mention that
/// contains the source's head word, else the longest mention inside the source, else none. A relative
/// pronoun ("Ban Ki-moon, who said …"; PolNeAR marks "who" as the source) stands for the noun its clause
/// hangs from.
/// </summary>
public static class SpeakerResolver
{
    public static int? Resolve(EntityLayer? entities, TextLayer text, Span source, int sourceHead, SyntaxLayer? syntax = null)
    {
        if (entities is null)
            return null;
        var mentions = entities.Mentions;
        if (syntax is not null && Antecedent(syntax, sourceHead) is { } antecedent)
            (source, sourceHead) = (text.Tokens[antecedent].Span, antecedent);
        var head = sourceHead >= 0 && sourceHead < text.Tokens.Count ? text.Tokens[sourceHead].Span : source;
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (m.Span.Start >= source.End)
                break;
            if (!m.Span.Overlaps(source))
                continue;
            if (m.Span.Overlaps(head))
                return m.Entity;
            if (best is null || m.Span.Length > best.Span.Length)
                best = m;
        }
        return best?.Entity;
    }

    /// <summary>
    /// The noun a relative pronoun's clause modifies, when the source's head is one: the clause's head in the
    /// parse, or, where the parse hung the clause elsewhere ("praised by Angela Merkel, who said …" as an
    /// adverbial clause), the noun right before "who" or "which".
    /// </summary>
    private static int? Antecedent(SyntaxLayer syntax, int sourceHead)
    {
        if (sourceHead < 0 || sourceHead >= syntax.Tokens.Count)
            return null;
        var pronoun = syntax.Tokens[sourceHead];
        if (pronoun.Lemma is not ("who" or "which" or "that" or "whom") || pronoun.Head < 0)
            return null;
        var clause = syntax.Tokens[pronoun.Head];
        if (clause.Relation == "acl:relcl" && clause.Head >= 0)
            return clause.Head;
        if (pronoun.Lemma == "that")
            return null;
        var before = sourceHead - 1;
        while (before >= 0 && syntax.Tokens[before].Upos == "PUNCT")
            before--;
        return before >= 0 && syntax.Tokens[before].Upos is "NOUN" or "PROPN" ? before : null;
    }
}
