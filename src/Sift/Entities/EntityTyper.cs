using Sift.Entities.Ner;
using Sift.Learning;
using Sift.Text;

namespace Sift.Entities;

/// <summary>
/// Corrects the recognizer's type where the name itself says better: a person or miscellaneous name
/// holding an organization word (organization-name-words.txt: "Jabhat Fateh al-Sham") is an
/// organization, and so is a name the actor dictionaries list as an organization (Daesh, listed with
/// the Islamic State) and never as an office holder or a place.
/// </summary>
internal static class EntityTyper
{
    private static readonly HashSet<string> OrganizationWords = new(
        EmbeddedLists.ReadRows("Entities/organization-name-words.txt").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    private const NameCategory Organization = NameCategory.OrganizationWord | NameCategory.NonStateActor;
    private const NameCategory NotOrganization = NameCategory.OfficeHolder | NameCategory.Country | NameCategory.Demonym | NameCategory.City | NameCategory.Region;

    public static void Correct(List<DraftEntity> entities, NameLists lists)
    {
        Span<ulong> hashes = stackalloc ulong[NameLists.MaxWords];
        foreach (var e in entities)
        {
            if (e.Type is not ("PER" or "MISC"))
                continue;
            var words = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isOrganization = words.Any(OrganizationWords.Contains);
            if (!isOrganization && words.Length <= NameLists.MaxWords)
            {
                for (var i = 0; i < words.Length; i++)
                    hashes[i] = FeatureHash.OfLower(words[i]);
                var categories = lists.CategoriesOf(hashes[..words.Length]);
                isOrganization = (categories & Organization) != 0 && (categories & NotOrganization) == 0;
            }
            if (!isOrganization)
                continue;
            e.TypeVotes.Clear();
            e.TypeVotes["ORG"] = 1;
        }
    }
}
