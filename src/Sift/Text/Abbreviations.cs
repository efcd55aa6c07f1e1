namespace Sift.Text;

public enum AbbreviationKind : byte
{
    None,
    /// <summary>Before a name or number; never ends a sentence (Gen., No., Jan.).</summary>
    Title,
    /// <summary>Rarely ends a sentence (vs., e.g.).</summary>
    Inner,
    /// <summary>May end a sentence when a sentence starter follows (Inc., U.S.).</summary>
    Final,
}

/// <summary>The abbreviation and sentence-starter lists of Text/*.txt, loaded once.</summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, AbbreviationKind> Known = Load();
    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Starters =
        new(EmbeddedLists.ReadRows("Text/sentence-starters.txt").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of <paramref name="word"/> including its final period ("Gen."), or None.</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> word)
    {
        if (KnownLookup.TryGetValue(word, out var kind))
            return kind;
        if (IsInitial(word))
            return AbbreviationKind.Title;
        return IsLetterDotSequence(word) ? AbbreviationKind.Final : AbbreviationKind.None;
    }

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    /// <summary>"J." — a single capital letter and a period, as in a person's initial.</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>"U.S.", "a.m.", "U.N." — letters each followed by a period, at least two of them.</summary>
    public static bool IsLetterDotSequence(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
            return false;
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
                return false;
        }
        return true;
    }

    private static Dictionary<string, AbbreviationKind> Load()
    {
        var map = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var row in EmbeddedLists.ReadRows("Text/abbreviations.txt"))
        {
            var kind = row[1] switch
            {
                "title" => AbbreviationKind.Title,
                "inner" => AbbreviationKind.Inner,
                "final" => AbbreviationKind.Final,
                _ => throw new InvalidOperationException($"abbreviations.txt: unknown kind '{row[1]}' for {row[0]}"),
            };
            map[row[0]] = kind;
            // Lower-case and upper-case forms of the same abbreviation behave alike ("gen.", "GEN.").
            map.TryAdd(row[0].ToLowerInvariant(), kind);
            map.TryAdd(row[0].ToUpperInvariant(), kind);
        }
        return map;
    }
}
