using Sift.Model;

namespace Sift.Time;

/// <summary>
/// Adds the time layer: finds time expressions sentence by sentence (time-patterns.txt), picks the
/// anchor (the publication date, else the first full date in the text), and normalizes each
/// expression against it with the tense of its clause.
/// </summary>
public static class TimeAnalyzer
{
    private static readonly HashSet<string> AbsoluteResolvers =
        ["ymd", "iso", "ym", "y", "y2000", "decade", "season-year", "quarter-year", "each", "frequency", "duration", "one-year", "while", "and-a-half", "century", "couple", "units", "ref", "present", "past", "future"];

    /// <param name="syntax">When given, the tense of each expression's clause comes from the dependency tree; else from the words around it.</param>
    public static TimeLayer Analyze(Article article, TextLayer text, SyntaxLayer? syntax = null)
    {
        var found = new List<(int Sentence, List<TimeToken> Tokens, TimexMatch Match)>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var tokens = TimeToken.FromTokens(article.Text, text.TokensOf(text.Sentences[s]));
            foreach (var match in TimexFinder.Find(tokens))
                found.Add((s, tokens, match));
        }

        var (anchor, source) = ChooseAnchor(article, found);
        var expressions = new List<TimeExpression>(found.Count);
        var matches = new List<TimexMatch>(found.Count);
        var anaphors = new List<(int Index, string Unit, int Offset, int? Weekday)>();
        foreach (var (sentence, tokens, match) in found)
        {
            var span = new Span(tokens[match.First].Start, tokens[match.Last].End);
            var tense = TenseGuesser.Lead(tokens, match.First, match.Last);
            if (tense == Tense.Unknown && syntax is not null)
                tense = ClauseTense.Of(syntax, text.Sentences[sentence], text.Tokens, span);
            if (tense == Tense.Unknown)
                tense = TenseGuesser.Guess(tokens, match.First, match.Last);
            if (TimexResolver.Resolve(match, tokens, anchor, tense) is not var (value, mod))
                continue;
            var relative = !AbsoluteResolvers.Contains(match.Pattern.Resolver);
            if (match.Pattern.Resolver == "anaphor" && TimexResolver.Anaphor(match, tokens) is var (unit, offset, weekday))
                anaphors.Add((expressions.Count, unit, offset, weekday));
            expressions.Add(new TimeExpression(span, sentence, match.Pattern.Type, value, mod, relative ? anchor : null));
            matches.Add(match);
        }
        ResolveAnaphors(expressions, anaphors);
        if (anchor is { } a)
            CompareQuarters(matches, expressions, a);
        return new TimeLayer(anchor, source, expressions);
    }

    /// <summary>How many sentences back an expression such as "the following year" looks for the date it is named from.</summary>
    private const int AnaphorReach = 3;

    /// <summary>
    /// "The following year", "that day", "the previous Friday" are named from the latest date mentioned
    /// before them that is fine enough for their unit, within a few sentences; without one they keep
    /// their value from the anchor.
    /// </summary>
    private static void ResolveAnaphors(List<TimeExpression> expressions, List<(int Index, string Unit, int Offset, int? Weekday)> anaphors)
    {
        foreach (var (index, unit, offset, weekday) in anaphors)
        {
            var e = expressions[index];
            for (var j = index - 1; j >= 0 && expressions[j].Sentence >= e.Sentence - AnaphorReach; j--)
            {
                if (expressions[j].Type is not ("DATE" or "TIME"))
                    continue;
                if (TimexResolver.FromReference(expressions[j].Value, unit, offset, weekday) is { } value)
                {
                    expressions[index] = e with { Value = value };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "A year ago" and "a year earlier" next to a quarter compare quarters (third-quarter profit against
    /// a year earlier): they take the quarter named in the same sentence, else in the sentence before,
    /// a year (or n years) back. "Last year" stays the calendar year, as TimeBank's annotators read it.
    /// </summary>
    private static void CompareQuarters(List<TimexMatch> matches, List<TimeExpression> expressions, DateOnly anchor)
    {
        for (var i = 0; i < expressions.Count; i++)
        {
            var e = expressions[i];
            if (YearsBack(matches[i], e.Value, anchor) is not { } back)
                continue;
            TimeExpression? quarter = null;
            for (var j = 0; j < expressions.Count; j++)
            {
                var other = expressions[j];
                if (IsQuarter(other.Value) && (other.Sentence == e.Sentence || (other.Sentence == e.Sentence - 1 && quarter?.Sentence != e.Sentence)))
                    quarter = other;
            }
            if (quarter is not null)
                expressions[i] = e with { Value = $"{int.Parse(quarter.Value[..4]) - back:0000}-Q{quarter.Value[6]}" };
        }
    }

    private static bool IsQuarter(string value) =>
        value.Length == 7 && value[4] == '-' && value[5] == 'Q' && char.IsDigit(value[6]);

    /// <summary>
    /// "A year ago" next to a quarter compares quarters (results of the third quarter against a year
    /// earlier): how many years back such an expression points, else null.
    /// </summary>
    private static int? YearsBack(TimexMatch match, string value, DateOnly anchor) =>
        match.Pattern.Resolver is "ago" && value.Length == 4 && int.TryParse(value, out var year) && year < anchor.Year
            ? anchor.Year - year
            : null;

    private static (DateOnly?, AnchorSource) ChooseAnchor(Article article, List<(int, List<TimeToken>, TimexMatch)> found)
    {
        if (article.Metadata.Published is { } published)
            return (published, AnchorSource.Metadata);
        foreach (var (_, tokens, match) in found)
        {
            if (match.Pattern.Resolver is "ymd" or "iso"
                && TimexResolver.Resolve(match, tokens, null, Tense.Unknown) is var (value, _)
                && DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date))
                return (date, AnchorSource.InferredFromText);
        }
        return (null, AnchorSource.None);
    }
}
