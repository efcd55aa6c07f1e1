namespace Sift.Learning;

/// <summary>
/// A trained multiclass linear model, read-only and safe to share between threads: feature hash →
/// sparse row of (class, weight). Features sit in an open-addressing table, so scoring a decision
/// allocates nothing. Weights are stored at half precision.
/// </summary>
public sealed class LinearModel
{
    private readonly ulong[] _keys;      // in file order (sorted)
    private readonly int[] _starts;      // row k is entries [_starts[k], _starts[k + 1])
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly ulong[] _slotKeys;  // open addressing: 0 = empty
    private readonly int[] _slotRows;
    private readonly int _mask;

    public LinearModel(int classes, ulong[] keys, int[] starts, ushort[] entryClasses, float[] weights)
    {
        Classes = classes;
        _keys = keys;
        _starts = starts;
        _classes = entryClasses;
        _weights = weights;
        var size = 16;
        while (size < keys.Length * 2)
            size <<= 1;
        _mask = size - 1;
        _slotKeys = new ulong[size];
        _slotRows = new int[size];
        for (var k = 0; k < keys.Length; k++)
        {
            var slot = (int)(keys[k] & (ulong)_mask);
            while (_slotKeys[slot] != 0)
                slot = (slot + 1) & _mask;
            _slotKeys[slot] = keys[k];
            _slotRows[slot] = k;
        }
    }

    public int Classes { get; }

    public int Features => _keys.Length;

    public int Weights => _weights.Length;

    /// <summary>Sets <paramref name="scores"/> (length <see cref="Classes"/>) to the sum of the features' weights.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var slotKeys = _slotKeys;
        foreach (var f in features)
        {
            var slot = (int)(f & (ulong)_mask);
            while (true)
            {
                var key = slotKeys[slot];
                if (key == f)
                {
                    var row = _slotRows[slot];
                    var end = _starts[row + 1];
                    for (var e = _starts[row]; e < end; e++)
                        scores[_classes[e]] += _weights[e];
                    break;
                }
                if (key == 0)
                    break;
                slot = (slot + 1) & _mask;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(_keys.Length);
        writer.Write(_classes.Length);
        for (var k = 0; k < _keys.Length; k++)
        {
            writer.Write(_keys[k]);
            writer.Write((ushort)(_starts[k + 1] - _starts[k]));
        }
        for (var e = 0; e < _classes.Length; e++)
        {
            writer.Write(_classes[e]);
            writer.Write((Half)_weights[e]);
        }
    }

    public static LinearModel Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var features = reader.ReadInt32();
        var entries = reader.ReadInt32();
        var keys = new ulong[features];
        var starts = new int[features + 1];
        for (var k = 0; k < features; k++)
        {
            keys[k] = reader.ReadUInt64();
            starts[k + 1] = starts[k] + reader.ReadUInt16();
        }
        var entryClasses = new ushort[entries];
        var weights = new float[entries];
        for (var e = 0; e < entries; e++)
        {
            entryClasses[e] = reader.ReadUInt16();
            weights[e] = (float)reader.ReadHalf();
        }
        return new LinearModel(classes, keys, starts, entryClasses, weights);
    }

    /// <summary>The highest-scoring class; ties go to the lowest index, so decisions are deterministic.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return best;
    }
}
