namespace Sift.Learning;

/// <summary>Interned class labels: string ↔ dense index, in the order first seen.</summary>
public sealed class LabelSet
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public LabelSet() { }

    public LabelSet(IEnumerable<string> names)
    {
        foreach (var n in names)
            Intern(n);
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public string this[int index] => _names[index];

    public int Intern(string name)
    {
        if (_index.TryGetValue(name, out var i))
            return i;
        i = _names.Count;
        _names.Add(name);
        _index[name] = i;
        return i;
    }

    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(_names.Count);
        foreach (var n in _names)
            writer.Write(n);
    }

    public static LabelSet Read(BinaryReader reader)
    {
        var set = new LabelSet();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
            set.Intern(reader.ReadString());
        return set;
    }
}
