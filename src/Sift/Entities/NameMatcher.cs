namespace Sift.Entities;

/// <summary>
/// When two names are the same entity: the same words; a person's shorter name that ends with the same
/// surname and whose words all occur in the longer one ("Assad" and "Bashar al-Assad", "Jaberi Ansari"
/// and "Hossein Jaberi Ansari"); an organization's name without its leading words ("Hezbollah" and
/// "Lebanese Hezbollah"); an acronym and the capitalized words it abbreviates ("UN", "U.N." and
/// "United Nations"). Arabic articles al-/el- are ignored when words are compared.
/// </summary>
internal static class NameMatcher
{
    private static readonly HashSet<string> AcronymSkips = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "de", "la", "&" };

    /// <summary>The name's comparison words: lower case, al-/el- dropped, possessive clitics, generational suffixes and a leading "the" left out.</summary>
    public static string[] Key(IEnumerable<string> words)
    {
        var key = new List<string>();
        foreach (var word in words)
        {
            var w = word.ToLowerInvariant();
            if (w is "'s" or "’s" or "'" or "’" || IsGenerational(w) || (w == "the" && key.Count == 0))
                continue;
            if ((w.StartsWith("al-", StringComparison.Ordinal) || w.StartsWith("el-", StringComparison.Ordinal)) && w.Length > 3)
                w = w[3..];
            key.Add(w);
        }
        return [.. key];
    }

    /// <summary>"Jr.", "Sr.", "III": not a surname ("Patrick Carlineo Jr." and "James Kennedy Jr." share none).</summary>
    private static bool IsGenerational(string word) => word is "jr." or "jr" or "sr." or "sr" or "ii" or "iii" or "iv";

    public static bool SameEntity(string[] shorter, string[] longer, string type, IReadOnlyList<string> shorterWords, IReadOnlyList<string> longerWords)
    {
        if (shorter.AsSpan().SequenceEqual(longer))
            return true;
        if (type == "PER" && shorter.Length < longer.Length && shorter[^1] == longer[^1])
        {
            foreach (var w in shorter)
            {
                if (Array.IndexOf(longer, w) < 0)
                    return false;
            }
            return true;
        }
        // Within one article an organization named again without its leading words is the same one
        // ("Hezbollah" after "Lebanese Hezbollah", "Foreign Ministry" after "Kazakh Foreign Ministry").
        if (type == "ORG" && shorter.Length < longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter))
            return true;
        if (type is "ORG" or "LOC" or "MISC")
            return IsAcronymOf(shorterWords, longerWords) || IsAcronymOf(longerWords, shorterWords);
        return false;
    }

    private static bool IsAcronymOf(IReadOnlyList<string> acronymWords, IReadOnlyList<string> words)
    {
        if (acronymWords.Count != 1 || words.Count < 2)
            return false;
        var acronym = acronymWords[0].Replace(".", "", StringComparison.Ordinal);
        if (acronym.Length is < 2 or > 8 || !acronym.All(char.IsUpper))
            return false;
        var k = 0;
        foreach (var word in words)
        {
            if (AcronymSkips.Contains(word) || word.Length == 0 || !char.IsUpper(word[0]))
                continue;
            if (k >= acronym.Length || acronym[k] != word[0])
                return false;
            k++;
        }
        return k == acronym.Length;
    }
}
