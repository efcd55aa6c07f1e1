using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sift.Learning;

/// <summary>
/// A trained multiclass linear model, read-only and safe to share between threads: feature hash →
/// sparse row of (class, weight). Features sit in an open-addressing table, so scoring a decision
/// allocates nothing. Weights are stored at half precision. In memory the table is packed for the
/// cache: a slot is 8 bytes (the hash's high 32 bits as a check, the row's place), an entry 4 bytes
/// (class, weight as 16-bit fixed point), so a lookup costs about two cache misses. The few long
/// rows — those of common features, which nearly every decision reads — are also kept dense, one
/// 16-bit weight per class, and added with vector instructions.
/// </summary>
public sealed class LinearModel
{
    private struct Slot
    {
        public uint Check; // the feature hash's high 32 bits; 0 with Row 0 = empty
        public uint Row;   // sparse: start << 8 | length; dense: (dense row + 1) << 8; 0 = empty
    }

    private struct Entry
    {
        public ushort Class;
        public short Weight;
    }

    /// <summary>Rows at least this long are scored from their dense copy: past it the vector add is the cheaper.</summary>
    private const int DenseFrom = 16;

    private readonly ulong[] _keys;      // in file order (sorted)
    private readonly int[] _starts;      // row k is entries [_starts[k], _starts[k + 1])
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly Slot[] _slots;      // open addressing, linear probing
    private readonly Entry[] _entries;
    private readonly short[] _dense;     // dense row d is [d * _width, (d + 1) * _width)
    private readonly int _width;         // Classes rounded up to whole vectors
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
        var largest = 0f;
        foreach (var w in weights)
            largest = Math.Max(largest, Math.Abs(w));
        _scale = largest > 0 ? largest / short.MaxValue : 1f;
        _entries = new Entry[weights.Length];
        for (var e = 0; e < weights.Length; e++)
        {
            if (entryClasses[e] >= classes)
                throw new InvalidDataException("a weight's class is out of range");
            _entries[e] = new Entry { Class = entryClasses[e], Weight = (short)Math.Round(weights[e] / _scale) };
        }
        _width = (classes + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        var denseRows = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            if (starts[k + 1] - starts[k] >= DenseFrom)
                denseRows++;
        }
        _dense = new short[denseRows * _width];
        denseRows = 0;
        _slots = new Slot[size];
        for (var k = 0; k < keys.Length; k++)
        {
            var length = starts[k + 1] - starts[k];
            if (length is <= 0 or > 255)
                throw new InvalidDataException("a feature holds between 1 and 255 weights");
            var row = (uint)starts[k] << 8 | (uint)length;
            if (length >= DenseFrom)
            {
                var dense = _dense.AsSpan(denseRows * _width, _width);
                for (var e = starts[k]; e < starts[k + 1]; e++)
                    dense[_entries[e].Class] = _entries[e].Weight;
                row = (uint)++denseRows << 8;
            }
            var slot = (int)(keys[k] & (ulong)_mask);
            while (_slots[slot].Row != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Check = (uint)(keys[k] >> 32), Row = row };
        }
    }

    private readonly float _scale;

    public int Classes { get; }

    public int Features => _keys.Length;

    public int Weights => _weights.Length;

    /// <summary>Sets <paramref name="scores"/> (at least <see cref="Classes"/> long; any further ones to 0) to the sum of the features' weights.</summary>
    /// <remarks>
    /// The table is far larger than the caches, so a lookup is a wait on memory. The loads are issued
    /// in three sweeps — prefetch every feature's slot, then probe the slots and prefetch each row's
    /// entries, then add — so the waits overlap instead of following one another. The sums are
    /// integers, so the order of the additions cannot change a score.
    /// </remarks>
    [SkipLocalsInit] // the buffers are cleared or written before they are read
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < Classes)
            throw new ArgumentException($"scores needs room for {Classes} classes", nameof(scores));
        var sums = _width <= 1024 ? stackalloc int[_width] : new int[_width];
        sums.Clear();
        var rows = stackalloc uint[Chunk];
        fixed (int* sum = sums)
        {
            for (var from = 0; from < features.Length; from += Chunk)
            {
                var chunk = features.Slice(from, Math.Min(Chunk, features.Length - from));
                Find(chunk, rows);
                Add(rows, chunk.Length, sum);
            }
        }
        for (var c = 0; c < Classes; c++)
            scores[c] = sums[c] * _scale;
        scores[Classes..].Clear();
    }

    /// <summary>Features looked up per sweep; a decision has fewer, so it is one sweep.</summary>
    private const int Chunk = 256;

    /// <summary>Each feature's <see cref="Slot.Row"/> (0 where the model lacks it), its weights prefetched.</summary>
    private unsafe void Find(ReadOnlySpan<ulong> features, uint* rows)
    {
        var mask = (ulong)_mask;
        fixed (ulong* feature = features)
        fixed (Slot* slots = _slots)
        {
            var n = features.Length;
            if (Sse.IsSupported)
            {
                for (var i = 0; i < n; i++)
                    Sse.Prefetch0(slots + (feature[i] & mask));
            }
            for (var i = 0; i < n; i++)
            {
                var f = feature[i];
                var check = (uint)(f >> 32);
                var slot = f & mask;
                var row = 0u;
                while (true)
                {
                    var s = slots[slot];
                    if (s.Row == 0)
                        break;
                    if (s.Check == check)
                    {
                        row = s.Row;
                        if (Sse.IsSupported)
                            Prefetch(row);
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
                rows[i] = row;
            }
        }
    }

    /// <summary>Prefetches every cache line of a row's weights: a common feature's row spans a few lines.</summary>
    private unsafe void Prefetch(uint row)
    {
        var length = row & 0xFF;
        fixed (Entry* entries = _entries)
        fixed (short* dense = _dense)
        {
            var first = length == 0 ? (byte*)(dense + (nint)((row >> 8) - 1) * _width) : (byte*)(entries + (row >> 8));
            var bytes = length == 0 ? _width * sizeof(short) : (int)length * sizeof(Entry);
            for (var line = 0; line < bytes; line += 64)
                Sse.Prefetch0(first + line);
            Sse.Prefetch0(first + bytes - 1);
        }
    }

    /// <summary>Adds the rows' weights to <paramref name="sum"/> (<see cref="_width"/> long).</summary>
    private unsafe void Add(uint* rows, int n, int* sum)
    {
        fixed (Entry* entries = _entries)
        fixed (short* dense = _dense)
        {
            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                var length = row & 0xFF;
                if (length == 0)
                {
                    if (row != 0)
                        AddDense(dense + (nint)((row >> 8) - 1) * _width, sum);
                    continue;
                }
                // An entry read as one word: the class in the low half, the weight in the high.
                var e = (uint*)(entries + (row >> 8));
                var end = e + length;
                for (; e < end; e++)
                {
                    var entry = *e;
                    sum[(ushort)entry] += (int)entry >> 16;
                }
            }
        }
    }

    private unsafe void AddDense(short* weights, int* sum)
    {
        for (var c = 0; c < _width; c += Vector<short>.Count)
        {
            Vector.Widen(Vector.Load(weights + c), out var low, out var high);
            var s = sum + c;
            (Vector.Load(s) + low).Store(s);
            s += Vector<int>.Count;
            (Vector.Load(s) + high).Store(s);
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
