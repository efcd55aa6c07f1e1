namespace Sift.Events;

/// <summary>An agent's code and which side of the actor code it goes: "~GOV" after ("SYR" → "SYRGOV"), "NGO~" before.</summary>
public readonly record struct AgentCode(string Code, bool Prefix);

/// <summary>
/// A PETRARCH-2 agents dictionary: role words ("PRESIDENT [~GOV]", "ARMED_FORCES {} [~MIL]",
/// "HUMAN_RIGHTS_BODY [NGO~]") with "!PERSON! = MAN, MEN, …" substitution sets expanded. Read-only after loading.
/// </summary>
public sealed class AgentDictionary
{
    private readonly Dictionary<string, List<(string[] Words, AgentCode Code, bool Exact)>> _byFirstWord = new(StringComparer.Ordinal);

    public int PhraseCount { get; private set; }

    public static AgentDictionary Load(string path)
    {
        var dictionary = new AgentDictionary();
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in DictionaryText.Lines(path))
        {
            var text = line.Trim();
            if (text.StartsWith('!') && text.IndexOf('=') is var eq and > 0)
            {
                sets[text[..eq].Trim()] = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            var (phraseAndPlurals, bracket) = DictionaryText.SplitBracket(text);
            if (bracket is null)
                continue;
            var code = bracket.Replace(" ", "", StringComparison.Ordinal);
            AgentCode agent;
            if (code.StartsWith('~'))
                agent = new AgentCode(code[1..], false);
            else if (code.EndsWith('~'))
                agent = new AgentCode(code[..^1], true);
            else
                continue;
            if (agent.Code.Length == 0)
                continue;
            var brace = phraseAndPlurals.IndexOf('{');
            var phrase = brace >= 0 ? phraseAndPlurals[..brace].Trim() : phraseAndPlurals;
            var plurals = brace >= 0 ? phraseAndPlurals[(brace + 1)..].TrimEnd('}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            // "POLICE {}": no plural, so the words must stand as written ("polices" is not police).
            var exact = brace >= 0 && plurals.Length == 0;
            foreach (var form in Expand(phrase, sets))
                dictionary.Add(form, agent, exact);
            foreach (var form in plurals.SelectMany(p => Expand(p, sets)))
                dictionary.Add(form, agent, false);
        }
        foreach (var list in dictionary._byFirstWord.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return dictionary;
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        foreach (var (name, members) in sets)
        {
            if (phrase.Contains(name, StringComparison.Ordinal))
                return members.SelectMany(m => Expand(phrase.Replace(name, m, StringComparison.Ordinal), sets));
        }
        return [phrase];
    }

    private void Add(string phrase, AgentCode code, bool exact)
    {
        var words = DictionaryText.Words(phrase);
        if (words.Length == 0)
            return;
        if (!_byFirstWord.TryGetValue(words[0], out var list))
            _byFirstWord[words[0]] = list = [];
        list.Add((words, code, exact));
        PhraseCount++;
    }

    /// <summary>The longest agent phrase starting at <paramref name="start"/> and ending before <paramref name="end"/>: its length and code, or length 0.</summary>
    public (int Length, AgentCode Code) Match(IReadOnlyList<string> words, IReadOnlyList<string> lemmas, int start, int end)
    {
        if (!_byFirstWord.TryGetValue(words[start], out var list) && !_byFirstWord.TryGetValue(lemmas[start], out list))
            return (0, default);
        foreach (var (entry, code, exact) in list)
        {
            var n = entry.Length;
            if (start + n > end)
                continue;
            var ok = true;
            for (var i = 0; i < n && ok; i++)
                ok = words[start + i] == entry[i] || !exact && lemmas[start + i] == entry[i];
            if (ok)
                return (n, code);
        }
        return (0, default);
    }

    /// <summary>The agent a title names ("Iranian Deputy Foreign Minister …" → ~GOV): the longest phrase, the last on a tie (the head comes last); or null.</summary>
    public AgentCode? InTitle(string title)
    {
        var words = DictionaryText.Words(title);
        AgentCode? best = null;
        var bestLength = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var (n, code) = Match(words, words, i, words.Length);
            if (n > 0 && n >= bestLength)
                (best, bestLength) = (code, n);
        }
        return best;
    }

    /// <summary>"SYR" with ~GOV → "SYRGOV"; NGO~ before "FRA" → "NGOFRA"; an agent alone is its own code.</summary>
    public static string Combine(string actor, AgentCode agent)
    {
        if (actor.Length == 0)
            return agent.Code;
        if (agent.Prefix)
            return actor.StartsWith(agent.Code, StringComparison.Ordinal) ? actor : agent.Code + actor;
        return actor.EndsWith(agent.Code, StringComparison.Ordinal) ? actor : actor + agent.Code;
    }
}
