using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// Groups token tags into attributions around each cue: a source run goes to the cue it is syntactically
/// tied to (its head path reaches the cue) or else the nearest cue in its sentence; a content run goes to
/// the nearest cue in its sentence, or, in a sentence without one (a quote running on), to the nearest
/// cue within two sentences, one of its own paragraph first. Runs no cue claims are dropped.
/// </summary>
public static partial class AttributionDecoder
{
    private readonly record struct Run(int Role, int From, int To, int Sentence);

    public static List<FoundAttribution> Decode(AttributionDocument d, int[] tags)
    {
        var runs = new List<Run>();
        var text = d.Text;
        foreach (var sentence in text.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var si = d.SentenceOf[sentence.FirstToken < d.SentenceOf.Length ? sentence.FirstToken : 0];
            for (var i = sentence.FirstToken; i < end;)
            {
                var role = AttributionTags.Role(tags[i]);
                if (role == 0)
                {
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < end && tags[j] == AttributionTags.Inside(role))
                    j++;
                runs.Add(new Run(role, i, j, si));
                i = j;
            }
        }
        CleanCues(d, runs);
        var cues = new List<Run>();
        foreach (var r in runs)
        {
            if (r.Role == 2)
                cues.Add(r);
        }
        if (cues.Count == 0)
            return [];
        var sources = new int[cues.Count];
        Array.Fill(sources, -1);
        var contents = new List<Run>[cues.Count];
        for (var c = 0; c < cues.Count; c++)
            contents[c] = [];
        // Sources: the cue they hang from, else the nearest cue of their sentence.
        for (var k = 0; k < runs.Count; k++)
        {
            var r = runs[k];
            if (r.Role != 1)
                continue;
            var best = -1;
            var bestScore = int.MaxValue;
            for (var c = 0; c < cues.Count; c++)
            {
                var cue = cues[c];
                if (cue.Sentence != r.Sentence)
                    continue;
                var score = Distance(r, cue);
                if (TiedTo(d, r, cue))
                    score -= 500;
                if (sources[c] >= 0)
                    score += 50;
                if (score < bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            if (best < 0)
                continue;
            if (sources[best] < 0)
                sources[best] = k;
            // A source shared by several cues ("announced X and said Y"): every cue of the sentence tied to it without one takes it.
            for (var c = 0; c < cues.Count; c++)
            {
                if (sources[c] < 0 && cues[c].Sentence == r.Sentence && c != best && TiedTo(d, r, cues[c]))
                    sources[c] = k;
            }
        }
        // Contents: runs with only white space between them form a chain (a quote running over sentences);
        // a chain goes to the nearest cue in its sentences, else the nearest within two sentences of it.
        var body = d.Article.Text;
        for (var k = 0; k < runs.Count;)
        {
            if (runs[k].Role != 3)
            {
                k++;
                continue;
            }
            var chain = new List<Run> { runs[k] };
            var next = k + 1;
            while (next < runs.Count && runs[next].Role == 3 && runs[next].Sentence != chain[^1].Sentence
                && body.AsSpan(text.Tokens[chain[^1].To - 1].End, text.Tokens[runs[next].From].Start - text.Tokens[chain[^1].To - 1].End).IsWhiteSpace()
                && !QuoteClosedAtParagraph(d, chain[^1], runs[next]))
            {
                chain.Add(runs[next]);
                next++;
            }
            var firstSentence = chain[0].Sentence;
            var lastSentence = chain[^1].Sentence;
            var best = -1;
            var bestScore = int.MaxValue;
            for (var c = 0; c < cues.Count; c++)
            {
                var cue = cues[c];
                var gap = cue.Sentence < firstSentence ? firstSentence - cue.Sentence : cue.Sentence > lastSentence ? cue.Sentence - lastSentence : 0;
                if (gap > 2)
                    continue;
                var distance = int.MaxValue;
                foreach (var r in chain)
                    distance = Math.Min(distance, Distance(r, cue));
                var score = gap * 1000 + distance;
                // A cue of the chain's own paragraph wins over any other: a quote that follows an attributed
                // quote in its paragraph is that speaker's, not the next paragraph's ("…," said McCaffrey.
                // "But it would be a stretch …" || Mr. Trump said …). Another paragraph's cue is taken only
                // when the chain's has none, an earlier one first (a quote running on over a paragraph break
                // continues the speaker before it).
                var paragraph = text.Sentences[cue.Sentence].Paragraph;
                if (paragraph != text.Sentences[firstSentence].Paragraph && paragraph != text.Sentences[lastSentence].Paragraph)
                    score += cue.Sentence > lastSentence ? 6000 : 3000;
                if (score < bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            // A chain from another sentence joins only as a running quote (it starts or ends in quotation marks).
            if (best >= 0 && bestScore >= 1000 && !d.InQuote[chain[0].From] && !d.InQuote[chain[^1].To - 1])
                best = -1;
            if (best >= 0)
                contents[best].AddRange(chain);
            k = next;
        }
        // A cue without a source that hangs from another cue ("says …, stressing that …") shares that cue's source.
        for (var c = 0; c < cues.Count; c++)
        {
            if (sources[c] >= 0)
                continue;
            var h = d.Syntax.Tokens[d.Syntax.HeadOf(cues[c].From, cues[c].To)].Head;
            for (var step = 0; step < 2 && h >= 0 && sources[c] < 0; step++)
            {
                for (var o = 0; o < cues.Count; o++)
                {
                    if (o != c && sources[o] >= 0 && h >= cues[o].From && h < cues[o].To)
                    {
                        sources[c] = sources[o];
                        break;
                    }
                }
                h = d.Syntax.Tokens[h].Head;
            }
        }
        var result = new List<FoundAttribution>(cues.Count);
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            Span? source = null;
            var sourceHead = -1;
            var sourceTokens = WholeRelativeClause(d, WithoutDay(d, SourceOf(d, sources[c] >= 0 ? runs[sources[c]] : null, cue)), cue);
            if (sourceTokens is { } found)
            {
                source = SpanOf(text, found.From, found.To);
                sourceHead = found.Head;
            }
            var fragments = new List<Span>(contents[c].Count);
            foreach (var run in FillGaps(tags, contents[c]))
            {
                var r = WithoutAddressee(d, ToClause(d, run, cue, cues), cue);
                if (HasContentWord(d, r.From, r.To) && Trimmed(d, r.From, r.To) is { } span)
                    fragments.Add(span);
            }
            fragments.Sort((a, b) => a.Start.CompareTo(b.Start));
            if (sourceTokens is { } sourceRange)
                AddFrontedContent(d, tags, sourceRange, cue, fragments);
            MergeAcrossSpaces(d.Article.Text, fragments);
            // Without a source, an attribution needs content, and a cue that is a report word or has no subject of
            // its own ("it was reported that …", "hoping to …"): in "the talks are aimed at …" the subject is no
            // attributor and the sentence is the narrator's; "appears" and "seems" keep theirs (see IsRaising).
            if (source is null && (fragments.Count == 0 || (!HasReportVerb(d, cue.From, cue.To) && HasSubject(d, cue.From, cue.To) && !IsRaising(d, cue))))
                continue;
            result.Add(new FoundAttribution(source, sourceHead, SpanOf(text, cue.From, cue.To), CueWord(d, cue.From, cue.To), fragments, cue.Sentence));
        }
        return result;
    }

    /// <summary>
    /// A cue that starts right where another ends continues it ("said in | a statement"); a cue of
    /// function words alone ("to", "has", "about", "a") standing apart from any cue is no cue: on
    /// validation two in three of those matched no annotated cue.
    /// </summary>
    private static void CleanCues(AttributionDocument d, List<Run> runs)
    {
        for (var k = runs.Count - 1; k >= 0; k--)
        {
            var r = runs[k];
            if (r.Role != 2)
                continue;
            if (k > 0 && runs[k - 1] is { Role: 2 } before && before.To == r.From && before.Sentence == r.Sentence)
            {
                runs[k - 1] = before with { To = r.To };
                runs.RemoveAt(k);
                continue;
            }
            var nextIsCue = k + 1 < runs.Count && runs[k + 1].Role == 2 && runs[k + 1].From == r.To;
            if (!nextIsCue && OnlyFunctionWords(d, r.From, r.To))
                runs.RemoveAt(k);
        }
    }

    private static bool OnlyFunctionWords(AttributionDocument d, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (d.Syntax.Tokens[t].Upos is not ("DET" or "ADP" or "AUX" or "PART" or "CCONJ" or "SCONJ" or "PRON"))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Reported content outside quotation marks is the clause the cue governs: a run whose head hangs from
    /// the cue (directly or one step down) grows to that head's whole subtree ("has proven | not to pursue
    /// …" is "the Justice Department has proven … not to pursue …"), unless the subtree would take in the cue
    /// or another cue (then the run stays as tagged: on validation that beat both cutting the subtree at that
    /// cue and stopping only at report-word cues).
    /// The tagger's edges inside quotation marks stay: a quote is bounded by its marks, not by the tree.
    /// </summary>
    private static Run ToClause(AttributionDocument d, Run run, Run cue, List<Run> cues)
    {
        if (run.Sentence != cue.Sentence || d.InQuote[run.From])
            return run;
        var head = d.Syntax.HeadOf(run.From, run.To);
        var up = d.Syntax.Tokens[head].Head;
        var hangs = up >= cue.From && up < cue.To;
        if (!hangs && up >= 0)
        {
            var upper = d.Syntax.Tokens[up].Head;
            hangs = upper >= cue.From && upper < cue.To && !(up >= run.From && up < run.To);
            if (hangs)
                head = up;
        }
        if (!hangs)
            return run;
        var sentence = d.Text.Sentences[run.Sentence];
        var (lo, hi) = d.Syntax.Subtree(head, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        lo = Math.Min(lo, run.From);
        hi = Math.Max(hi, run.To);
        // Nor over another cue: "says the plot has failed, vows …" (a parse may hang "vows" below "failed").
        foreach (var other in cues)
        {
            if (other.From < hi && lo < other.To && !(other.From >= run.From && other.To <= run.To))
                return run;
        }
        return run with { From = lo, To = hi };
    }

    /// <summary>
    /// A quote that runs on into the next paragraph leaves its closing mark off, so a run that ends with a
    /// closing mark before a paragraph break ended its quote there: the next paragraph's quote is another.
    /// </summary>
    private static bool QuoteClosedAtParagraph(AttributionDocument d, Run before, Run after)
    {
        var last = d.Text.Tokens[before.To - 1];
        if (last.Kind != TokenKind.Quote || d.Article.Text[last.Start] is not ('”' or '"' or '’' or '»' or '\''))
            return false;
        return d.Article.Text.AsSpan(last.End, d.Text.Tokens[after.From].Start - last.End).Contains('\n');
    }

    /// <summary>Content runs of one sentence with only untagged tokens between them are one run ("nominee | Donald | Trump").</summary>
    private static List<Run> FillGaps(int[] tags, List<Run> runs)
    {
        runs.Sort((a, b) => a.From.CompareTo(b.From));
        var result = new List<Run>(runs.Count);
        foreach (var r in runs)
        {
            if (result.Count > 0 && result[^1].Sentence == r.Sentence)
            {
                var last = result[^1];
                var empty = true;
                for (var i = last.To; i < r.From && empty; i++)
                    empty = tags[i] == AttributionTags.Outside;
                if (empty)
                {
                    result[^1] = last with { To = Math.Max(last.To, r.To) };
                    continue;
                }
            }
            result.Add(r);
        }
        return result;
    }

    /// <summary>
    /// Content that opens with the person the cue addresses, and goes on past them, starts after them:
    /// "asked | Trump | about statements he had made", "told | me | they believed …", "asked | the U.S.
    /// attorney | whether …". The addressee is the object (or the "to" phrase) of a verb of addressing
    /// and a pronoun, a name or a noun phrase; what follows, other than an infinitive, is what was said.
    /// </summary>
    private static Run WithoutAddressee(AttributionDocument d, Run run, Run cue)
    {
        if (run.Sentence != cue.Sentence || run.From < cue.To || run.From > cue.To + 1 || d.InQuote[run.From])
            return run;
        var from = run.From;
        if (from == cue.To + 1 && !IsWord(d, cue.To, "to"))
            return run;
        var sentence = d.Text.Sentences[cue.Sentence];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = from; i < run.To; i++)
        {
            var t = d.Syntax.Tokens[i];
            if (t.Head < cue.From || t.Head >= cue.To || t.Relation is not ("obj" or "iobj" or "obl") || t.Upos is not ("PRON" or "PROPN" or "NOUN")
                || !AddressingVerbs.Contains(d.Syntax.Tokens[t.Head].Lemma))
                continue;
            if (t.Relation == "obl" && !MarkedByTo(d, i, sentence.FirstToken, end))
                return run;
            var (lo, hi) = d.Syntax.Subtree(i, from, end);
            // "urged Clinton to make a decision": the annotators keep an object with its infinitive.
            if (lo != from || hi >= run.To || d.Text.Tokens[hi].Kind == TokenKind.Punctuation || IsWord(d, hi, "to"))
                return run;
            return run with { From = hi };
        }
        return run;
    }

    /// <summary>
    /// A source and cue set off by commas inside the sentence ("The goal, he said, is to forge a cease-fire";
    /// "Mrs. Clinton, analysts said, has other reasons"): the words before them, from the sentence's start,
    /// are the content's first part when the tagger left them untagged and the content picks up right after,
    /// outside quotation marks (a quote's own marks show where it starts).
    /// </summary>
    private static void AddFrontedContent(AttributionDocument d, int[] tags, (int From, int To, int Head) source, Run cue, List<Span> fragments)
    {
        if (fragments.Count == 0)
            return;
        var tokens = d.Text.Tokens;
        var sentence = d.Text.Sentences[cue.Sentence];
        var first = sentence.FirstToken;
        var from = Math.Min(source.From, cue.From);
        var to = Math.Max(source.To, cue.To);
        if (from - 1 <= first || !IsWord(d, from - 1, ",") || d.InQuote[first] || d.SentenceOf[source.From] != cue.Sentence)
            return;
        // The content resumes after a comma, at most a few words past the cue ("he said in a telephone interview, that …").
        var resume = to;
        while (resume < sentence.FirstToken + sentence.TokenCount && tokens[resume].End <= fragments[0].Start)
            resume++;
        if (resume - to > 6 || !IsWord(d, resume - 1, ",") || tokens[resume].Start != fragments[0].Start || tokens[resume].Kind == TokenKind.Quote)
            return;
        // Not a connective alone ("But", "And yet").
        var hasContentWord = false;
        for (var i = first; i < from - 1; i++)
        {
            if (tags[i] != AttributionTags.Outside)
                return;
            hasContentWord |= d.Syntax.Tokens[i].Upos is "NOUN" or "PROPN" or "PRON" or "NUM" or "VERB" or "ADJ";
        }
        if (hasContentWord)
            fragments.Insert(0, new Span(tokens[first].Start, tokens[from - 2].End));
    }

    /// <summary>Verbs whose object is the one spoken to, not what is said ("told her that …", "urged him to …").</summary>
    private static readonly HashSet<string> AddressingVerbs = new(StringComparer.Ordinal)
    {
        "tell", "ask", "urge", "advise", "remind", "warn", "assure", "inform", "notify", "brief", "encourage", "instruct",
        "beg", "implore", "persuade", "convince", "caution", "challenge", "press", "pressure", "reassure",
    };

    /// <summary>Whether a nominal's preposition is "to" ("told | to | the committee").</summary>
    private static bool MarkedByTo(AttributionDocument d, int nominal, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (d.Syntax.Tokens[i].Head == nominal && d.Syntax.Tokens[i].Relation == "case")
                return IsWord(d, i, "to");
        }
        return false;
    }

    private static bool IsWord(AttributionDocument d, int token, string word) => RuleText.Is(d.Article.Text, d.Text.Tokens[token], word);

    /// <summary>The content run without the punctuation that belongs to the whole sentence (a final comma or period outside quotes).</summary>
    private static Span? Trimmed(AttributionDocument d, int from, int to)
    {
        var tokens = d.Text.Tokens;
        while (to > from && tokens[to - 1].Kind == TokenKind.Punctuation && !d.InQuote[to - 1])
            to--;
        while (from < to && tokens[from].Kind == TokenKind.Punctuation)
            from++;
        return to > from ? SpanOf(d.Text, from, to) : null;
    }

    /// <summary>Whether a content run says anything: "It was" (of "It was reported that") does not.</summary>
    private static bool HasContentWord(AttributionDocument d, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var t = d.Syntax.Tokens[i];
            if (t.Upos is "NOUN" or "PROPN" or "VERB" or "ADJ" or "ADV" or "NUM" or "X" or "INTJ" || (t.Upos == "PRON" && t.Lemma != "it"))
                return true;
        }
        return false;
    }

    private static bool HasSubject(AttributionDocument d, int from, int to)
    {
        var sentence = d.Text.Sentences[d.SentenceOf[from]];
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            var t = d.Syntax.Tokens[i];
            if (t.Head >= from && t.Head < to && t.Relation.StartsWith("nsubj", StringComparison.Ordinal) && t.Lemma != "it")
                return true;
        }
        return false;
    }

    private static bool HasReportVerb(AttributionDocument d, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (d.IsReport[i])
                return true;
        }
        return false;
    }

    /// <summary>The cue's word that carries its lemma: its report word, else its verb, else its syntactic head.</summary>
    private static int CueWord(AttributionDocument d, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (d.IsReport[i])
                return i;
        }
        // A cue's last word can hang outside it too ("exchanged views on | the process"): its verb names the
        // act, else a noun or adjective that hangs outside it, before any preposition.
        var verb = VerbOf(d, from, to);
        if (d.Syntax.Tokens[verb].Upos == "VERB")
            return verb;
        for (var i = from; i < to; i++)
        {
            var t = d.Syntax.Tokens[i];
            if ((t.Head < from || t.Head >= to) && t.Upos is "NOUN" or "ADJ" or "PROPN")
                return i;
        }
        return verb; // VerbOf's own fallback, the cue's head word
    }

    /// <summary>Content that runs on over a sentence break is one fragment: neighbours with only white space between them merge.</summary>
    private static void MergeAcrossSpaces(string text, List<Span> fragments)
    {
        for (var k = fragments.Count - 2; k >= 0; k--)
        {
            var gap = text.AsSpan(fragments[k].End, Math.Max(0, fragments[k + 1].Start - fragments[k].End));
            if (gap.IsWhiteSpace())
            {
                fragments[k] = new Span(fragments[k].Start, Math.Max(fragments[k].End, fragments[k + 1].End));
                fragments.RemoveAt(k + 1);
            }
        }
    }

    private static int Distance(Run r, Run cue) => Math.Max(0, r.To <= cue.From ? cue.From - r.To : r.From - cue.To);

    private static Span SpanOf(TextLayer text, int from, int to) => new(text.Tokens[from].Start, text.Tokens[to - 1].End);
}
