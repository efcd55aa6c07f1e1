using Sift.Text;

namespace Sift.Time;

/// <summary>
/// Guesses whether the clause around a time expression speaks of the past or the future, from the
/// nearest tense cue on either side (time-tense-cues.txt): a modal or plan word, or a past form.
/// </summary>
internal static class TenseGuesser
{
    /// <summary>The rows of time-tense-cues.txt (word, kind), read once for every list below.</summary>
    private static readonly string[][] CueRows = [.. EmbeddedLists.ReadRows("Time/time-tense-cues.txt")];

    private static readonly Dictionary<string, Tense> Cues =
        CueRows.Where(r => r[1] is "past" or "future")
            .ToDictionary(r => r[0], r => r[1] == "future" ? Tense.Future : Tense.Past, StringComparer.Ordinal);

    /// <summary>Verb lemmas whose infinitive complement lies ahead of them ("planned to meet").</summary>
    internal static readonly HashSet<string> AheadVerbs =
        CueRows.Where(r => r[1] is "ahead" or "plan").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Verb lemmas whose object lies ahead of them whatever their tense ("planned a rally on Saturday").</summary>
    internal static readonly HashSet<string> PlanVerbs =
        CueRows.Where(r => r[1] == "plan").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that, right before a time expression, fix its direction whatever the tense of the clause:
    /// "payable Jan. 3", "effective Feb. 1" look ahead; "since March" looks back. A deadline ("until
    /// Tuesday", "by Friday") looks ahead too, unless the clause is in the past perfect: "had filed
    /// reports by Wednesday" speaks of a deadline already passed.
    /// </summary>
    private static readonly Dictionary<string, string> Leads =
        CueRows.Where(r => r[1] is "lead-past" or "lead-future" or "deadline")
            .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>How many tokens either side of a deadline are searched for a past perfect "had".</summary>
    private const int PastPerfectReach = 6;

    /// <summary>The direction fixed by the word right before the expression, else Unknown.</summary>
    public static Tense Lead(List<TimeToken> tokens, int first, int last)
    {
        if (first == 0 || !Leads.TryGetValue(tokens[first - 1].Lower, out var kind))
            return Tense.Unknown;
        if (kind == "lead-past")
            return Tense.Past;
        if (kind == "deadline")
        {
            for (var i = Math.Max(0, first - 1 - PastPerfectReach); i <= Math.Min(tokens.Count - 1, last + PastPerfectReach); i++)
            {
                if (tokens[i].Lower == "had")
                    return Tense.Unknown;
            }
        }
        return Tense.Future;
    }

    public static Tense Guess(List<TimeToken> tokens, int first, int last)
    {
        for (var distance = 1; distance < tokens.Count; distance++)
        {
            var before = first - distance;
            var after = last + distance;
            if (before < 0 && after >= tokens.Count)
                break;
            if (after < tokens.Count && CueOf(tokens[after].Lower) is { } t1)
                return t1;
            if (before >= 0 && CueOf(tokens[before].Lower) is { } t2)
                return t2;
        }
        return Tense.Unknown;
    }

    private static Tense? CueOf(string word)
    {
        if (Cues.TryGetValue(word, out var tense))
            return tense;
        // Regular past forms: launched, started, arrived (not "need", "speed", "red").
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLetter(word[0]) ? Tense.Past : null;
    }
}
