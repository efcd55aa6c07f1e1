namespace Sift.Entities.Places;

/// <summary>
/// Places (or anything else) by name, under <see cref="PlaceNames.Key"/>. Names compare
/// case-insensitively ("DAMASCUS" in a headline is Damascus), except acronyms, which must match
/// exactly: an all-capital alias ("US", "UAE") only matches itself, and an all-capital lookup of two
/// or three letters only matches such an alias ("UN" is not Un, India). A lookup with no capital
/// letter finds nothing. Values keep the order they were added in.
/// </summary>
internal sealed class NameIndex<T> where T : class
{
    /// <summary>All-capital lookups this short are acronyms; longer ones may be a headline's "GAZA".</summary>
    private const int LongestAcronym = 3;

    private readonly Dictionary<string, T[]> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, T[]> _acronyms = new(StringComparer.Ordinal);

    public void Add(string name, T value)
    {
        var key = PlaceNames.Key(name);
        if (key.Length < 2)
            return;
        var table = PlaceNames.IsAcronym(key) ? _acronyms : _names;
        if (!table.TryGetValue(key, out var values))
        {
            table[key] = [value];
            return;
        }
        if (Array.IndexOf(values, value) >= 0)
            return;
        // Names are shared by a handful of places at most; a grown copy keeps each entry one small array.
        Array.Resize(ref values, values.Length + 1);
        values[^1] = value;
        table[key] = values;
    }

    public ReadOnlySpan<T> Find(string name)
    {
        if (!PlaceNames.HasCapital(name))
            return [];
        var key = PlaceNames.Key(name);
        if (PlaceNames.IsAcronym(key))
        {
            if (_acronyms.TryGetValue(key, out var exact))
                return exact;
            if (key.Length <= LongestAcronym)
                return [];
        }
        return _names.TryGetValue(key, out var values) ? values : [];
    }
}
