using Sift.Model;
using static Sift.Quotes.RuleText;

namespace Sift.Quotes;

/// <summary>
/// "The FBI is reportedly making arrangements to interview Clinton": "reportedly" is the cue of an
/// attribution without a source, its content the clause it modifies without the adverb (two fragments
/// when it stands inside). PolNeAR's annotators mark it so in 19 of its 27 uses in train; the tagger,
/// which learns cues from verbs and nouns, seldom does. Added only where the tagger gave the adverb or
/// the verb it modifies no cue of its own.
/// </summary>
public static class ReportedlyRule
{
    public static void Apply(AttributionDocument d, List<FoundAttribution> found)
    {
        var text = d.Text;
        var body = d.Article.Text;
        var syntax = d.Syntax.Tokens;
        for (var si = 0; si < text.Sentences.Count; si++)
        {
            var sentence = text.Sentences[si];
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            for (var i = first; i < end; i++)
            {
                if (!Is(body, text.Tokens[i], "reportedly"))
                    continue;
                var head = syntax[i].Head;
                if (head < first || head >= end || syntax[head].Upos is not ("VERB" or "AUX" or "ADJ"))
                    continue;
                var adverb = text.Tokens[i].Span;
                var verb = text.Tokens[head].Span;
                if (AnyCueOverlaps(found, adverb, verb))
                    continue;
                var (from, to) = Clause(d, head, first, end);
                var content = new List<Span>(2);
                if (from < i)
                    content.Add(Range(text, from, i));
                if (i + 1 < to)
                    content.Add(Range(text, i + 1, to));
                if (content.Count == 0)
                    continue;
                InsertInCueOrder(found, new FoundAttribution(null, -1, adverb, i, content, si));
            }
        }
    }

    private static bool AnyCueOverlaps(List<FoundAttribution> found, Span adverb, Span verb)
    {
        foreach (var f in found)
        {
            if (f.Cue.Overlaps(adverb) || f.Cue.Overlaps(verb))
                return true;
        }
        return false;
    }

    /// <summary>The tokens the clause's head governs, as one range of the sentence, without its final punctuation.</summary>
    private static (int From, int To) Clause(AttributionDocument d, int head, int first, int end)
    {
        int from = head, to = head + 1;
        for (var i = first; i < end; i++)
        {
            if (!d.Syntax.Reaches(i, head))
                continue;
            from = Math.Min(from, i);
            to = Math.Max(to, i + 1);
        }
        while (to > from + 1 && d.Text.Tokens[to - 1].Kind == TokenKind.Punctuation)
            to--;
        while (from < to - 1 && d.Text.Tokens[from].Kind == TokenKind.Punctuation)
            from++;
        return (from, to);
    }
}
