using Sift.Model;
using static Sift.Quotes.RuleText;

namespace Sift.Quotes;

/// <summary>
/// "According to X, …", "…, according to X." and "…, according to X, …": the cue is "according to", the source
/// the words after it up to the next comma, dash or bracket (or the sentence's end), the content the clause it
/// belongs to, without the final punctuation. Replaces what the tagger made of such a sentence.
/// </summary>
public static class AccordingToRule
{
    public static void Apply(AttributionDocument d, List<FoundAttribution> found)
    {
        var text = d.Text;
        var body = d.Article.Text;
        for (var si = 0; si < text.Sentences.Count; si++)
        {
            var sentence = text.Sentences[si];
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i + 2 < end; i++)
            {
                if (!Is(body, text.Tokens[i], "according") || !Is(body, text.Tokens[i + 1], "to"))
                    continue;
                var sourceFrom = i + 2;
                var sourceTo = SourceEnd(d, i, sourceFrom, end);
                if (sourceTo == sourceFrom)
                    continue;
                var content = Content(d, sentence.FirstToken, end, i, sourceTo);
                if (content.Count == 0)
                    continue;
                var cue = new Span(text.Tokens[i].Start, text.Tokens[i + 1].End);
                var source = Range(text, sourceFrom, sourceTo);
                RemoveReplaced(found, si, cue, source);
                InsertInCueOrder(found, new FoundAttribution(source, d.Syntax.HeadOf(sourceFrom, sourceTo), cue, i, content, si));
                break;
            }
        }
    }

    /// <summary>
    /// The source runs to the next break or the sentence's end, and on over a comma to the end of an apposition
    /// of its noun: "according to the Human Rights Campaign, an advocacy group".
    /// </summary>
    private static int SourceEnd(AttributionDocument d, int according, int from, int end)
    {
        var text = d.Text;
        var body = d.Article.Text;
        var to = from;
        while (to < end && !IsBreak(body, text.Tokens[to]))
            to++;
        var noun = d.Syntax.Tokens[according].Head;
        if (noun < from || noun >= to)
            return to;
        // Only an apposition carries the source over its comma (the parse may call it a conjunct without a
        // conjunction); the phrase's other dependents there are the parse's guesses.
        if (to + 1 >= end || !IsChar(body, text.Tokens[to], ',') || !d.Syntax.Reaches(to + 1, noun))
            return to;
        var appositive = false;
        for (var t = to + 1; t < end && d.Syntax.Reaches(t, noun) && !appositive; t++)
            appositive = d.Syntax.Tokens[t].Head == noun && IsApposition(d.Syntax, t);
        if (!appositive)
            return to;
        var last = d.Syntax.Subtree(noun, noun, end).To - 1;
        while (last >= to && text.Tokens[last].Kind == TokenKind.Punctuation)
            last--;
        return Math.Max(to, last + 1);
    }

    private static bool IsApposition(SyntaxLayer syntax, int token)
    {
        var relation = syntax.Tokens[token].Relation;
        if (relation == "appos")
            return true;
        if (relation != "conj")
            return false;
        for (var t = token - 1; t >= 0 && syntax.Tokens[t].Head == token; t--)
        {
            if (syntax.Tokens[t].Relation == "cc")
                return false;
        }
        return true;
    }

    /// <summary>
    /// What was said: the clause "according to X" belongs to. Sentence-initial, the rest of the sentence; at the
    /// end, the words before it; set off by commas inside the sentence, the words before it, and the words after
    /// it as well where the predicate it hangs from comes after ("Fundraising, according to the campaign, has
    /// surged"; "… is “very high,” according to authorities, and the disease could …" is the words before).
    /// </summary>
    private static List<Span> Content(AttributionDocument d, int first, int end, int according, int sourceTo)
    {
        var text = d.Text;
        var content = new List<Span>(2);
        var afterFrom = sourceTo < end && IsChar(d.Article.Text, text.Tokens[sourceTo], ',') ? sourceTo + 1 : end;
        var before = Trimmed(text, first, according);
        var takeAfter = before.To <= before.From || afterFrom < end && d.Syntax.Tokens[d.Syntax.HeadOf(before.From, before.To)].Upos is not ("VERB" or "AUX" or "ADJ");
        if (before.To > before.From)
            content.Add(Range(text, before.From, before.To));
        if (takeAfter && Trimmed(text, afterFrom, end) is var after && after.To > after.From)
            content.Add(Range(text, after.From, after.To));
        return content;
    }

    private static (int From, int To) Trimmed(TextLayer text, int from, int to)
    {
        while (to > from && text.Tokens[to - 1].Kind == TokenKind.Punctuation)
            to--;
        return (from, to);
    }

    /// <summary>Drops what the tagger made of the same cue or source in the sentence.</summary>
    private static void RemoveReplaced(List<FoundAttribution> found, int sentence, Span cue, Span source)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var f = found[k];
            if (f.Sentence == sentence && (f.Cue.Overlaps(cue) || (f.Source is { } s && s.Overlaps(source))))
                found.RemoveAt(k);
        }
    }

    private static bool IsBreak(string body, Token token) =>
        token.Kind == TokenKind.Punctuation && body[token.Start] is ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '—' or '–'
        || token.End == token.Start + 1 && body[token.Start] == '-';
}
