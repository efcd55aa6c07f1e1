using System.Globalization;

namespace Sift.Events;

/// <summary>One actor code with the period it holds for (either end open).</summary>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}

/// <summary>
/// A PETRARCH-2 actor dictionary: phrases ("BASHAR_AL-ASSAD", synonyms on "+" lines) mapped to CAMEO actor
/// codes, each possibly restricted to a period ("[SYRGOV &gt;000717]"). Read-only after loading.
/// </summary>
public sealed class ActorDictionary
{
    private readonly Dictionary<string, List<PhraseEntry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<List<DatedCode>> _actors = [];

    internal readonly record struct PhraseEntry(string[] Words, int Actor);

    public int PhraseCount { get; private set; }
    public int ActorCount => _actors.Count;

    /// <summary>Reads one or more actor files into one dictionary; the first file to list a phrase wins.</summary>
    public static ActorDictionary Load(params string[] paths)
    {
        var dictionary = new ActorDictionary();
        foreach (var path in paths)
            dictionary.Read(path);
        foreach (var list in dictionary._byFirstWord.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return dictionary;
    }

    private void Read(string path)
    {
        List<DatedCode>? current = null;
        foreach (var line in DictionaryText.Lines(path))
        {
            var indented = char.IsWhiteSpace(line[0]);
            var text = line.Trim();
            if (text.StartsWith('['))
            {
                // A code line of the current actor: "[SYRGOV >000717]".
                if (current is not null && DictionaryText.SplitBracket(text).Bracket is { } codeText && ParseCode(codeText) is { } code)
                    current.Add(code);
                continue;
            }
            var synonym = text.StartsWith('+');
            if (synonym)
                text = text[1..];
            var (phrase, bracket) = DictionaryText.SplitBracket(text);
            if (!synonym && !indented || current is null)
            {
                current = [];
                _actors.Add(current);
            }
            if (bracket is not null && ParseCode(bracket) is { } inline)
                current.Add(inline);
            AddPhrase(phrase, _actors.Count - 1);
        }
    }

    private void AddPhrase(string phrase, int actor)
    {
        var words = DictionaryText.Words(phrase);
        if (words.Length == 0)
            return;
        if (!_byFirstWord.TryGetValue(words[0], out var list))
            _byFirstWord[words[0]] = list = [];
        list.Add(new PhraseEntry(words, actor));
        PhraseCount++;
        if (words.Length > 1 && phrase.Contains('_'))
        {
            // A text that writes the phrase as one token ("Dol_Amroth").
            var joined = string.Join('_', words);
            if (!_byFirstWord.TryGetValue(joined, out var single))
                _byFirstWord[joined] = single = [];
            single.Add(new PhraseEntry([joined], actor));
        }
    }

    /// <summary>"SYRGOV &gt;000717", "HOB &lt; 950601", "HOBGOV 19950601 - 19990815", "---" (no code).</summary>
    internal static DatedCode? ParseCode(string text)
    {
        var parts = text.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var code = parts[0];
        if (code.StartsWith('~') || code.EndsWith('~'))
            return null;
        if (code is "---" or "+++")
            code = "";
        if (parts.Length == 1)
            return new DatedCode(code, null, null);
        var range = parts[1].Replace(" ", "", StringComparison.Ordinal);
        if (range.StartsWith('<'))
            return new DatedCode(code, null, ParseDate(range[1..]));
        if (range.StartsWith('>'))
            return new DatedCode(code, ParseDate(range[1..]), null);
        var dash = range.IndexOf('-');
        if (dash > 0)
            return new DatedCode(code, ParseDate(range[..dash]), ParseDate(range[(dash + 1)..]));
        return new DatedCode(code, null, null);
    }

    /// <summary>YYMMDD (years below 30 are 20YY) or YYYYMMDD.</summary>
    internal static DateOnly? ParseDate(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return null;
        int year, month, day;
        if (text.Length == 8)
            (year, month, day) = (value / 10000, value / 100 % 100, value % 100);
        else if (text.Length == 6)
        {
            var yy = value / 10000;
            (year, month, day) = (yy < 30 ? 2000 + yy : 1900 + yy, value / 100 % 100, value % 100);
        }
        else
            return null;
        month = Math.Clamp(month, 1, 12);
        day = Math.Clamp(day, 1, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }

    /// <summary>The actor code for <paramref name="actor"/> on <paramref name="date"/>: the first code whose period covers it, else the first undated one.</summary>
    public string? CodeOf(int actor, DateOnly? date)
    {
        var codes = _actors[actor];
        string? undated = null;
        foreach (var code in codes)
        {
            if (code.From is null && code.To is null)
            {
                undated ??= code.Code;
                continue;
            }
            if (date is { } d && code.Covers(d))
                return code.Code;
        }
        return undated ?? (date is null && codes.Count > 0 ? codes[^1].Code : null);
    }

    /// <summary>
    /// The longest phrase that starts at <paramref name="start"/> of <paramref name="words"/> (upper-case token
    /// texts) and ends before <paramref name="end"/>: its length in tokens and actor, or (0, -1).
    /// </summary>
    public (int Length, int Actor) Match(IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start, int end)
    {
        if (!_byFirstWord.TryGetValue(words[start], out var list) && !_byFirstWord.TryGetValue(lemmas[start], out list)
            && !(words[start].IndexOf('_') is var joint and > 0 && _byFirstWord.TryGetValue(words[start][..joint], out list)))
            return (0, -1);
        foreach (var entry in list)
        {
            if (Covers(entry.Words, words, lemmas, start, end) is var n and > 0)
                return (n, entry.Actor);
        }
        return (0, -1);
    }

    /// <summary>
    /// How many tokens from <paramref name="start"/> spell the phrase, or 0. A token the text joined with "_"
    /// ("Dol_Amroth", PETRARCH's way of writing one name) stands for as many words of the phrase.
    /// </summary>
    private static int Covers(string[] phrase, IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start, int end)
    {
        var t = start;
        for (var k = 0; k < phrase.Length; t++)
        {
            if (t >= end)
                return 0;
            if (words[t] == phrase[k] || lemmas[t] == phrase[k])
            {
                k++;
                continue;
            }
            var token = words[t];
            var at = 0;
            while (k < phrase.Length && string.CompareOrdinal(token, at, phrase[k], 0, phrase[k].Length) == 0 && at + phrase[k].Length <= token.Length)
            {
                at += phrase[k].Length;
                k++;
                if (at == token.Length)
                    break;
                if (token[at] != '_')
                    return 0;
                at++;
            }
            if (at != token.Length)
                return 0;
        }
        return t - start;
    }

    /// <summary>The actor a whole name ("Bashar al-Assad") is listed as, or -1.</summary>
    public int Lookup(string name)
    {
        var words = DictionaryText.Words(name.Replace('’', '\''));
        if (words.Length == 0)
            return -1;
        var (length, actor) = Match(words, words, 0, words.Length);
        return length == words.Length ? actor : -1;
    }
}
