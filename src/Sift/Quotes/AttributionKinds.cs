using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// Direct (all content inside quotation marks), mixed (a quoted part inside a paraphrase), indirect
/// (a paraphrase with a clause: "said (that) …"), or a speech act (no content, or content that is only
/// a noun phrase: "praised Y", "briefed Y on Z", "expressed satisfaction with Z", "exchanged views on the
/// process of the talks aimed at …": a verb inside the noun phrase makes no clause of it).
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
            var (first, end) = d.Text.TokensIn(fragment);
            for (var i = first; i < end; i++)
            {
                if (tokens[i].Kind is TokenKind.Quote or TokenKind.Punctuation)
                    continue;
                words++;
                if (d.InQuote[i])
                    quoted++;
                if (!clause && d.Syntax.Tokens[i].Head is var head && (head < first || head >= end))
                    clause = HeadsAClause(d.Syntax, i, first, end);
            }
        }
        if (words > 0 && quoted == words)
            return AttributionKind.Direct;
        if (quoted > 0)
            return AttributionKind.Mixed;
        return clause ? AttributionKind.Indirect : AttributionKind.SpeechAct;
    }

    /// <summary>Whether a word the content hangs from is a verb, or has a subject or copula among the content's words ("the plan is dead").</summary>
    private static bool HeadsAClause(SyntaxLayer syntax, int top, int first, int end)
    {
        if (syntax.Tokens[top].Upos is "VERB" or "AUX")
            return true;
        for (var j = first; j < end; j++)
        {
            var t = syntax.Tokens[j];
            if (t.Head == top && t.Relation is "cop" or "nsubj" or "nsubj:pass" or "expl")
                return true;
        }
        return false;
    }
}
