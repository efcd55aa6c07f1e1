using System.Runtime.Intrinsics.X86;

namespace Sift.Learning;

/// <summary>
/// A trained multiclass linear model, read-only and safe to share between threads: feature hash →
/// sparse row of (class, weight). Features sit in an open-addressing table, so scoring a decision
/// allocates nothing. Weights are stored at half precision. In memory the table is packed for the
/// cache: a slot is 8 bytes (the hash's high 32 bits as a check, the row's start and length), an
/// entry 4 bytes (class, weight as 16-bit fixed point), so a lookup costs about two cache misses.
/// </summary>
public sealed class LinearModel
{
    private struct Slot
    {
        public uint Check; // the feature hash's high 32 bits; 0 with Row 0 = empty
        public uint Row;   // start << 8 | length; 0 = empty
    }

    private struct Entry
    {
        public ushort Class;
        public short Weight;
    }

    private readonly ulong[] _keys;      // in file order (sorted)
    private readonly int[] _starts;      // row k is entries [_starts[k], _starts[k + 1])
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly Slot[] _slots;      // open addressing, linear probing
    private readonly Entry[] _entries;
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
        if (weights.Length >= 1 << 24)
            throw new InvalidDataException("a linear model holds at most 16M weights");
        _slots = new Slot[size];
        for (var k = 0; k < keys.Length; k++)
        {
            var length = starts[k + 1] - starts[k];
            if (length is <= 0 or > 255)
                throw new InvalidDataException("a feature holds between 1 and 255 weights");
            var slot = (int)(keys[k] & (ulong)_mask);
            while (_slots[slot].Row != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Check = (uint)(keys[k] >> 32), Row = (uint)starts[k] << 8 | (uint)length };
        }
        var largest = 0f;
        foreach (var w in weights)
            largest = Math.Max(largest, Math.Abs(w));
        _scale = largest > 0 ? largest / short.MaxValue : 1f;
        _entries = new Entry[weights.Length];
        for (var e = 0; e < weights.Length; e++)
            _entries[e] = new Entry { Class = entryClasses[e], Weight = (short)Math.Round(weights[e] / _scale) };
    }

    private readonly float _scale;

    public int Classes { get; }

    public int Features => _keys.Length;

    public int Weights => _weights.Length;

    /// <summary>Sets <paramref name="scores"/> (length <see cref="Classes"/>) to the sum of the features' weights.</summary>
    /// <remarks>
    /// The table is far larger than the caches, so a lookup is a wait on memory. The loads are issued
    /// in three sweeps — prefetch every feature's slot, then probe the slots and prefetch each row's
    /// entries, then add — so the waits overlap instead of following one another.
    /// </remarks>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var n = features.Length;
        var classes = scores.Length;
        Span<int> rows = n <= 256 ? stackalloc int[n] : new int[n];
        Span<int> sums = classes <= 512 ? stackalloc int[classes] : new int[classes];
        sums.Clear();
        var mask = (ulong)_mask;
        fixed (Slot* slots = _slots)
        fixed (Entry* entries = _entries)
        {
            if (Sse.IsSupported)
            {
                for (var i = 0; i < n; i++)
                    Sse.Prefetch0(slots + (features[i] & mask));
            }
            for (var i = 0; i < n; i++)
            {
                var f = features[i];
                var check = (uint)(f >> 32);
                var slot = (int)(f & mask);
                rows[i] = 0;
                while (true)
                {
                    var s = slots[slot];
                    if (s.Row == 0)
                        break;
                    if (s.Check == check)
                    {
                        rows[i] = (int)s.Row;
                        if (Sse.IsSupported)
                            Sse.Prefetch0(entries + (s.Row >> 8));
                        break;
                    }
                    slot = (slot + 1) & _mask;
                }
            }
            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                if (row == 0)
                    continue;
                var e = entries + (row >> 8);
                var end = e + (row & 0xFF);
                for (; e < end; e++)
                    sums[e->Class] += e->Weight;
            }
        }
        for (var c = 0; c < classes; c++)
            scores[c] = sums[c] * _scale;
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
