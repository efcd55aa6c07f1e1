namespace Sift.Entities.Places;

/// <summary>
/// Walks the lines of a UTF-8 file's bytes, without their line ends, skipping empty lines. The
/// GeoNames files are read as bytes: most of cities15000 (other-script alternate names) is never
/// decoded at all.
/// </summary>
internal ref struct Utf8Lines(ReadOnlySpan<byte> text)
{
    private ReadOnlySpan<byte> _rest = text.StartsWith("\uFEFF"u8) ? text[3..] : text;

    public ReadOnlySpan<byte> Current { get; private set; }

    public readonly Utf8Lines GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_rest.Length > 0)
        {
            var end = _rest.IndexOf((byte)'\n');
            var line = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? default : _rest[(end + 1)..];
            if (line.Length > 0 && line[^1] == '\r')
                line = line[..^1];
            if (line.Length > 0)
            {
                Current = line;
                return true;
            }
        }
        return false;
    }
}
