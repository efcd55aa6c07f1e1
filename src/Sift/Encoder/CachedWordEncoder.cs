using Sift.Learning;

namespace Sift.Encoder;

/// <summary>
/// A word encoder that remembers its answers in a file, so that repeated training runs over the same
/// corpus (trying epochs or features) encode it once. Keyed by the words of each call; values are
/// stored at half precision, as the models store their dense weights.
/// </summary>
public sealed class CachedWordEncoder : IWordEncoder, IDisposable
{
    // 2: vectors from one sentence per encoder call (version 1 files hold batched vectors).
    private const int Version = 2;

    private readonly IWordEncoder _inner;
    private readonly string _path;
    private readonly Dictionary<ulong, float[]> _known = [];
    private bool _changed;

    public CachedWordEncoder(IWordEncoder inner, string path)
    {
        _inner = inner;
        _path = path;
        if (File.Exists(path))
            Load();
    }

    public int Dimensions => _inner.Dimensions;

    public float[] Encode(IReadOnlyList<string[]> sentences)
    {
        var key = Key(sentences);
        if (_known.TryGetValue(key, out var values))
            return (float[])values.Clone();
        values = Rounded(_inner.Encode(sentences));
        _known[key] = values;
        _changed = true;
        return (float[])values.Clone();
    }

    public void Dispose()
    {
        if (!_changed)
            return;
        var temporary = _path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Version);
            writer.Write(Dimensions);
            writer.Write(_known.Count);
            foreach (var (key, values) in _known)
            {
                writer.Write(key);
                writer.Write(values.Length);
                foreach (var v in values)
                    writer.Write((Half)v);
            }
        }
        File.Move(temporary, _path, overwrite: true);
    }

    private void Load()
    {
        using var reader = new BinaryReader(File.OpenRead(_path));
        if (reader.ReadInt32() != Version || reader.ReadInt32() != Dimensions)
            return;
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var values = new float[reader.ReadInt32()];
            for (var k = 0; k < values.Length; k++)
                values[k] = (float)reader.ReadHalf();
            _known[key] = values;
        }
    }

    /// <summary>The values as the file will hold them, so a cached answer equals a fresh one.</summary>
    private static float[] Rounded(float[] values)
    {
        var copy = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
            copy[i] = (float)(Half)values[i];
        return copy;
    }

    private static ulong Key(IReadOnlyList<string[]> sentences)
    {
        var hash = FeatureHash.Of("sentences");
        foreach (var sentence in sentences)
        {
            hash = FeatureHash.Feature(1, hash, (ulong)sentence.Length);
            foreach (var word in sentence)
                hash = FeatureHash.Feature(2, hash, FeatureHash.Of(word));
        }
        return hash;
    }
}
