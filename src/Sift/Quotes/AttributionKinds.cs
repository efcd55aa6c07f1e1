using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// Direct (all content inside quotation marks), mixed (a quoted part inside a paraphrase), indirect
/// (a paraphrase with a clause: "said (that) …"), or a speech act (no content, or content that is only
/// a noun phrase: "praised Y", "briefed Y on Z", "expressed satisfaction with Z").
/// </summary>
public static class AttributionKinds
{
    public static AttributionKind Of(AttributionDocument d, IReadOnlyList<Span> content)
    {
        if (content.Count == 0)
            return AttributionKind.SpeechAct;
        var text = d.Article.Text;
        var quoted = 0;
        var words = 0;
        var clause = false;
        var tokens = d.Text.Tokens;
        foreach (var fragment in content)
        {
            var i = FirstToken(tokens, fragment.Start);
            for (; i < tokens.Count && tokens[i].Start < fragment.End; i++)
            {
                if (tokens[i].Kind is TokenKind.Quote or TokenKind.Punctuation)
                    continue;
                words++;
                if (d.InQuote[i])
                    quoted++;
                var s = d.Syntax.Tokens[i];
                if (s.Upos is "VERB" or "AUX" && s.Relation is "ccomp" or "root" or "parataxis" or "xcomp" or "conj" or "advcl")
                    clause = true;
            }
        }
        if (words > 0 && quoted == words)
            return AttributionKind.Direct;
        if (quoted > 0)
            return AttributionKind.Mixed;
        return clause ? AttributionKind.Indirect : AttributionKind.SpeechAct;
    }

    private static int FirstToken(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
