using Sift.Entities.Places;
using Sift.Model;

namespace Sift.Entities;

/// <summary>
/// Puts places on the map and gives entities their country. The article's countries (named, or
/// implied by a demonym such as "Syrian") form the context that decides ambiguous place names
/// (<see cref="PlaceResolver"/>: "Damascus" in a story about Syria is the Syrian capital). A person's
/// or organization's country is the first demonym or country in its titles or name ("Syrian
/// President", "Kazakh Foreign Ministry") before any "to" or "for" ("Envoy to Syria" is not Syrian). A country or a national capital that acts — the subject of
/// a verb, a possessor ("Tehran's"), or the modifier of "government" — stands for its government and is
/// marked as metonymy.
/// </summary>
internal static class PlaceLinker
{
    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.OrdinalIgnoreCase) { "government", "regime", "authorities", "administration" };

    public static void Link(EntityDocument doc, List<DraftMention> mentions, List<DraftEntity> entities, PlaceResolver places)
    {
        var context = PlaceContext.FromWords(doc.WordList(0, doc.Text.Tokens.Count - 1), places.Gazetteer);
        foreach (var e in entities)
        {
            if (e.Type == "LOC" && e.Place is null && places.Resolve(e.Name, context) is { } place)
            {
                e.Place = ToGeoPlace(place);
                e.Country = place.CountryCode;
            }
            else if (e.Type is "PER" or "ORG" && e.Country is null)
            {
                e.Country = CountryIn(e.Titles.Append(e.Name), places);
            }
        }
        foreach (var m in mentions)
        {
            if (m.Entity >= 0 && entities[m.Entity].Place is { } p && (p.Kind == "country" || IsCapital(p, places)) && Acts(doc, m))
                m.Metonymy = true;
        }
    }

    /// <summary>"Staffan de Mistura" taken for a place: a name with a personal particle that no gazetteer knows is a person.</summary>
    public static void RetypePersonShapedPlaces(List<DraftEntity> entities, PlaceResolver places)
    {
        foreach (var e in entities)
        {
            if (e.Type == "LOC" && IsPersonShaped(e.Name) && places.Resolve(e.Name) is null)
            {
                e.TypeVotes.Clear();
                e.TypeVotes["PER"] = 1;
            }
        }
    }

    private static readonly HashSet<string> PersonalParticles = new(StringComparer.Ordinal) { "de", "van", "von", "bin", "ibn", "da", "di", "del", "der" };

    private static bool IsPersonShaped(string name)
    {
        var words = name.Split(' ');
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (PersonalParticles.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static string? CountryIn(IEnumerable<string> phrases, PlaceResolver places)
    {
        foreach (var phrase in phrases)
        {
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // "Special Envoy to Syria" is sent to Syria, not from it.
                if (word is "to" or "for")
                    break;
                if (word.Length > 2 && char.IsUpper(word[0]) && (places.CountryOfDemonym(word) ?? places.Gazetteer.CountryNamed(word)) is { } country)
                    return country.CountryCode;
            }
        }
        return null;
    }

    private static bool IsCapital(GeoPlace place, PlaceResolver places) =>
        place.Kind == "city" && places.CapitalOf(place.CountryCode) is { } capital && capital.GeonameId == place.GeonameId;

    private static bool Acts(EntityDocument doc, DraftMention m)
    {
        if (doc.Syntax is null)
            return false;
        var head = doc.HeadOf(m.First, m.Last);
        var relation = doc.Relation(head);
        if (relation is "nsubj" or "nmod:poss" or "obl:agent")
            return true;
        var governor = doc.Syntax.Tokens[head].Head;
        return relation == "compound" && governor >= 0 && GovernmentNouns.Contains(doc.Word(governor));
    }

    public static GeoPlace ToGeoPlace(Place place) =>
        new(place.Name, place.Kind.ToString().ToLowerInvariant(), place.CountryCode, place.CountryName,
            double.IsNaN(place.Latitude) ? null : place.Latitude, double.IsNaN(place.Longitude) ? null : place.Longitude, place.GeonameId);
}
