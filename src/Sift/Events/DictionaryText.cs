using Sift.Intake;

namespace Sift.Events;

/// <summary>
/// The text conventions every PETRARCH-2 dictionary shares: "#" comments to the end of the line,
/// "&lt;!-- … --&gt;" comment blocks (the validation files), blank lines ignored, phrases upper-case with
/// words joined by "_" or spaces.
/// </summary>
internal static class DictionaryText
{
    /// <summary>The file's lines with comments removed and trailing space trimmed; blank ones left out. Leading space is kept (it marks code lines).</summary>
    public static IEnumerable<string> Lines(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "the event dictionary file does not exist");
        var inBlock = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            if (inBlock)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                    continue;
                inBlock = false;
                line = line[(close + 3)..];
            }
            var open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open >= 0)
            {
                var close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    inBlock = true;
                    line = line[..open];
                }
                else
                    line = line[..open] + line[(close + 3)..];
            }
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            line = line.TrimEnd();
            if (line.Length == 0 || line.Trim().Length == 0)
                continue;
            yield return line;
        }
    }

    /// <summary>"BASHAR_AL-ASSAD_" → ["BASHAR", "AL-ASSAD"]: upper-case words, "_" and spaces both separators.</summary>
    public static string[] Words(string phrase) =>
        phrase.ToUpperInvariant().Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Splits "PHRASE [CODE] rest" into the phrase and the bracketed text (null when none).</summary>
    public static (string Phrase, string? Bracket) SplitBracket(string line)
    {
        var open = line.IndexOf('[');
        if (open < 0)
            return (line.Trim(), null);
        var close = line.IndexOf(']', open + 1);
        var inside = close < 0 ? line[(open + 1)..] : line[(open + 1)..close];
        return (line[..open].Trim(), inside.Trim());
    }
}
