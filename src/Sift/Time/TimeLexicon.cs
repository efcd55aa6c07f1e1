using Sift.Text;

namespace Sift.Time;

/// <summary>The words of time-lexicon.txt: each lower-cased word's categories and values.</summary>
internal static class TimeLexicon
{
    private static readonly Dictionary<string, List<(string Category, string Value)>> Words = Load();
    private static readonly Dictionary<string, List<(string Category, string Value)>>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of <paramref name="word"/> (already lower-cased) in <paramref name="category"/>, or null.</summary>
    public static string? Value(ReadOnlySpan<char> word, string category)
    {
        if (!Lookup.TryGetValue(word, out var entries))
            return null;
        foreach (var (c, v) in entries)
        {
            if (c == category)
                return v;
        }
        return null;
    }

    /// <summary>The categories and values of <paramref name="word"/> (already lower-cased), or null if it has none.</summary>
    public static List<(string Category, string Value)>? Entries(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var entries) ? entries : null;

    private static Dictionary<string, List<(string, string)>> Load()
    {
        var words = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedLists.ReadRows("Time/time-lexicon.txt"))
        {
            if (!words.TryGetValue(row[0], out var list))
                words[row[0]] = list = [];
            list.Add((row[1], row[2]));
        }
        return words;
    }
}
