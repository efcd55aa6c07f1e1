using Sift.Text;

namespace Sift.Entities.Places;

/// <summary>
/// Which first-level region names are worth indexing (region-words.txt). A name made of nothing but
/// generic words (compass points, "Central", "Coast") and kind words ("Province", "Governorate") is an
/// everyday phrase in news text and is skipped ("Eastern Province", "Centre", "North West", "South
/// Governorate"); a name ending in a kind word ("Pavlodar Region", "Baalbek-Hermel Governorate") is
/// indexed without it as well.
/// </summary>
internal sealed class RegionNameRules
{
    private readonly HashSet<string> _genericWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _kindWords = new(StringComparer.OrdinalIgnoreCase);

    public static RegionNameRules Load()
    {
        var rules = new RegionNameRules();
        foreach (var row in EmbeddedLists.ReadRows("Entities/Places/region-words.txt"))
        {
            rules._genericWords.Add(row[0]);
            if (row[1] == "kind")
                rules._kindWords.Add(row[0]);
        }
        return rules;
    }

    public bool IsGeneric(string name)
    {
        foreach (var word in PlaceNames.Key(name).Split(' '))
        {
            if (!_genericWords.Contains(word))
                return false;
        }
        return true;
    }

    /// <summary>The name without its trailing kind word, or null when it has none or nothing specific is left.</summary>
    public string? WithoutKindWord(string name)
    {
        var key = PlaceNames.Key(name);
        var space = key.LastIndexOf(' ');
        if (space <= 0 || !_kindWords.Contains(key[(space + 1)..]))
            return null;
        var rest = key[..space];
        return IsGeneric(rest) ? null : rest;
    }
}
