using System.Text.Json;
using Sift.Learning;

namespace Sift.Entities.Ner;

/// <summary>
/// Builds the recognizer's name lists at training time: from ../shared/data/gazetteer country names
/// and aliases, demonyms, GeoNames cities and first-level regions; from the PETRARCH-2 actor
/// dictionaries in ../shared/data/events/petrarch2 (MIT) the names of state actors (leaders,
/// ministers, agencies), international organizations and armed non-state groups, which are what 2017
/// news names and 1996 Reuters training text does not (Daesh, Jabhat al-Nusra). Each entry is a name's
/// lower-case words; a name in several lists carries every category.
/// </summary>
public static class NameListBuilder
{
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "army", "front", "party", "ministry", "council", "organization", "organisation", "movement", "brigade", "brigades",
        "group", "union", "committee", "forces", "force", "state", "agency", "bank", "court", "assembly", "parliament",
        "commission", "league", "alliance", "coalition", "corps", "guard", "guards", "police", "office", "department",
        "fund", "association", "federation", "institute", "university", "company", "corporation", "network",
    };

    public static NameLists FromGazetteer(string folder)
    {
        var entries = new Dictionary<ulong, ulong>();
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "countries.json"))))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                var name = country.GetProperty("name");
                Add(entries, name.GetProperty("common").GetString(), NameCategory.Country);
                Add(entries, name.GetProperty("official").GetString(), NameCategory.Country);
                foreach (var alias in country.GetProperty("altSpellings").EnumerateArray())
                {
                    if (alias.GetString() is { Length: > 2 } a)
                        Add(entries, a, NameCategory.Country);
                }
                if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
                {
                    Add(entries, eng.GetProperty("m").GetString(), NameCategory.Demonym);
                    Add(entries, eng.GetProperty("f").GetString(), NameCategory.Demonym);
                }
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(folder, "cities15000.txt")))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
                continue;
            Add(entries, fields[1], NameCategory.City);
            Add(entries, fields[2], NameCategory.City);
        }
        foreach (var line in File.ReadLines(Path.Combine(folder, "admin1CodesASCII.tsv")).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 3)
            {
                Add(entries, fields[1], NameCategory.Region);
                Add(entries, fields[2], NameCategory.Region);
            }
        }
        return new NameLists(entries);
    }

    /// <summary>The gazetteer's lists plus the PETRARCH-2 actor dictionaries of <paramref name="petrarchFolder"/>.</summary>
    public static NameLists FromGazetteerAndActors(string gazetteerFolder, string petrarchFolder)
    {
        var lists = FromGazetteer(gazetteerFolder);
        var entries = lists.Entries;
        AddActors(entries, Path.Combine(petrarchFolder, "Phoenix.Countries.actors.txt"), NameCategory.StateActor);
        AddActors(entries, Path.Combine(petrarchFolder, "Phoenix.International.actors.txt"), NameCategory.InternationalActor);
        AddActors(entries, Path.Combine(petrarchFolder, "Phoenix.MilNonState.actors.txt"), NameCategory.NonStateActor);
        return new NameLists(entries);
    }

    /// <summary>
    /// Reads a PETRARCH actor file: a name starts a line ("BASHAR_AL-ASSAD", "+BASHAR_ASSAD" for a
    /// synonym), words joined by underscores, then codes in brackets and # comments; indented lines
    /// hold dated codes only. "al" before a word also gives the hyphenated form ("al-assad").
    /// </summary>
    private static void AddActors(Dictionary<ulong, ulong> entries, string path, NameCategory category)
    {
        var head = category;
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] is '#' or '\t' or ' ' or '[')
                continue;
            var synonym = raw[0] == '+';
            var line = raw.AsSpan().TrimStart('+');
            var end = line.IndexOfAny("[#\t");
            var name = (end < 0 ? line : line[..end]).Trim().Trim('_').ToString();
            if (name.Length < 2)
                continue;
            var words = name.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !(w.StartsWith('(') && w.EndsWith(')'))).Select(w => w.ToLowerInvariant()).ToArray();
            if (words.Length == 0)
                continue;
            // A synonym ("+DAESH_") is what its head entry is ("ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_").
            var categories = synonym ? head : category;
            if (words.Any(OrganizationWords.Contains))
                categories |= NameCategory.OrganizationWord;
            if (raw.Contains("CountryInfo.txt", StringComparison.Ordinal))
                categories |= NameCategory.OfficeHolder;
            if (!synonym)
                head = categories;
            Add(entries, string.Join(' ', words), categories);
            var joined = JoinArticles(words);
            if (joined.Length != words.Length)
                Add(entries, string.Join(' ', joined), categories);
        }
    }

    private static string[] JoinArticles(string[] words)
    {
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "al" or "el" && i + 1 < words.Length)
            {
                result.Add(words[i] + "-" + words[i + 1]);
                i++;
            }
            else
            {
                result.Add(words[i]);
            }
        }
        return [.. result];
    }

    private static void Add(Dictionary<ulong, ulong> entries, string? name, NameCategory category)
    {
        if (string.IsNullOrWhiteSpace(name))
            return;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > NameLists.MaxWords)
            return;
        Span<ulong> lower = stackalloc ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
            lower[i] = FeatureHash.OfLower(words[i]);
        var key = NameLists.KeyOf(lower);
        entries[key] = entries.GetValueOrDefault(key) | (ulong)category;
    }
}
