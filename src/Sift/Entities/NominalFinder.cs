using Sift.Entities.Places;
using Sift.Model;
using Sift.Text;

namespace Sift.Entities;

/// <summary>
/// Descriptions that stand for a named entity: "the" + up to three modifiers + a role noun
/// (role-nouns.txt: "The Syrian president", "the Iranian diplomat") binds to the entity mentioned most
/// recently before it whose titles hold a title word the noun stands for, and whose titles (or country)
/// agree with each capitalized modifier; an organization noun (organization-nouns.txt: "the ministry")
/// binds to the latest organization with that word in its name; "the Kazakh capital" binds to the
/// place the gazetteer says it is; a place noun (place-nouns.txt: "the country", "the desert kingdom")
/// binds to the latest place of that kind. A description followed by a name or by "of" is left alone: it is a
/// title, or it names its own referent ("the president of France").
/// </summary>
internal static class NominalFinder
{
    private static readonly Dictionary<string, string[]> RoleNouns = EmbeddedLists.ReadRows("Entities/role-nouns.txt")
        .ToDictionary(r => r[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>A noun that describes a person by role ("spokesman", "diplomat", "official").</summary>
    public static bool IsRoleNoun(string noun) => RoleNouns.ContainsKey(noun);

    private static readonly HashSet<string> OrganizationNouns = new(
        EmbeddedLists.ReadRows("Entities/organization-nouns.txt").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string[]> PlaceNouns = EmbeddedLists.ReadRows("Entities/place-nouns.txt")
        .ToDictionary(r => r[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "deputy", "foreign", "top", "senior", "visiting", "new", "interim", "acting", "chief", "main", "national",
        "desert", "oil-rich", "war-torn", "tiny", "small", "neighbouring", "neighboring", "conflict-ridden", "gulf",
    };

    public static void Add(EntityDocument doc, List<DraftMention> mentions, List<DraftEntity> entities, PlaceResolver? places)
    {
        var named = new bool[doc.Text.Tokens.Count];
        foreach (var m in mentions)
        {
            for (var i = m.First; i <= m.Last; i++)
                named[i] = true;
        }
        var found = new List<DraftMention>();
        for (var s = 0; s < doc.Text.Sentences.Count; s++)
        {
            var sentence = doc.Text.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                var noun = doc.Word(i);
                var isRole = RoleNouns.ContainsKey(noun);
                var isOrganization = OrganizationNouns.Contains(noun);
                var isCapital = noun.Equals("capital", StringComparison.OrdinalIgnoreCase);
                var isPlace = PlaceNouns.ContainsKey(noun) && char.IsLower(noun[0]);
                if (!(isRole || isOrganization || isCapital || isPlace) || named[i])
                    continue;
                if (i + 1 < end && (named[i + 1] || doc.Word(i + 1) == "of"))
                    continue;
                var determiner = -1;
                for (var j = i - 1; j >= sentence.FirstToken && j >= i - 4; j--)
                {
                    var w = doc.Word(j);
                    if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || (isPlace && w.Equals("that", StringComparison.OrdinalIgnoreCase)))
                    {
                        determiner = j;
                        break;
                    }
                    if (!(char.IsUpper(w[0]) || Modifiers.Contains(w)) || w.Contains('’') || w.Contains('\''))
                        break;
                }
                if (determiner < 0)
                    continue;
                var modifiers = new List<string>();
                for (var j = determiner + 1; j < i; j++)
                {
                    if (char.IsUpper(doc.Word(j)[0]) && !Modifiers.Contains(doc.Word(j)))
                        modifiers.Add(doc.Word(j));
                }
                var entity = isCapital ? Capital(doc, modifiers, mentions, entities, places)
                    : isPlace ? Place(noun, modifiers, i, mentions, entities, places)
                    : isRole ? Person(noun, modifiers, i, mentions, entities, places)
                    : Organization(noun, modifiers, i, mentions, entities);
                if (entity < 0)
                    continue;
                found.Add(new DraftMention(determiner, i, s, MentionKind.Nominal, entities[entity].Type) { Entity = entity });
            }
        }
        mentions.AddRange(found);
    }

    private static int Person(string noun, List<string> modifiers, int at, List<DraftMention> mentions, List<DraftEntity> entities, PlaceResolver? places)
    {
        var stands = RoleNouns[noun];
        return LatestBefore(at, mentions, entities, e =>
        {
            if (e.Type != "PER" || e.Titles.Count == 0)
                return false;
            var titleWords = e.Titles.SelectMany(t => t.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!stands.Contains("*") && !stands.Any(titleWords.Contains))
                return false;
            foreach (var modifier in modifiers)
            {
                var country = places?.CountryOfDemonym(modifier)?.CountryCode;
                if (!titleWords.Contains(modifier) && (country is null || country != e.Country))
                    return false;
            }
            return true;
        });
    }

    private static int Organization(string noun, List<string> modifiers, int at, List<DraftMention> mentions, List<DraftEntity> entities) =>
        LatestBefore(at, mentions, entities, e =>
            e.Type == "ORG"
            && e.Name.Split(' ').Contains(noun, StringComparer.OrdinalIgnoreCase)
            && modifiers.All(m => e.Name.Contains(m, StringComparison.OrdinalIgnoreCase)));

    /// <summary>"The country", "the Arab country": the latest place of a kind the noun stands for; a demonym modifier must name its country.</summary>
    private static int Place(string noun, List<string> modifiers, int at, List<DraftMention> mentions, List<DraftEntity> entities, PlaceResolver? places)
    {
        var kinds = PlaceNouns[noun];
        return LatestBefore(at, mentions, entities, e =>
        {
            if (e.Place is not { } p || !kinds.Contains(p.Kind))
                return false;
            foreach (var modifier in modifiers)
            {
                if (places?.CountryOfDemonym(modifier) is { } country && country.CountryCode != p.CountryCode)
                    return false;
            }
            return true;
        });
    }

    /// <summary>"The Kazakh capital": the entity that is that country's capital, or a new one for it.</summary>
    private static int Capital(EntityDocument doc, List<string> modifiers, List<DraftMention> mentions, List<DraftEntity> entities, PlaceResolver? places)
    {
        if (places is null || modifiers.Count != 1 || places.ResolveDescription("the " + modifiers[0] + " capital") is not { } place)
            return -1;
        foreach (var e in entities)
        {
            if (e.Place is { } p && p.GeonameId == place.GeonameId && p.Name == place.Name)
                return e.Id;
        }
        var created = new DraftEntity(entities.Count) { Name = place.Name, Place = PlaceLinker.ToGeoPlace(place), Country = place.CountryCode };
        created.TypeVotes["LOC"] = 1;
        entities.Add(created);
        return created.Id;
    }

    /// <summary>The entity satisfying <paramref name="accepts"/> whose latest mention before token <paramref name="at"/> is nearest.</summary>
    internal static int LatestBefore(int at, List<DraftMention> mentions, List<DraftEntity> entities, Func<DraftEntity, bool> accepts)
    {
        var best = -1;
        var bestAt = -1;
        foreach (var m in mentions)
        {
            if (m.Entity < 0 || m.Last >= at || m.First <= bestAt || !accepts(entities[m.Entity]))
                continue;
            best = m.Entity;
            bestAt = m.First;
        }
        return best;
    }
}
