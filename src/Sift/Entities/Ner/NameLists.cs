using Sift.Learning;

namespace Sift.Entities.Ner;

/// <summary>What a list says a name is; a name can be in several lists.</summary>
[Flags]
public enum NameCategory : ulong
{
    Country = 1,
    Demonym = 2,
    City = 4,
    Region = 8,
    StateActor = 16,
    InternationalActor = 32,
    NonStateActor = 64,
    /// <summary>An actor name holding an organization word (army, front, party, ministry …).</summary>
    OrganizationWord = 128,
    /// <summary>An actor the dictionary took from its list of office holders (people).</summary>
    OfficeHolder = 256,
}

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

    /// <summary>A copy of the entries, for extending the lists.</summary>
    internal Dictionary<ulong, ulong> Entries => new(_entries);

    /// <summary>The hash of a word sequence as <see cref="Mark"/> looks it up.</summary>
    public static ulong KeyOf(ReadOnlySpan<ulong> lowerWords)
    {
        var h = FeatureHash.Feature(-3, (ulong)lowerWords.Length);
        foreach (var w in lowerWords)
            h = FeatureHash.Combine(h, w);
        return h;
    }

    /// <summary>
    /// For every word, the categories of the longest list match covering it (the longest match starting
    /// at each word wins) in the low bits, and its place in the match in bits 60-61 (B, I, L, U);
    /// 0 where no name matches.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> lower, Span<ulong> result)
    {
        result.Clear();
        if (_entries.Count == 0)
            return;
        var start = 0;
        while (start < lower.Length)
        {
            var matched = 1;
            for (var length = Math.Min(MaxWords, lower.Length - start); length >= 1; length--)
            {
                if (!_entries.TryGetValue(KeyOf(lower.Slice(start, length)), out var categories))
                    continue;
                for (var k = 0; k < length; k++)
                {
                    var position = length == 1 ? 3UL : k == 0 ? 0UL : k == length - 1 ? 2UL : 1UL;
                    result[start + k] = categories | position << PositionShift;
                }
                matched = length;
                break;
            }
            start += matched;
        }
    }

    /// <summary>What the lists say the name of these (already lower-case hashed) words is; none when no list holds it.</summary>
    public NameCategory CategoriesOf(ReadOnlySpan<ulong> lowerWords) =>
        lowerWords.Length is > 0 and <= MaxWords && _entries.TryGetValue(KeyOf(lowerWords), out var c) ? (NameCategory)c : 0;

    public const int PositionShift = 60;

    public const ulong CategoryMask = (1UL << PositionShift) - 1;

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
