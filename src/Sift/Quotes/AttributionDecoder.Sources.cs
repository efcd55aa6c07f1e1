using Sift.Model;

namespace Sift.Quotes;

// Who an attribution's source is: the tagged run, the cue's subject, or the name after a quote's cue, and
// the bounds of each (no dateline, see AttributionDocument.Datelines; no day at its end).
public static partial class AttributionDecoder
{
    /// <summary>
    /// The source's tokens and head word: the tagged run, unless the cue's own nominal subject is the
    /// better span. A tagged source inside that subject is the whole subject: the tagger stops short of a
    /// noun phrase's end ("Multiple | outlets", "Republican | presidential nominee Donald Trump"). A tagged
    /// source apart from it loses to it when it is no subject ("On Sunday, … Obama said") or when the cue's
    /// subject stands right before the cue ("Shays was pro Kasich …, he said"). Without a tagged
    /// source, the tagger missed it: the cue's active subject, with its modifiers, or the subject of the
    /// clause a participle cue hangs from. Before all that, a tagged dateline counts as no source, and a
    /// name right after a quote's cue is the speaker (see <see cref="SpeakerAfterQuote"/>).
    /// </summary>
    private static (int From, int To, int Head)? SourceOf(AttributionDocument d, Run? tagged, Run cue)
    {
        if (IsRaising(d, cue))
            return null;
        if (tagged is { } r && d.DatelineEnd(r.From) is var datelineEnd and >= 0)
            tagged = datelineEnd >= r.To ? null : r with { From = datelineEnd };
        if (SpeakerAfterQuote(d, cue) is { } inverted)
        {
            return tagged is { } t && t.To > inverted.From && t.From < inverted.To
                ? (t.From, t.To, d.Syntax.HeadOf(t.From, t.To))
                : inverted;
        }
        var subject = SubjectOf(d, cue.From, cue.To);
        if (tagged is not { } s)
            return subject ?? SubjectOfGoverningVerb(d, cue.From, cue.To);
        if (subject is { } own)
        {
            var inside = own.From <= s.From && s.To <= own.To;
            var apart = own.To <= s.From || own.From >= s.To;
            if (inside || (apart && (!IsSubject(d, s) || own.To == cue.From)))
                return own;
        }
        return (s.From, s.To, d.Syntax.HeadOf(s.From, s.To));
    }

    /// <summary>
    /// The subtree of the cue's nominal subject (not passive, not expletive "it", not a dateline's name), when it
    /// has one. Where the parse made the dateline's name the subject, the phrase it took in apposition after the
    /// dateline is the subject ("BOSTON (Reuters) - A U.S. judge … ordered").
    /// </summary>
    private static (int From, int To, int Head)? SubjectOf(AttributionDocument d, int from, int to)
    {
        var sentence = d.Text.Sentences[d.SentenceOf[from]];
        var first = d.DatelineEnd(sentence.FirstToken) is var datelineEnd and >= 0 ? datelineEnd : sentence.FirstToken;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var t = d.Syntax.Tokens[i];
            if (t.Head < from || t.Head >= to || t.Relation != "nsubj" || t.Lemma == "it" || t.Upos is not ("NOUN" or "PROPN" or "PRON"))
                continue;
            if (i < first && AppositionAfter(d, i, first, end) is var apposition and >= 0)
                i = apposition;
            else if (i < first)
                continue;
            var (lo, hi) = d.Syntax.Subtree(i, first, Math.Min(end, from));
            while (lo < i && d.Text.Tokens[lo].Kind == TokenKind.Punctuation)
                lo++;
            while (hi > lo + 1 && d.Text.Tokens[hi - 1].Kind == TokenKind.Punctuation)
                hi--;
            return (lo, hi, i);
        }
        return null;
    }

    /// <summary>The first word from <paramref name="from"/> on in apposition to <paramref name="name"/>, or -1.</summary>
    private static int AppositionAfter(AttributionDocument d, int name, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (d.Syntax.Tokens[j].Head == name && d.Syntax.Tokens[j].Relation == "appos")
                return j;
        }
        return -1;
    }

    /// <summary>
    /// A source that ends inside a relative clause on its name ("the Iranian diplomat, who arrived | in
    /// Damascus on Wednesday, briefed …", "Beck, who supported Sen. Ted Cruz, R-Texas, and | virulently
    /// opposed …"): the tagger stopped in the clause's middle, and the annotators take in the whole clause.
    /// Where the cue is in that clause ("Podesta, who said …") the source stays as tagged: the annotators
    /// give "who" or the name about equally (cut to the name: source exact 0.720 → 0.724 but overlap 0.811
    /// → 0.808 on validation; cut to "who": 0.724, 0.810).
    /// </summary>
    private static (int From, int To, int Head)? WholeRelativeClause(AttributionDocument d, (int From, int To, int Head)? source, Run cue)
    {
        if (source is not { } s)
            return source;
        var sentence = d.Text.Sentences[d.SentenceOf[s.From]];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = s.From; i < s.To; i++)
        {
            var clause = RelativeClauseAbove(d, i, s);
            if (clause < 0)
                continue;
            var (lo, hi) = d.Syntax.Subtree(clause, sentence.FirstToken, end);
            if (hi <= s.To || lo <= s.From)
                return source;
            if (cue.From < hi && lo < cue.To)
                return source;
            while (hi > lo + 1 && d.Text.Tokens[hi - 1].Kind == TokenKind.Punctuation)
                hi--;
            return (s.From, hi, s.Head);
        }
        return source;
    }

    /// <summary>The head of the relative clause that token <paramref name="i"/> belongs to, when the clause hangs from a word of the source; else -1.</summary>
    private static int RelativeClauseAbove(AttributionDocument d, int i, (int From, int To, int Head) source)
    {
        for (var (word, step) = (i, 0); word >= 0 && step < 8; word = d.Syntax.Tokens[word].Head, step++)
        {
            var t = d.Syntax.Tokens[word];
            if (t.Relation == "acl:relcl" && t.Head >= source.From && t.Head < source.To)
                return word;
        }
        return -1;
    }

    /// <summary>A source without the day it ends with ("Gov. Mike Pence | on Thursday"): the parse hangs the day from the name.</summary>
    private static (int From, int To, int Head)? WithoutDay(AttributionDocument d, (int From, int To, int Head)? source)
    {
        if (source is not { } s || s.To - s.From < 3 || s.Head >= s.To - 2 || !IsWord(d, s.To - 2, "on"))
            return source;
        var day = d.Text.Tokens[s.To - 1];
        var word = d.Article.Text.AsSpan(day.Start, day.End - day.Start);
        return char.IsLetter(word[0]) && Enum.TryParse<DayOfWeek>(word, ignoreCase: false, out _) ? (s.From, s.To - 2, s.Head) : source;
    }

    /// <summary>
    /// The speaker named right after a cue that follows a closing quotation mark ("“How big is that wall?”
    /// asked the boy, who …", "…,” added Murphy, referring to …"): the name's words up to the first comma
    /// (what follows it is an apposition, a relative clause or a participle, which the annotators include
    /// about as often as not). The parser often reads the name as the verb's object ("asked | Dunn"), and
    /// the tagger, seeing an addressee there, missed it or took the quote's words instead. A tagged source
    /// on the name keeps its own bounds.
    /// </summary>
    private static (int From, int To, int Head)? SpeakerAfterQuote(AttributionDocument d, Run cue)
    {
        var before = cue.From - 1;
        var sentence = d.Text.Sentences[d.SentenceOf[cue.From]];
        if (before > sentence.FirstToken && d.Text.Tokens[before].Kind == TokenKind.Punctuation)
            before--;
        if (before < sentence.FirstToken || d.Text.Tokens[before].Kind != TokenKind.Quote || d.Article.Text[d.Text.Tokens[before].Start] is '“' or '‘' or '«')
            return null;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = cue.To; i < end; i++)
        {
            var t = d.Syntax.Tokens[i];
            if (t.Head < cue.From || t.Head >= cue.To || t.Relation is not ("nsubj" or "iobj" or "obj") || t.Upos is not ("NOUN" or "PROPN" or "PRON"))
                continue;
            var (lo, hi) = d.Syntax.Subtree(i, cue.To, end);
            if (lo != cue.To)
                return null;
            for (var k = i + 1; k < hi; k++)
            {
                if (RuleText.IsChar(d.Article.Text, d.Text.Tokens[k], ','))
                {
                    hi = k;
                    break;
                }
            }
            while (hi > lo + 1 && d.Text.Tokens[hi - 1].Kind == TokenKind.Punctuation)
                hi--;
            return (lo, hi, i);
        }
        return null;
    }

    /// <summary>
    /// A participle or infinitive cue has its speaker in the clause it hangs from: "Biden hit the campaign
    /// trail, trashing Trump …", "Clinton seemed ready to riff on it, telling the crowd …".
    /// </summary>
    private static (int From, int To, int Head)? SubjectOfGoverningVerb(AttributionDocument d, int from, int to)
    {
        var word = VerbOf(d, from, to);
        for (var step = 0; step < 4; step++)
        {
            var t = d.Syntax.Tokens[word];
            if (t.Head < 0 || t.Relation is not ("advcl" or "xcomp" or "conj") || !IsPredicate(d, t.Head))
                return null;
            word = t.Head;
            if (SubjectOf(d, word, word + 1) is { } subject)
                return subject;
        }
        return null;
    }

    /// <summary>The cue's verb that hangs outside it ("bragging" of "bragging for a year about"), else its head word.</summary>
    private static int VerbOf(AttributionDocument d, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var t = d.Syntax.Tokens[i];
            if (t.Upos == "VERB" && (t.Head < from || t.Head >= to))
                return i;
        }
        return d.Syntax.HeadOf(from, to);
    }

    /// <summary>A verb, an adjective, or a noun with a copula ("has been a loyal lieutenant"): a word that can have a subject.</summary>
    private static bool IsPredicate(AttributionDocument d, int word)
    {
        if (d.Syntax.Tokens[word].Upos is "VERB" or "AUX" or "ADJ")
            return true;
        if (d.Syntax.Tokens[word].Upos is not ("NOUN" or "PROPN"))
            return false;
        var sentence = d.Text.Sentences[d.SentenceOf[word]];
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            if (d.Syntax.Tokens[i].Head == word && d.Syntax.Tokens[i].Relation == "cop")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "appears", "seems": the evidence speaks, not the subject ("China's coal consumption appears to have
    /// declined"); PolNeAR's annotators give such cues no source in four of five cases in train.
    /// </summary>
    private static bool IsRaising(AttributionDocument d, Run cue)
    {
        for (var i = cue.From; i < cue.To; i++)
        {
            if (d.Syntax.Tokens[i] is { Upos: "VERB", Lemma: "appear" or "seem" })
                return true;
        }
        return false;
    }

    private static bool IsSubject(AttributionDocument d, Run run) =>
        d.Syntax.Tokens[d.Syntax.HeadOf(run.From, run.To)].Relation?.StartsWith("nsubj", StringComparison.Ordinal) == true;

    private static bool TiedTo(AttributionDocument d, Run source, Run cue)
    {
        var h = d.Syntax.Tokens[d.Syntax.HeadOf(source.From, source.To)].Head;
        for (var step = 0; step < 3 && h >= 0; step++)
        {
            if (h >= cue.From && h < cue.To)
                return true;
            h = d.Syntax.Tokens[h].Head;
        }
        return false;
    }
}
