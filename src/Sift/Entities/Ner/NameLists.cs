using Sift.Learning;

namespace Sift.Entities.Ner;

/// <summary>
/// Lists of known names (countries, demonyms, cities, regions, outlets) as hashes of their lower-case
/// word sequences, each with the categories it belongs to. Stored inside the recognizer's model file,
/// so the model does not depend on the data it was built from at run time.
/// </summary>
public sealed class NameLists
{
    public const int MaxWords = 6;

    private readonly Dictionary<ulong, ulong> _entries;

    public NameLists(Dictionary<ulong, ulong> entries) => _entries = entries;

    public static NameLists Empty { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>The hash of a word sequence as <see cref="Mark"/> looks it up.</summary>
    public static ulong KeyOf(ReadOnlySpan<ulong> lowerWords)
    {
        var h = FeatureHash.Feature(-3, (ulong)lowerWords.Length);
        foreach (var w in lowerWords)
            h = FeatureHash.Combine(h, w);
        return h;
    }

    /// <summary>
    /// For every word, a hash of the list matches covering it: the longest match starting at each word
    /// wins, and the word's feature names the category bits and its place in the match (B, I, L, U).
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> lower, Span<ulong> result)
    {
        result.Clear();
        if (_entries.Count == 0)
            return;
        for (var start = 0; start < lower.Length; start++)
        {
            for (var length = Math.Min(MaxWords, lower.Length - start); length >= 1; length--)
            {
                if (!_entries.TryGetValue(KeyOf(lower.Slice(start, length)), out var categories))
                    continue;
                for (var k = 0; k < length; k++)
                {
                    var position = length == 1 ? 3UL : k == 0 ? 0UL : k == length - 1 ? 2UL : 1UL;
                    result[start + k] = result[start + k] == 0
                        ? FeatureHash.Feature(-4, categories, position)
                        : FeatureHash.Combine(result[start + k], FeatureHash.Feature(-4, categories, position));
                }
                break;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_entries.Count);
        foreach (var (key, categories) in _entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(categories);
        }
    }

    public static NameLists Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
            entries[reader.ReadUInt64()] = reader.ReadUInt64();
        return new NameLists(entries);
    }
}
