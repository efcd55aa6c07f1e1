using Sift.Model;
using static Sift.Quotes.RuleText;

namespace Sift.Quotes;

/// <summary>
/// A headline's "Speaker: claim" ("Roger Stone: Don’t Trust the Voting Machines", "Poll: Trump and
/// Clinton hold narrow leads"): the cue is the colon, the source the noun phrase before it, the content the
/// rest of the headline up to a semicolon, without its final punctuation. Headline conventions rather
/// than grammar, so the tagger rarely learns them. Added only where the tagger found no attribution at or
/// before the colon. Labels that are not speakers ("The Latest:", "EXCLUSIVE:", "Delegate Update:") and
/// headlines whose second half is a title rather than a claim ("Netanyahu and Obama: A tortured
/// relationship") are left alone.
/// </summary>
public static class HeadlineSpeakerRule
{
    private const int LongestSpeaker = 6;

    /// <summary>Nouns that speak in headlines without being names: "Poll:", "Historians:", "Clinton camp:".</summary>
    private static readonly HashSet<string> SpeakingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "poll", "report", "survey", "study", "newspaper", "camp", "campaign", "official", "expert", "aide",
        "source", "lawmaker", "insider", "historian", "economist", "analyst",
    };

    /// <summary>Section labels and teasers that stand before a colon like a speaker.</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "update", "exclusive", "breaking", "watch", "look", "wow", "bombshell", "byline", "notice",
        "email", "newsletter", "briefing", "live", "video", "opinion", "editorial", "analysis", "explainer",
    };

    public static void Apply(AttributionDocument d, List<FoundAttribution> found)
    {
        var text = d.Text;
        var body = d.Article.Text;
        for (var si = 0; si < text.Sentences.Count; si++)
        {
            var sentence = text.Sentences[si];
            if (text.Paragraphs[sentence.Paragraph].Kind != ParagraphKind.Headline)
                continue;
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            var colon = -1;
            for (var i = first; i < end && colon < 0; i++)
            {
                if (IsChar(body, text.Tokens[i], ':'))
                    colon = i;
            }
            if (colon < 0)
                continue;
            // A kicker set off by a dash ("EXCLUSIVE – Roger Stone: …") is not part of the speaker.
            var from = first;
            for (var i = first; i < colon; i++)
            {
                if (IsDash(body, text.Tokens[i]))
                    from = i + 1;
            }
            var to = end;
            for (var i = colon + 1; i < end; i++)
            {
                if (IsChar(body, text.Tokens[i], ';'))
                {
                    to = i;
                    break;
                }
            }
            while (to > colon + 1 && text.Tokens[to - 1].Kind == TokenKind.Punctuation)
                to--;
            if (!IsSpeaker(d, from, colon) || !IsClaim(d, colon + 1, to))
                continue;
            var colonSpan = text.Tokens[colon].Span;
            if (ClaimedUpTo(found, si, colonSpan))
                continue;
            InsertInCueOrder(found, new FoundAttribution(Range(text, from, colon), d.Syntax.HeadOf(from, colon), colonSpan, colon,
                [Range(text, colon + 1, to)], si));
        }
    }

    /// <summary>A short noun phrase that ends in a name or a speaking noun, without a verb or preposition.</summary>
    private static bool IsSpeaker(AttributionDocument d, int from, int to)
    {
        if (to <= from || to - from > LongestSpeaker)
            return false;
        var body = d.Article.Text;
        var tokens = d.Text.Tokens;
        if (Is(body, tokens[from], "the"))
            return false;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            var form = body.AsSpan(token.Start, token.End - token.Start);
            if (Labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form) || IsShouted(form))
                return false;
            if (d.Syntax.Tokens[i].Upos is "VERB" or "AUX" or "ADP" or "INTJ" or "ADV" or "PRON" or "SCONJ")
                return false;
        }
        var last = d.Syntax.Tokens[to - 1];
        return last.Upos == "PROPN"
            || last.Upos == "NOUN" && last.Lemma is { } lemma && SpeakingNouns.Contains(lemma);
    }

    /// <summary>
    /// A claim rather than a title: not a question, and a phrase that opens with an article ("A tortured
    /// relationship") only with a finite verb ("The economy is failing").
    /// </summary>
    private static bool IsClaim(AttributionDocument d, int from, int to)
    {
        if (to - from < 2)
            return false;
        var body = d.Article.Text;
        var tokens = d.Text.Tokens;
        if (tokens[from].Kind == TokenKind.Quote)
            return true;
        if (to < tokens.Count && IsChar(body, tokens[to], '?'))
            return false;
        if (!Is(body, tokens[from], "a") && !Is(body, tokens[from], "an") && !Is(body, tokens[from], "the"))
            return true;
        for (var i = from; i < to; i++)
        {
            if (d.Syntax.Tokens[i] is { Upos: "AUX" } or { Xpos: "VBZ" or "VBD" or "VBP" or "MD" })
                return true;
        }
        return false;
    }

    /// <summary>Whether the tagger found an attribution of the sentence with its cue at or before the colon, or spanning it.</summary>
    private static bool ClaimedUpTo(List<FoundAttribution> found, int sentence, Span colon)
    {
        foreach (var f in found)
        {
            if (f.Sentence == sentence && (f.Cue.Start <= colon.Start || Covers(f, colon)))
                return true;
        }
        return false;
    }

    private static bool Covers(FoundAttribution f, Span colon)
    {
        if (f.Source is { } s && s.Overlaps(colon))
            return true;
        foreach (var fragment in f.Content)
        {
            if (fragment.Overlaps(colon))
                return true;
        }
        return false;
    }

    /// <summary>A word of four or more capitals: a kicker ("EXCLUSIVE", "BOOM"), not an acronym ("AP", "CNN").</summary>
    private static bool IsShouted(ReadOnlySpan<char> form)
    {
        if (form.Length < 4)
            return false;
        foreach (var c in form)
        {
            if (!char.IsUpper(c))
                return false;
        }
        return true;
    }

    private static bool IsDash(string body, Token token) =>
        token.Kind == TokenKind.Punctuation && body[token.Start] is '–' or '—' or '-';
}
