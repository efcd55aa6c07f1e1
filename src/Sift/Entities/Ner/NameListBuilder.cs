using System.Text.Json;
using Sift.Learning;

namespace Sift.Entities.Ner;

/// <summary>
/// Builds the recognizer's name lists from ../shared/data/gazetteer at training time: country names
/// and aliases, demonyms, GeoNames cities and first-level regions. Each entry is a name's lower-case
/// words; a name in several lists carries every category.
/// </summary>
public static class NameListBuilder
{
    [Flags]
    private enum Category : ulong
    {
        Country = 1,
        Demonym = 2,
        City = 4,
        Region = 8,
    }

    public static NameLists FromGazetteer(string folder)
    {
        var entries = new Dictionary<ulong, ulong>();
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "countries.json"))))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                var name = country.GetProperty("name");
                Add(entries, name.GetProperty("common").GetString(), Category.Country);
                Add(entries, name.GetProperty("official").GetString(), Category.Country);
                foreach (var alias in country.GetProperty("altSpellings").EnumerateArray())
                {
                    if (alias.GetString() is { Length: > 2 } a)
                        Add(entries, a, Category.Country);
                }
                if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
                {
                    Add(entries, eng.GetProperty("m").GetString(), Category.Demonym);
                    Add(entries, eng.GetProperty("f").GetString(), Category.Demonym);
                }
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(folder, "cities15000.txt")))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
                continue;
            Add(entries, fields[1], Category.City);
            Add(entries, fields[2], Category.City);
        }
        foreach (var line in File.ReadLines(Path.Combine(folder, "admin1CodesASCII.tsv")).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 3)
            {
                Add(entries, fields[1], Category.Region);
                Add(entries, fields[2], Category.Region);
            }
        }
        return new NameLists(entries);
    }

    private static void Add(Dictionary<ulong, ulong> entries, string? name, Category category)
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
