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
        ["ymd", "iso", "ym", "y", "fiscal", "decade", "season-year", "quarter-year", "each", "duration", "ref", "present", "past", "future"];

    public static TimeLayer Analyze(Article article, TextLayer text)
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
        foreach (var (sentence, tokens, match) in found)
        {
            var tense = TenseGuesser.Guess(tokens, match.First, match.Last);
            if (TimexResolver.Resolve(match, tokens, anchor, tense) is not var (value, mod))
                continue;
            var span = new Span(tokens[match.First].Start, tokens[match.Last].End);
            var relative = !AbsoluteResolvers.Contains(match.Pattern.Resolver);
            expressions.Add(new TimeExpression(span, sentence, match.Pattern.Type, value, mod, relative ? anchor : null));
        }
        return new TimeLayer(anchor, source, expressions);
    }

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
