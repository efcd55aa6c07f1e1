using System.Runtime.CompilerServices;

namespace Sift.Learning;

/// <summary>A reusable list of feature hashes for one decision; cleared, never reallocated once grown.</summary>
public sealed class FeatureBuffer(int capacity = 128)
{
    private ulong[] _items = new ulong[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Items => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong feature)
    {
        if (Count == _items.Length)
            Grow();
        _items[Count++] = feature;
    }

    private void Grow() => Array.Resize(ref _items, _items.Length * 2);
}
