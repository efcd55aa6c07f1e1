using Sift.Model;

namespace Sift.Entities;

/// <summary>
/// Counted groups: "The two sides", "both men", "the three countries" stand for entities the text has named
/// before them. A quote's source and an event's actor may be such a group.
/// </summary>
public static class CountedGroups
{
    /// <summary>
    /// The entities a counted group stands for: "The two sides", "both men", "the three leaders" name the
    /// last that many distinct entities of their kind before them, in the phrase's sentence and the two before
    /// it (the meeting's two parties: "… the Iranian diplomat … briefed Assad … The two sides also exchanged
    /// views"). People for people's nouns; for "sides", "parties" and "delegations" people when there are
    /// enough, else organizations and countries; for "countries" and "governments" countries; for "capitals" cities.
    /// Empty when the phrase is no counted group or the text names fewer such entities.
    /// </summary>
    public static IReadOnlyList<int> Resolve(EntityLayer? entities, SyntaxLayer syntax, int sentence, Span phrase, int head)
    {
        if (entities is null || head < 0 || head >= syntax.Tokens.Count || GroupSize(syntax, head) is not { } size || NamesNoOneBefore(syntax, head))
            return [];
        Func<Entity, bool>[]? kinds = syntax.Tokens[head].Lemma switch
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
                if (mention.Span.Start >= phrase.Start || mention.Span.Overlaps(phrase))
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

    /// <summary>
    /// "Two other unidentified women", "two more officials", "three unnamed diplomats": the group is not the
    /// people the text named before it.
    /// </summary>
    private static bool NamesNoOneBefore(SyntaxLayer syntax, int head)
    {
        for (var i = Math.Max(0, head - 4); i < head; i++)
        {
            if (syntax.Tokens[i].Head == head && syntax.Tokens[i].Lemma.ToLowerInvariant() is "other" or "more" or "further" or "additional"
                    or "unidentified" or "unnamed" or "anonymous" or "new" or "different" or "separate")
                return true;
        }
        return false;
    }

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
}
