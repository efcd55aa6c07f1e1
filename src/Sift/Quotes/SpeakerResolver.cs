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
    /// The entities a counted group stands for: "The two sides", "both men", "the three leaders" name the
    /// last that many distinct entities of their kind before them, in the cue's sentence and the two before
    /// it (the meeting's two parties: "… the Iranian diplomat … briefed Assad … The two sides also exchanged
    /// views"). People for people's nouns; for "sides", "parties" and "delegations" people when there are
    /// enough, else organizations and countries; for "countries" and "governments" countries; for "capitals" cities.
    /// Empty when the source is no counted group or the text names fewer such entities.
    /// </summary>
    public static IReadOnlyList<int> ResolveGroup(EntityLayer? entities, SyntaxLayer syntax, int sentence, Span source, int sourceHead)
    {
        if (entities is null || sourceHead < 0 || sourceHead >= syntax.Tokens.Count || GroupSize(syntax, sourceHead) is not { } size)
            return [];
        Func<Entity, bool>[]? kinds = syntax.Tokens[sourceHead].Lemma switch
        {
            "side" or "party" or "delegation" or "camp" => [IsPerson, e => e.Type == "ORG" || IsCountry(e)],
            "leader" or "man" or "woman" or "minister" or "president" or "diplomat" or "official" or "envoy" or "candidate"
                or "rival" or "senator" or "counterpart" or "premier" or "lawmaker" or "politician" or "nominee" or "spokesman" => [IsPerson],
            "country" or "nation" or "government" or "state" or "neighbor" or "neighbour" or "ally" or "power" => [IsCountry],
            "capital" or "city" => [e => e.Place?.Kind == "city"],
            _ => null,
        };
        if (kinds is null)
            return [];
        foreach (var kind in kinds)
        {
            var found = new List<(int Entity, int Start)>();
            var mentions = entities.Mentions;
            for (var m = mentions.Count - 1; m >= 0 && found.Count < size; m--)
            {
                var mention = mentions[m];
                if (mention.Span.Start >= source.Start || mention.Span.Overlaps(source))
                    continue;
                if (mention.Sentence < sentence - 2)
                    break;
                if (entities.Find(mention.Entity) is { } e && kind(e) && !found.Exists(f => f.Entity == e.Id))
                    found.Add((e.Id, mention.Span.Start));
            }
            if (found.Count == size)
                return [.. found.OrderBy(f => f.Start).Select(f => f.Entity)];
        }
        return [];
    }

    private static bool IsPerson(Entity e) => e.Type == "PER";

    /// <summary>A country, by the gazetteer.</summary>
    private static bool IsCountry(Entity e) => e.Place?.Kind == "country";

    /// <summary>How many a plural noun counts: "two" (or "both") to "five" among its dependents, or null.</summary>
    private static int? GroupSize(SyntaxLayer syntax, int head)
    {
        for (var i = Math.Max(0, head - 3); i < head; i++)
        {
            var t = syntax.Tokens[i];
            if (t.Head != head)
                continue;
            int? size = t.Lemma.ToLowerInvariant() switch { "two" or "both" => 2, "three" => 3, "four" => 4, "five" => 5, _ => null };
            if (size is not null)
                return size;
        }
        return null;
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
