namespace Sift.Entities.Places;

/// <summary>Walks the tab-separated fields of one UTF-8 line without allocating.</summary>
internal ref struct TabFields(ReadOnlySpan<byte> line)
{
    private ReadOnlySpan<byte> _rest = line;

    public ReadOnlySpan<byte> Next()
    {
        var tab = _rest.IndexOf((byte)'\t');
        ReadOnlySpan<byte> field;
        if (tab < 0)
        {
            field = _rest;
            _rest = default;
        }
        else
        {
            field = _rest[..tab];
            _rest = _rest[(tab + 1)..];
        }
        return field;
    }

    public void Skip(int count)
    {
        for (var i = 0; i < count; i++)
            Next();
    }
}
