using System.Reflection;

namespace Sift.Text;

/// <summary>
/// Reads the small word lists shipped inside the assembly: one entry a line, tab-separated columns.
/// A line that is "#" alone or starts with "# " is a comment ("#year" is an entry).
/// </summary>
internal static class EmbeddedLists
{
    public static IEnumerable<string[]> ReadRows(string resourcePath)
    {
        var name = "Sift." + resourcePath;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded list {name} is missing from the build");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || (line[0] == '#' && (line.Length == 1 || line[1] == ' ')))
                continue;
            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }
}
