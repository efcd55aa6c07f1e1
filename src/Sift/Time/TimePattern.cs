using Sift.Text;

namespace Sift.Time;

internal enum ElementKind : byte
{
    Literal,
    Category,
    Year,
    Day,
    Number,
    Decade,
    Iso,
    Clock,
    /// <summary>Zero-width: the next token must not be one of the words.</summary>
    Not,
    /// <summary>Zero-width: the next token must be one of the words.</summary>
    Followed,
    /// <summary>Zero-width: the token before must be one of the words.</summary>
    Preceded,
}

/// <summary>One element of a pattern: a word (or alternatives), a lexicon category, or a shape.</summary>
internal sealed record PatternElement(ElementKind Kind, string[] Words, string? Category, bool Optional)
{
    /// <summary>The name a match binds this element under (the category, or the shape).</summary>
    public string Name => Kind switch
    {
        ElementKind.Category => Category!,
        ElementKind.Literal or ElementKind.Not or ElementKind.Followed or ElementKind.Preceded => "",
        ElementKind.Year => "year",
        ElementKind.Day => "day",
        ElementKind.Number => "num",
        ElementKind.Decade => "decade",
        ElementKind.Iso => "iso",
        _ => "clock",
    };
}

/// <summary>A line of time-patterns.txt: elements, the TIMEX3 type, the resolver, and whether a mod applies.</summary>
internal sealed record TimePattern(int Line, PatternElement[] Elements, string Type, string Resolver, bool UsesMod)
{
    public static IReadOnlyList<TimePattern> All { get; } = Load();

    private static List<TimePattern> Load()
    {
        var patterns = new List<TimePattern>();
        var line = 0;
        foreach (var row in EmbeddedLists.ReadRows("Time/time-patterns.txt"))
        {
            line++;
            var text = string.Join(' ', row);
            var arrow = text.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0)
                throw new InvalidOperationException($"time-patterns.txt: no '=>' in \"{text}\"");
            var elements = text[..arrow].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseElement).ToArray();
            var result = text[(arrow + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            patterns.Add(new TimePattern(line, elements, result[0], result[1], result.Length > 2 && result[2] == "mod"));
        }
        return patterns;
    }

    private static PatternElement ParseElement(string s)
    {
        var optional = s.Length > 1 && s.EndsWith('?');
        if (optional)
            s = s[..^1];
        if (s.Length > 1 && s.StartsWith('!'))
            return new PatternElement(ElementKind.Not, s[1..].Split('|'), null, optional);
        if (s.Length > 1 && s.StartsWith('&'))
            return new PatternElement(ElementKind.Followed, s[1..].Split('|'), null, optional);
        if (s.Length > 1 && s.StartsWith('<'))
            return new PatternElement(ElementKind.Preceded, s[1..].Split('|'), null, optional);
        if (s.StartsWith('@'))
            return new PatternElement(ElementKind.Category, [], s[1..], optional);
        if (s.StartsWith('#'))
        {
            var kind = s[1..] switch
            {
                "year" => ElementKind.Year,
                "day" => ElementKind.Day,
                "num" => ElementKind.Number,
                "decade" => ElementKind.Decade,
                "iso" => ElementKind.Iso,
                "time" => ElementKind.Clock,
                var other => throw new InvalidOperationException($"time-patterns.txt: unknown shape #{other}"),
            };
            return new PatternElement(kind, [], null, optional);
        }
        return new PatternElement(ElementKind.Literal, s.Split('|'), null, optional);
    }
}
