using Sift.Model;
using static Sift.Quotes.RuleText;

namespace Sift.Quotes;

/// <summary>
/// "According to X, …" and "…, according to X.": the cue is "according to", the source the words after it up
/// to the next comma (or the sentence's end), the content the rest of the sentence on the other side of the
/// comma, without the final punctuation. Replaces what the tagger made of such a sentence.
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
                var sourceTo = sourceFrom;
                while (sourceTo < end && !IsBreak(body, text.Tokens[sourceTo]))
                    sourceTo++;
                if (sourceTo == sourceFrom)
                    continue;
                // Content: after the comma that closes the source, else before "according to".
                int contentFrom, contentTo;
                if (sourceTo < end - 1 && body[text.Tokens[sourceTo].Start] == ',')
                {
                    contentFrom = sourceTo + 1;
                    contentTo = end;
                }
                else
                {
                    contentFrom = sentence.FirstToken;
                    contentTo = i;
                }
                while (contentTo > contentFrom && text.Tokens[contentTo - 1].Kind == TokenKind.Punctuation)
                    contentTo--;
                if (contentTo <= contentFrom)
                    continue;
                var cue = new Span(text.Tokens[i].Start, text.Tokens[i + 1].End);
                var source = Range(text, sourceFrom, sourceTo);
                RemoveReplaced(found, si, cue, source);
                InsertInCueOrder(found, new FoundAttribution(source, d.Syntax.HeadOf(sourceFrom, sourceTo), cue, i,
                    [Range(text, contentFrom, contentTo)], si));
                break;
            }
        }
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
        token.Kind == TokenKind.Punctuation && body[token.Start] is ',' or '.' or ';' or ':' or '!' or '?';
}
