using Sift.Learning;

namespace Sift.Framing.Loaded;

/// <summary>How often PTC's annotators put a word inside a Loaded Language or Name Calling span, out of its uses.</summary>
public readonly record struct LoadedEvidence(int Inside, int Uses);

/// <summary>
/// Words that PTC's annotators marked as loaded language or name calling in a large share of their uses
/// ("devastating", "smear", "witch", "reckless"), learned by <see cref="LoadedWordsTrainer"/> from PTC
/// train: a word is kept when it was inside such a span at least <see cref="MinInside"/> times and in at
/// least <see cref="MinShare"/> of its uses (both chosen on the validation split). Keyed by the lower-cased
/// surface form, so a lookup from a span of the text allocates nothing; a word's uses as a verb are counted
/// again under the form with <see cref="VerbSuffix"/>, so that a word loaded as a noun ("lies", "smear") is
/// judged by its own record as a verb ("the city lies on the river"). Loaded once, safe to share.
/// </summary>
public sealed class LoadedWords
{
    public const string Kind = "loaded-words";
    public const string File = "framing/loaded-words.bin";

    /// <summary>What a key is: the lower-cased surface form of one token, and for its uses as a verb the form with "/verb" (version 2).</summary>
    private const ulong FeatureSet = 2;

    /// <summary>Appended to a word's key for its uses as a verb.</summary>
    public const string VerbSuffix = "/verb";

    private static readonly Lazy<LoadedWords> Shared = new(() => Load(ModelLocator.Require(File)));

    private readonly Dictionary<string, LoadedEvidence> _words;
    private readonly Dictionary<string, LoadedEvidence>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LoadedWords(IReadOnlyDictionary<string, LoadedEvidence> words, int minInside, double minShare)
    {
        _words = new Dictionary<string, LoadedEvidence>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, evidence) in words)
        {
            if (Passes(evidence, minInside, minShare))
                _words[word.ToLowerInvariant()] = evidence;
        }
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        MinInside = minInside;
        MinShare = minShare;
    }

    /// <summary>The committed list under models/.</summary>
    public static LoadedWords Default => Shared.Value;

    public int MinInside { get; }

    public double MinShare { get; }

    public int Count => _words.Count;

    public static bool Passes(LoadedEvidence evidence, int minInside, double minShare) =>
        evidence.Inside >= minInside && evidence.Inside >= minShare * evidence.Uses;

    /// <summary>The evidence for <paramref name="word"/> (any case) when it is on the list.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out LoadedEvidence evidence) => _lookup.TryGetValue(word, out evidence);

    /// <summary>The evidence for <paramref name="word"/> used as a verb, when that use is on the list.</summary>
    public bool TryGetVerb(ReadOnlySpan<char> word, out LoadedEvidence evidence)
    {
        // No key is that long; the bound keeps the stack buffer small.
        if (word.Length > 64)
        {
            evidence = default;
            return false;
        }
        Span<char> key = stackalloc char[word.Length + VerbSuffix.Length];
        word.CopyTo(key);
        VerbSuffix.AsSpan().CopyTo(key[word.Length..]);
        return _lookup.TryGetValue(key, out evidence);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(System.IO.File.Create(path));
        ModelFile.WriteHeader(writer, Kind, FeatureSet);
        writer.Write(MinInside);
        writer.Write(MinShare);
        writer.Write(_words.Count);
        foreach (var (word, evidence) in _words.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(evidence.Inside);
            writer.Write(evidence.Uses);
        }
    }

    public static LoadedWords Load(string path)
    {
        if (!System.IO.File.Exists(path))
            throw new Intake.InputException(path, "model file missing; run 'sift train loaded-words'");
        using var reader = new BinaryReader(System.IO.File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, FeatureSet);
        var minInside = reader.ReadInt32();
        var minShare = reader.ReadDouble();
        var count = reader.ReadInt32();
        var words = new Dictionary<string, LoadedEvidence>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            words[word] = new LoadedEvidence(reader.ReadInt32(), reader.ReadInt32());
        }
        return new LoadedWords(words, minInside, minShare);
    }
}
