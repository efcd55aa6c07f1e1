namespace Sift.Time;

/// <summary>A pattern matched over time tokens [First, Last], with the token bound to each named element.</summary>
internal sealed record TimexMatch(TimePattern Pattern, int First, int Last, IReadOnlyList<(string Name, int Token)> Bindings)
{
    public int? TokenOf(string name)
    {
        foreach (var (n, t) in Bindings)
        {
            if (n == name)
                return t;
        }
        return null;
    }
}

/// <summary>Finds time expressions in a sentence's tokens: at each token the longest pattern match wins.</summary>
internal static class TimexFinder
{
    public static List<TimexMatch> Find(List<TimeToken> tokens)
    {
        var found = new List<TimexMatch>();
        var bindings = new List<(string, int)>(8);
        var candidates = new List<int>(16);
        var i = 0;
        while (i < tokens.Count)
        {
            TimexMatch? best = null;
            PatternIndex.CandidatesAt(tokens[i], candidates);
            foreach (var p in candidates)
            {
                var pattern = TimePattern.All[p];
                bindings.Clear();
                var end = Match(pattern.Elements, 0, tokens, i, bindings);
                if (end > i && (best is null || end - 1 > best.Last))
                    best = new TimexMatch(pattern, i, end - 1, [.. bindings]);
            }
            if (best is null)
            {
                i++;
                continue;
            }
            if (best.Pattern.Type != "NONE")
                found.Add(best);
            i = best.Last + 1;
        }
        return found;
    }

    /// <summary>Matches elements[e..] from token t; returns the token index after the match, or -1.</summary>
    private static int Match(PatternElement[] elements, int e, List<TimeToken> tokens, int t, List<(string, int)> bindings)
    {
        if (e == elements.Length)
            return t;
        var element = elements[e];
        if (element.Kind == ElementKind.Not)
            return t < tokens.Count && Array.IndexOf(element.Words, tokens[t].Lower) >= 0 ? -1 : Match(elements, e + 1, tokens, t, bindings);
        if (element.Kind == ElementKind.Preceded)
            return t > 0 && Array.IndexOf(element.Words, tokens[t - 1].Lower) >= 0 ? Match(elements, e + 1, tokens, t, bindings) : -1;
        if (element.Kind == ElementKind.Followed)
            return t < tokens.Count && Array.IndexOf(element.Words, tokens[t].Lower) >= 0 ? Match(elements, e + 1, tokens, t, bindings) : -1;
        if (t < tokens.Count && Accepts(element, tokens[t]))
        {
            var mark = bindings.Count;
            if (element.Name.Length > 0)
                bindings.Add((element.Name, t));
            var end = Match(elements, e + 1, tokens, t + 1, bindings);
            if (end >= 0)
                return end;
            bindings.RemoveRange(mark, bindings.Count - mark);
        }
        return element.Optional ? Match(elements, e + 1, tokens, t, bindings) : -1;
    }

    private static bool Accepts(PatternElement element, in TimeToken token)
    {
        var w = token.Lower;
        switch (element.Kind)
        {
            case ElementKind.Literal:
                return Array.IndexOf(element.Words, w) >= 0;
            case ElementKind.Category:
                if (TimeLexicon.Value(w, element.Category!) is null)
                    return false;
                // Month, day and holiday names are capitalised in news; "may" and "march" in lower case are verbs.
                return element.Category is not ("month" or "weekday" or "holiday" or "holidayday") || token.Capitalized;
            case ElementKind.Year:
                return token.IsNumber && w.Length == 4 && int.TryParse(w, out var y) && y >= 1800 && y <= 2099;
            case ElementKind.Day:
                return token.IsNumber && TimexShapes.DayOfMonth(w) is not null;
            case ElementKind.Number:
                return token.IsNumber && TimexShapes.Integer(w) is not null;
            case ElementKind.Decade:
                return token.IsNumber && TimexShapes.Decade(w) is not null;
            case ElementKind.Iso:
                return token.IsNumber && TimexShapes.NumericDate(w) is not null;
            case ElementKind.Clock:
                return token.IsNumber && TimexShapes.Clock(w) is not null;
            default:
                return false;
        }
    }
}

/// <summary>
/// The patterns that can start at a token, by the elements that can match first (up to the first one
/// that is not optional): a literal word, a lexicon category, or a numeric shape. Patterns are tried
/// only where their first element can match, in file order.
/// </summary>
internal static class PatternIndex
{
    private static readonly Dictionary<string, int[]> ByWord = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int[]> ByCategory = new(StringComparer.Ordinal);
    private static readonly int[] ByShape;

    static PatternIndex()
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byShape = new List<int>();
        for (var p = 0; p < TimePattern.All.Count; p++)
        {
            foreach (var element in TimePattern.All[p].Elements)
            {
                switch (element.Kind)
                {
                    case ElementKind.Not or ElementKind.Followed or ElementKind.Preceded:
                        continue;
                    case ElementKind.Literal:
                        foreach (var w in element.Words)
                            Add(byWord, w, p);
                        break;
                    case ElementKind.Category:
                        Add(byCategory, element.Category!, p);
                        break;
                    default:
                        if (byShape.Count == 0 || byShape[^1] != p)
                            byShape.Add(p);
                        break;
                }
                if (!element.Optional)
                    break;
            }
        }
        foreach (var (k, v) in byWord)
            ByWord[k] = [.. v];
        foreach (var (k, v) in byCategory)
            ByCategory[k] = [.. v];
        ByShape = [.. byShape];
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int pattern)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (list.Count == 0 || list[^1] != pattern)
            list.Add(pattern);
    }

    /// <summary>Fills <paramref name="candidates"/> with the patterns that may start at <paramref name="token"/>, in file order.</summary>
    public static void CandidatesAt(in TimeToken token, List<int> candidates)
    {
        candidates.Clear();
        if (ByWord.TryGetValue(token.Lower, out var words))
            candidates.AddRange(words);
        if (TimeLexicon.Entries(token.Lower) is { } entries)
        {
            foreach (var (category, _) in entries)
            {
                if (ByCategory.TryGetValue(category, out var patterns))
                    candidates.AddRange(patterns);
            }
        }
        if (token.IsNumber)
            candidates.AddRange(ByShape);
        if (candidates.Count > 1)
        {
            candidates.Sort();
            var n = 1;
            for (var k = 1; k < candidates.Count; k++)
            {
                if (candidates[k] != candidates[n - 1])
                    candidates[n++] = candidates[k];
            }
            candidates.RemoveRange(n, candidates.Count - n);
        }
    }
}

/// <summary>Readers of the numeric shapes: days of the month, integers, decades, numeric dates, clock times.</summary>
internal static class TimexShapes
{
    public static int? DayOfMonth(string w)
    {
        var digits = w.Length > 2 && (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th")) ? w[..^2] : w;
        return digits.Length <= 2 && int.TryParse(digits, out var d) && d >= 1 && d <= 31 ? d : null;
    }

    public static int? Integer(string w) =>
        w.Length <= 6 && int.TryParse(w.Replace(",", ""), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>"1990s" → 199, "90s" → 199 (the twentieth century assumed for two digits).</summary>
    public static int? Decade(string w)
    {
        if (!w.EndsWith('s'))
            return null;
        var digits = w[..^1];
        if (digits.Length == 4 && int.TryParse(digits, out var y) && y % 10 == 0)
            return y / 10;
        if (digits.Length == 2 && int.TryParse(digits, out var yy) && yy % 10 == 0)
            return 190 + yy / 10;
        return null;
    }

    /// <summary>2017-08-30, 08/30/2017, 10/30/89, 08-16-90: (year, month, day).</summary>
    public static (int Year, int Month, int Day)? NumericDate(string w)
    {
        var parts = w.Split('-', '/');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsDigit)))
            return null;
        int a = int.Parse(parts[0]), b = int.Parse(parts[1]), c = int.Parse(parts[2]);
        (int y, int m, int d) = parts[0].Length == 4 ? (a, b, c) : (c < 100 ? (c < 30 ? 2000 + c : 1900 + c) : c, a, b);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1800 && y <= 2099 ? (y, m, d) : null;
    }

    /// <summary>"10:30", "07:56:00": (hour, minute).</summary>
    public static (int Hour, int Minute)? Clock(string w)
    {
        var parts = w.Split(':');
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], out var h) || !int.TryParse(parts[1], out var m))
            return null;
        return h <= 24 && m < 60 ? (h, m) : null;
    }
}
