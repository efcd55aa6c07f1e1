using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// The entity a source span stands for, through the entities layer's coreference: the mention that
/// contains the source's head word, else the longest mention inside the source that is part of its name
/// (not a possessor or modifier: "her allies" are not "her"), else none. A relative
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
        if (syntax is not null)
            sourceHead = WordHead(text, syntax, source, sourceHead);
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
            if ((best is null || m.Span.Length > best.Span.Length)
                && (syntax is null || PartOfTheName(text, syntax, m.Span, sourceHead) || Titles(entities, m.Entity, syntax, sourceHead)))
                best = m;
        }
        return best?.Entity;
    }

    /// <summary>
    /// The source's head when it is a word; where it is punctuation ("Rodrigo Duterte ," with the comma taken
    /// for the head), the first word of the source that hangs from outside it.
    /// </summary>
    private static int WordHead(TextLayer text, SyntaxLayer syntax, Span source, int sourceHead)
    {
        if (sourceHead < 0 || sourceHead >= syntax.Tokens.Count || syntax.Tokens[sourceHead].Upos != "PUNCT")
            return sourceHead;
        var (from, to) = text.TokensIn(source);
        for (var i = from; i < to; i++)
        {
            var head = syntax.Tokens[i].Head;
            if (syntax.Tokens[i].Upos != "PUNCT" && (head < from || head >= to))
                return i;
        }
        return sourceHead;
    }

    /// <summary>
    /// Whether the source's head word is one of the person's titles ("United Nations Special Envoy to Syria Staffan
    /// de Mistura", where a parse may hang the name deep inside the title's modifiers).
    /// </summary>
    private static bool Titles(EntityLayer entities, int entity, SyntaxLayer syntax, int sourceHead)
    {
        if (sourceHead < 0 || sourceHead >= syntax.Tokens.Count || entities.Find(entity) is not { Type: "PER" } person
            || syntax.Tokens[sourceHead].Lemma is not { Length: > 2 } lemma)
            return false;
        foreach (var title in person.Titles)
        {
            if (title.Contains(lemma, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a mention inside the source names the speaker itself: it joins the source's head word through
    /// compounds, names and appositions only ("the Clinton campaign"), not as a possessor or a modifier ("her
    /// allies", "officials in Minnesota", "a spokesman for Mr. Trump" speak for themselves).
    /// </summary>
    private static bool PartOfTheName(TextLayer text, SyntaxLayer syntax, Span mention, int sourceHead)
    {
        if (sourceHead < 0 || sourceHead >= syntax.Tokens.Count)
            return true;
        var (from, to) = text.TokensIn(mention);
        var t = syntax.HeadOf(from, to);
        // The mention hangs from the head ("the Clinton campaign"), or the head from the mention ("Rodrigo
        // Duterte ,", "Charles Chamberlain, Democracy for America's executive director", where the parse took
        // the comma or the title for the phrase's head).
        return Reaches(syntax, t, sourceHead, sourceHead + 1) || Reaches(syntax, sourceHead, from, to);
    }

    private static bool Reaches(SyntaxLayer syntax, int token, int from, int to)
    {
        for (var depth = 0; depth < 8 && token >= 0 && token < syntax.Tokens.Count; depth++)
        {
            if (token >= from && token < to)
                return true;
            if (syntax.Tokens[token].Relation is not ("compound" or "flat" or "flat:name" or "appos" or "punct"))
                return false;
            token = syntax.Tokens[token].Head;
        }
        return false;
    }

    /// <summary>
    /// The noun a relative pronoun's clause modifies, when the source's head is one: the clause's head in the
    /// parse, or, where the parse hung the clause elsewhere ("praised by Angela Merkel, who said …" as an
    /// adverbial clause), the noun right before "who" or "which".
    /// </summary>
    internal static int? Antecedent(SyntaxLayer syntax, int sourceHead)
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
