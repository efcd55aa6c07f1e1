using Sift.Text;

namespace Sift.Framing.Tone;

/// <summary>Sift's word lists for the tone rules: boosters and dampeners (tone-boosters.txt) and negators (tone-negators.txt).</summary>
internal static class ToneCues
{
    private static readonly Dictionary<string, int> Boosters = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BoosterLookup;
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorLookup;

    /// <summary>The several-word boosters and dampeners ("kind of", "a bit"): +1 booster, −1 dampener.</summary>
    public static IReadOnlyList<(string Phrase, int Direction)> BoosterPhrases { get; }

    static ToneCues()
    {
        var phrases = new List<(string, int)>();
        foreach (var row in EmbeddedLists.ReadRows("Framing/Tone/tone-boosters.txt"))
        {
            var direction = row[1] switch
            {
                "up" => 1,
                "down" => -1,
                _ => throw new InvalidOperationException($"tone-boosters.txt: \"{row[1]}\" is neither up nor down"),
            };
            if (row[0].Contains(' '))
                phrases.Add((row[0], direction));
            else
                Boosters[row[0]] = direction;
        }
        BoosterPhrases = phrases;
        BoosterLookup = Boosters.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in EmbeddedLists.ReadRows("Framing/Tone/tone-negators.txt"))
            Negators.Add(row[0]);
        NegatorLookup = Negators.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>+1 for a booster, −1 for a dampener, 0 otherwise; <paramref name="word"/> lower-cased.</summary>
    public static int Boost(ReadOnlySpan<char> word) => BoosterLookup.TryGetValue(word, out var direction) ? direction : 0;

    public static bool IsNegator(ReadOnlySpan<char> word) => NegatorLookup.Contains(word);
}
