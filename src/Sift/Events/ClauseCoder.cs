using Sift.Model;
using Sift.Syntax;

namespace Sift.Events;

/// <summary>One coding the clause coder found, before dates and places: tokens are local to the sentence.</summary>
internal readonly record struct ClauseEvent(int Verb, EventActor Source, EventActor Target, string Code, EventActor? InformationSource, int ClauseRoot);

/// <summary>
/// Codes each clause of a sentence over its dependency tree: a verb of the verb dictionary, its most specific
/// pattern (words before and after it), the subject as source and the object or oblique as target (the
/// other way round in the passive, with "by" giving the source); subjects carry down to infinitives,
/// conjoined verbs and relative clauses. Negated verbs give no event; a clause under "X said (that) …"
/// keeps X as its information source. A paired code "a:b" gives the event a from source to target and the
/// event b back. Not thread-safe; one per thread.
/// </summary>
internal sealed class ClauseCoder(EventDictionaries dictionaries, bool requireDyad = true)
{
    private readonly List<EventActor> _sources = [];
    private readonly List<EventActor> _targets = [];
    private readonly List<EventActor> _speakers = [];

    public void Code(SentenceView s, ActorCoder actors, List<ClauseEvent> into)
    {
        for (var v = 0; v < s.Count; v++)
        {
            if (s.Upos[v] != "VERB")
                continue;
            var entry = FindVerb(s, v);
            if (entry is null)
                continue;
            MarkPostRegion(s, v);
            var (code, negative, pattern) = CodeFor(entry, s, v, _post);
            if (code.Length == 0 || code == ":" || code.Contains('+') || pattern is null && HeadsSomewhere(s, v))
                continue;
            // "did not attack": no event, unless a pattern spells the negation out ("DID N'T * OVER EFFORTS").
            if (!negative && IsNegated(s, v))
                continue;
            _sources.Clear();
            _targets.Clear();
            FindActors(s, v, actors);
            if (pattern is { Markers.Length: > 0 })
                ApplyMarkers(pattern, s, v, actors);
            var speaker = Speaker(s, v, actors);
            var colon = code.IndexOf(':');
            var forward = colon < 0 ? code : code[..colon];
            var back = colon < 0 ? "" : code[(colon + 1)..];
            foreach (var source in _sources)
            {
                foreach (var target in _targets)
                {
                    if (source.Span == target.Span)
                        continue;
                    if (forward.Length > 0)
                        into.Add(new ClauseEvent(v, source, target, forward, speaker, v));
                    if (back.Length > 0)
                        into.Add(new ClauseEvent(v, target, source, back, speaker, v));
                }
                if (_targets.Count == 0 && _sources.Count > 1)
                {
                    // "Gondor and Osgiliath renewed ties": each conjunct acts on the others.
                    foreach (var other in _sources)
                    {
                        if ((other.Span != source.Span || other.Entity != source.Entity) && other.Code != source.Code && forward.Length > 0)
                            into.Add(new ClauseEvent(v, source, other, forward, speaker, v));
                    }
                    continue;
                }
                if (_targets.Count == 0 && !requireDyad && forward.Length > 0)
                    into.Add(new ClauseEvent(v, source, new EventActor(dictionaries.UnknownCountry, "", default, null), forward, speaker, v));
            }
        }
    }

    /// <summary>
    /// "head" without an object goes somewhere. The dictionary codes where it goes with patterns ("head to
    /// Moscow", "head for talks": a visit; "head for home": nothing); without one it falls back on the verb's
    /// sense of leading something (060), which "head towards the eastern part of Syria" is not.
    /// </summary>
    private static bool HeadsSomewhere(SentenceView s, int v) => s.Lemmas[v] == "HEAD" && s.Child(v, "obj") < 0;

    private VerbEntry? FindVerb(SentenceView s, int v)
    {
        VerbEntry? best = null;
        var bestWords = 0;
        foreach (var key in (ReadOnlySpan<string>)[s.Words[v], s.Lemmas[v]])
        {
            if (dictionaries.Verbs.Candidates(key) is not { } candidates)
                continue;
            foreach (var entry in candidates)
            {
                var words = 1 + entry.Before.Length + entry.After.Length;
                if (words <= bestWords || !Fits(s, v, entry))
                    continue;
                (best, bestWords) = (entry, words);
            }
            if (best is not null)
                break;
        }
        return best;
    }

    /// <summary>Whether a multi-word verb's other words stand around the verb ("cordon off", "wire tap").</summary>
    private static bool Fits(SentenceView s, int v, VerbEntry entry)
    {
        for (var k = 0; k < entry.After.Length; k++)
        {
            // A particle may be separated from its verb by the object ("cordoned the area off").
            var found = false;
            for (var i = v + 1 + k; i < s.Count && i <= v + 4 + k && !found; i++)
                found = s.Words[i] == entry.After[k] || s.Lemmas[i] == entry.After[k];
            if (!found)
                return false;
        }
        for (var k = 0; k < entry.Before.Length; k++)
        {
            var i = v - entry.Before.Length + k;
            if (i < 0 || (s.Words[i] != entry.Before[k] && s.Lemmas[i] != entry.Before[k]))
                return false;
        }
        return true;
    }

    private bool[] _post = new bool[64];

    /// <summary>
    /// Marks the words a pattern's post-verb part may match: the verb's own dependents and the heads of its
    /// objects and obliques with their modifiers, not the nouns nested in them ("a set of resolutions" is a set)
    /// nor other clauses.
    /// </summary>
    private void MarkPostRegion(SentenceView s, int v)
    {
        if (_post.Length < s.Count)
        {
            _post = new bool[s.Count * 2];
            _guard = new int[s.Count * 2];
            _unlocked = new bool[s.Count * 2];
        }
        Array.Clear(_post, 0, s.Count);
        Array.Fill(_guard, -1, 0, s.Count);
        MarkPost(s, v, 0, -1);
    }

    /// <summary>
    /// For each word of the post-verb region, the prepositional modifier of an object it stands in ("on the
    /// Syrian border" of "an operation on the Syrian border"), or -1: such words count for a pattern only once
    /// one of its elements has matched that modifier's preposition ("MEMOS_ON_&amp;TIETYPES").
    /// </summary>
    private int[] _guard = new int[64];
    private bool[] _unlocked = new bool[64];

    private void MarkPost(SentenceView s, int i, int depth, int guard)
    {
        _post[i] = true;
        _guard[i] = guard;
        if (depth > 6)
            return;
        for (var c = s.FirstChild[i]; c >= 0; c = s.NextSibling[c])
        {
            var rel = s.Rel[c];
            if (rel is "conj" or "cc" or "parataxis" or "advcl" or "acl:relcl" or "acl" or "punct" || rel.StartsWith("nsubj", StringComparison.Ordinal))
                continue;
            // A complement clause counts for the words of a pattern ("allowed that Mordor isn't a real pleasant place"), not under "say".
            if (rel == "ccomp" && (depth > 0 || SayingVerbs.Contains(s.Lemmas[i])))
                continue;
            // "a set of resolutions" is a set: "of" complements, possessors and places along a route are not what the
            // pattern names; "their populations" keeps its "their", and the other prepositional modifiers count once
            // the pattern names their preposition ("memos on economic issues from Bree", "Eid at the Emirates", but
            // not the BORDER of "an operation on the Syrian border").
            var nested = depth > 0 && rel.StartsWith("nmod", StringComparison.Ordinal) && s.Upos[i] is "NOUN" or "PROPN" or "PRON" or "NUM";
            if (nested && (rel == "nmod:poss" && s.Upos[c] != "PRON" || rel != "nmod:poss" && s.CaseOf(c) is null or "OF" or "NEAR" or "ALONG" or "ACROSS"))
                continue;
            // The same prepositional phrase hung from the verb beside its object ("launched an operation | on the
            // Syrian border") is guarded the same way, so the parser's attachment does not decide the code.
            var adjunct = depth == 0 && rel.StartsWith("obl", StringComparison.Ordinal) && s.CaseOf(c) is not null && s.Child(i, "obj") >= 0;
            MarkPost(s, c, depth + 1, guard < 0 && (nested && rel != "nmod:poss" || adjunct) ? c : guard);
        }
    }

    /// <summary>
    /// The code of the block's most specific matching pattern (most elements; first listed on a tie), else the
    /// verb's; and whether that pattern names a negation before the verb.
    /// </summary>
    private (string Code, bool Negative, VerbPattern? Pattern) CodeFor(VerbEntry entry, SentenceView s, int v, bool[] post)
    {
        VerbPattern? best = null;
        foreach (var pattern in entry.Block.Patterns)
        {
            if (best is not null && pattern.Size <= best.Size)
                continue;
            if (pattern.Size == 0 || !Matches(pattern, s, v, post))
                continue;
            best = pattern;
        }
        return best is null ? (entry.Code, false, null) : (best.Code, NamesNegation(best), best);
    }

    private readonly List<EventActor> _marked = [];
    private int[] _preEnds = new int[8];
    private int[] _postEnds = new int[8];

    /// <summary>
    /// A pattern's "$" and "+" say where its source and target stand: the first noun phrase after the elements
    /// before the sign (past one phrase per "^") that names an actor; before the verb "+ * FROM $" makes the
    /// subject the target. A sign whose place names no actor leaves the clause's own source or target.
    /// </summary>
    private void ApplyMarkers(VerbPattern pattern, SentenceView s, int v, ActorCoder actors)
    {
        if (_preEnds.Length <= pattern.Pre.Length)
            _preEnds = new int[pattern.Pre.Length + 8];
        if (_postEnds.Length <= pattern.Post.Length)
            _postEnds = new int[pattern.Post.Length + 8];
        if (!Matches(pattern, s, v, _post, _preEnds, _postEnds))
            return;
        foreach (var marker in pattern.Markers)
        {
            var ends = marker.Post ? _postEnds : _preEnds;
            var from = ends[marker.After];
            var to = marker.Post ? s.Count : v;
            // The sign stands before the next element: its phrase ends where that element was found.
            if (marker.After < (marker.Post ? pattern.Post.Length : pattern.Pre.Length))
                to = Math.Min(to, ElementStart(pattern, marker, ends));
            var mask = marker.Post ? ClauseMask(s, v) : null;
            for (var k = 0; k < marker.Skip; k++)
            {
                var (_, end) = NextPhrase(s, from, to, mask);
                if (end < 0)
                    break;
                from = end;
            }
            _marked.Clear();
            while (_marked.Count == 0)
            {
                var (head, end) = NextPhrase(s, from, to, mask);
                if (head < 0)
                    break;
                actors.ActorsOf(s, head, _marked);
                from = end;
            }
            if (_marked.Count == 0)
                continue;
            var into = marker.Source ? _sources : _targets;
            into.Clear();
            into.AddRange(_marked);
        }
    }

    private bool[] _clause = new bool[64];

    /// <summary>The words of the verb's own clause: its dependents at any depth, short of other clauses and conjuncts.</summary>
    private bool[] ClauseMask(SentenceView s, int v)
    {
        if (_clause.Length < s.Count)
            _clause = new bool[s.Count * 2];
        for (var i = 0; i < s.Count; i++)
        {
            var inside = false;
            for (var (t, depth) = (i, 0); t >= 0 && depth < 16; (t, depth) = (s.Head[t], depth + 1))
            {
                if (t == v)
                {
                    inside = true;
                    break;
                }
                if (s.Rel[t] is "conj" or "parataxis" or "advcl" or "acl:relcl" or "ccomp" or "csubj" or "acl" or "xcomp" || s.Rel[t].StartsWith("nsubj", StringComparison.Ordinal))
                    break;
            }
            _clause[i] = inside;
        }
        return _clause;
    }

    /// <summary>Where the element after a sign was found (its end less its shortest length: a lower bound is enough).</summary>
    private static int ElementStart(VerbPattern pattern, PatternMarker marker, int[] ends)
    {
        var element = (marker.Post ? pattern.Post : pattern.Pre)[marker.After];
        var longest = 0;
        foreach (var run in element)
            longest = Math.Max(longest, run.Length);
        return Math.Max(ends[marker.After], ends[marker.After + 1] - longest);
    }

    /// <summary>
    /// The first noun phrase that starts in [from, to) (inside <paramref name="mask"/> when given): its head — the
    /// word its first noun modifies through compounds, possessors, names and adjectives — and the position after it; (-1, -1) when none.
    /// </summary>
    private static (int Head, int End) NextPhrase(SentenceView s, int from, int to, bool[]? mask)
    {
        for (var i = from; i < to; i++)
        {
            if (mask is not null && !mask[i] || s.Upos[i] is not ("NOUN" or "PROPN" or "PRON" or "NUM"))
                continue;
            var head = i;
            while (s.Head[head] > head && s.Rel[head] is "compound" or "nmod:poss" or "flat" or "flat:name" or "amod" or "nummod" or "nmod:desc" or "det"
                   && s.Upos[s.Head[head]] is "NOUN" or "PROPN" or "NUM")
                head = s.Head[head];
            var end = head + 1;
            while (end < s.Count && s.Head[end] >= 0 && s.Head[end] < end && s.Head[end] >= i && s.Rel[end] is "flat" or "flat:name" or "compound")
                end++;
            return (head, end);
        }
        return (-1, -1);
    }

    private static bool HasCompoundSubject(SentenceView s, int v)
    {
        var subject = s.Child(v, "nsubj");
        return subject >= 0 && s.Child(subject, "conj") >= 0;
    }

    private static bool NamesNegation(VerbPattern pattern)
    {
        foreach (var element in pattern.Pre)
        {
            foreach (var run in element)
            {
                foreach (var word in run)
                {
                    if (word is "NOT" or "N'T" or "NEVER" or "NO")
                        return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the pattern matches around verb <paramref name="v"/>; where each element ends goes into the arrays when given (index 0: where the side starts).</summary>
    private bool Matches(VerbPattern pattern, SentenceView s, int v, bool[] post, int[]? preEnds = null, int[]? postEnds = null)
    {
        if (pattern.CompoundSource && !HasCompoundSubject(s, v))
            return false;
        Array.Clear(_unlocked, 0, s.Count);
        var cursor = v + 1;
        if (postEnds is not null)
            postEnds[0] = cursor;
        for (var k = 0; k < pattern.Post.Length; k++)
        {
            var at = Find(pattern.Post[k], s, cursor, s.Count, post, k == 0 && pattern.PostAdjacent ? v + 1 : int.MaxValue);
            if (at < 0)
                return false;
            cursor = at;
            if (postEnds is not null)
                postEnds[k + 1] = cursor;
        }
        cursor = 0;
        if (preEnds is not null)
            preEnds[0] = cursor;
        for (var k = 0; k < pattern.Pre.Length; k++)
        {
            var at = Find(pattern.Pre[k], s, k == pattern.Pre.Length - 1 && pattern.PreAdjacent ? Math.Max(cursor, v - pattern.Pre[k].Max(r => r.Length)) : cursor, v, null);
            if (at < 0 || k == pattern.Pre.Length - 1 && pattern.PreAdjacent && at != v)
                return false;
            cursor = at;
            if (preEnds is not null)
                preEnds[k + 1] = cursor;
        }
        return true;
    }

    /// <summary>The position just after the first run of an alternative found in [from, to), starting no later than <paramref name="lastStart"/> (inside <paramref name="mask"/> when given), or -1.</summary>
    private int Find(string[][] element, SentenceView s, int from, int to, bool[]? mask, int lastStart = int.MaxValue)
    {
        for (var i = from; i < to && i <= lastStart; i++)
        {
            if (mask is not null && !Open(s, i, mask))
                continue;
            foreach (var run in element)
            {
                if (i + run.Length > to)
                    continue;
                var ok = true;
                var opened = -1;
                for (var k = 0; k < run.Length && ok; k++)
                {
                    var t = i + k;
                    ok = (s.Words[t] == run[k] || s.Lemmas[t] == run[k]) && (mask is null || Open(s, t, mask) || mask[t] && _guard[t] == opened);
                    if (ok && mask is not null && IsCaseOfGuard(s, t))
                        opened = _guard[s.Head[t]];
                }
                if (!ok)
                    continue;
                // A preposition the pattern names opens its phrase to the words that follow.
                for (var t = i; mask is not null && t < i + run.Length; t++)
                {
                    if (IsCaseOfGuard(s, t))
                        _unlocked[_guard[s.Head[t]]] = true;
                }
                return i + run.Length;
            }
        }
        return -1;
    }

    private bool IsCaseOfGuard(SentenceView s, int t) => s.Rel[t] == "case" && s.Head[t] >= 0 && _guard[s.Head[t]] >= 0;

    /// <summary>Whether word <paramref name="i"/> may match a pattern word: in the region, and not in a prepositional modifier whose preposition is still unmatched.</summary>
    private bool Open(SentenceView s, int i, bool[] mask) =>
        mask[i] && (_guard[i] < 0 || _unlocked[_guard[i]] || s.Rel[i] == "case" && s.Head[i] == _guard[i]);

    private static bool IsNegated(SentenceView s, int v)
    {
        for (var depth = 0; v >= 0 && depth < 3; depth++)
        {
            for (var c = s.FirstChild[v]; c >= 0; c = s.NextSibling[c])
            {
                if (s.Rel[c] is "advmod" or "neg" or "aux" or "det" && s.Lemmas[c] is "NOT" or "N'T" or "NEVER")
                    return true;
            }
            if (s.Rel[v] != "xcomp")
                break;
            v = s.Head[v];
        }
        return false;
    }

    private void FindActors(SentenceView s, int v, ActorCoder actors)
    {
        var subject = -1;
        var extraSubject = -1;
        var passiveSubject = -1;
        var agent = -1;
        for (var c = s.FirstChild[v]; c >= 0; c = s.NextSibling[c])
        {
            var rel = s.Rel[c];
            if (rel is "nsubj" or "csubj")
            {
                // A list the parser split into two subjects ("Mordor, Rohan, Fornost and Bree welcomed").
                if (subject >= 0)
                    extraSubject = subject;
                subject = c;
            }
            else if (rel is "nsubj:pass")
                passiveSubject = c;
            else if (rel == "obl:agent" || rel == "obl" && s.CaseOf(c) == "BY" && passiveSubject >= 0)
                agent = c;
        }
        if (s.Rel[v] == "amod" && s.Head[v] >= 0 && s.Child(v, "obj") < 0)
        {
            // A past participle before a noun is passive: in "a negotiated deal to end their presence" the deal
            // was negotiated by someone unnamed, so no party of the noun phrase is the doer.
            if (!s.Words[v].EndsWith("ING", StringComparison.Ordinal))
                return;
            // A present participle before a noun: "met the visiting minister" — the minister visits the clause's subject.
            actors.ActorsOf(s, s.Head[v], _sources);
            var clause = VerbAbove(s, s.Head[v]);
            if (clause >= 0)
            {
                var host = s.Child(clause, "nsubj");
                actors.ActorsOf(s, host >= 0 ? host : InheritedSubject(s, clause), _targets);
            }
            return;
        }
        if (passiveSubject >= 0 || HasPassiveAux(s, v))
        {
            if (agent < 0)
            {
                for (var c = s.FirstChild[v]; c >= 0; c = s.NextSibling[c])
                {
                    if (s.Rel[c] is "obl" or "obl:agent" && s.CaseOf(c) == "BY")
                        agent = c;
                }
            }
            actors.ActorsOf(s, agent, _sources);
            var patient = passiveSubject >= 0 ? passiveSubject : InheritedSubject(s, v);
            actors.ActorsOf(s, patient, _targets);
            if (_targets.Count == 0)
                Targets(s, v, actors, skip: agent);
            return;
        }
        if (extraSubject >= 0)
            actors.ActorsOf(s, extraSubject, _sources);
        if (subject >= 0)
            actors.ActorsOf(s, subject, _sources);
        if (_sources.Count == 0 && subject >= 0 && s.Upos[subject] == "PRON" && !IsRelativePronoun(s, subject))
        {
            // "Ethiopia indicated it would act": a pronoun subject of a complement clause is the governor's subject.
            var head = s.Head[v];
            if (head >= 0 && s.Rel[v] is "ccomp" && s.Child(head, "nsubj") is var governor and >= 0)
                actors.ActorsOf(s, governor, _sources);
        }
        if (_sources.Count == 0 && (subject < 0 || IsRelativePronoun(s, subject)))
        {
            var inherited = InheritedSubject(s, v);
            if (inherited >= 0)
                actors.ActorsOf(s, inherited, _sources);
        }
        Targets(s, v, actors, skip: -1);
        if (s.Rel[v] is "advcl" or "acl" && s.HasChildLemma(v, "mark", "WITH") && s.Words[v].EndsWith("ING", StringComparison.Ordinal))
        {
            // "met … with visiting X", "in a meeting with visiting X" (the clause under the noun): X is the one who visits.
            var sources = _sources.ToArray();
            _sources.Clear();
            _sources.AddRange(_targets);
            _targets.Clear();
            _targets.AddRange(sources);
        }
    }

    private bool AllRoleOnly(ActorCoder actors)
    {
        foreach (var t in _targets)
        {
            if (!actors.IsRoleOnly(t))
                return false;
        }
        return true;
    }

    private static bool IsPlacePreposition(string? preposition) =>
        preposition is "AT" or "IN" or "NEAR" or "ALONG" or "ACROSS" or "INSIDE" or "OUTSIDE" or "DURING" or "THROUGHOUT" or "AROUND";

    /// <summary>
    /// An oblique that may name the target: not a time ("on Thursday", "five years", "after crowds burned …",
    /// "since demonstrators were crushed"), which dates the event and names no party to it.
    /// </summary>
    private static bool IsPartyOblique(SentenceView s, int c) =>
        s.Rel[c].StartsWith("obl", StringComparison.Ordinal) && s.Rel[c] is not ("obl:tmod" or "obl:unmarked" or "obl:npmod")
        && s.CaseOf(c) is not ("AFTER" or "BEFORE" or "SINCE" or "UNTIL" or "TILL" or "AGO");

    private static bool HasPassiveAux(SentenceView s, int v) => s.Child(v, "aux:pass") >= 0 && s.Child(v, "nsubj") < 0;

    /// <summary>The verb of the clause a word stands in: the word itself if it is one, else the nearest verb above it, or -1.</summary>
    private static int VerbAbove(SentenceView s, int i)
    {
        while (i >= 0 && s.Upos[i] != "VERB")
            i = s.Head[i];
        return i;
    }

    private static bool IsRelativePronoun(SentenceView s, int i) => s.Lemmas[i] is "WHICH" or "WHO" or "THAT" or "WHOM";

    /// <summary>The subject a verb without one shares: its governor's (infinitives, conjoined verbs) or, in a relative clause, the noun it modifies.</summary>
    private static int InheritedSubject(SentenceView s, int v)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            var rel = s.Rel[v];
            var head = s.Head[v];
            if (head < 0)
                return -1;
            if (rel == "acl" && s.HasChildLemma(v, "mark", "WITH"))
            {
                // "made the remarks in a meeting with visiting X": who meets X is the subject of the clause around the noun.
                var clause = VerbAbove(s, head);
                return clause >= 0 ? s.Child(clause, "nsubj") : -1;
            }
            if (rel is "acl:relcl" or "acl")
                return head;
            if (rel is not ("xcomp" or "conj" or "advcl" or "ccomp" or "parataxis"))
                return -1;
            var subject = -1;
            for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
            {
                if (s.Rel[c] is "nsubj" or "nsubj:pass")
                    subject = c;
            }
            if (subject >= 0)
                return subject;
            v = head;
        }
        return -1;
    }

    private void Targets(SentenceView s, int v, ActorCoder actors, int skip)
    {
        // Objects first, then obliques that name a party ("with Gondor", "against Daesh"), then places ("at Osgiliath");
        // a role with no country ("on his official visit") gives way to a place that names one ("arrived in Gondor").
        EventActor[]? roleOnly = null;
        for (var pass = 0; pass < 4 && _targets.Count == 0; pass++)
        {
            if (pass == 3 && roleOnly is null && _targets.Count > 0)
                break;
            for (var c = s.FirstChild[v]; c >= 0; c = s.NextSibling[c])
            {
                if (c == skip)
                    continue;
                var rel = s.Rel[c];
                var wanted = pass switch
                {
                    0 => rel == "obj",
                    1 => rel == "iobj",
                    2 => IsPartyOblique(s, c) && !IsPlacePreposition(s.CaseOf(c)),
                    _ => IsPartyOblique(s, c) && IsPlacePreposition(s.CaseOf(c)),
                };
                if (!wanted)
                    continue;
                actors.ActorsOf(s, c, _targets);
                if (_targets.Count == 0 && pass == 0 && actors.IsDeed(s, c))
                {
                    // "praised the purging of Daesh … as a great achievement by the Syrian army": who did the deed.
                    for (var o = s.FirstChild[v]; o >= 0 && _targets.Count == 0; o = s.NextSibling[o])
                    {
                        if (s.Rel[o] == "obl" && s.CaseOf(o) == "AS")
                            actors.ActorsOf(s, o, _targets);
                    }
                }
                if (_targets.Count > 0 && pass == 2 && roleOnly is null && AllRoleOnly(actors))
                {
                    roleOnly = [.. _targets];
                    _targets.Clear();
                    break;
                }
                if (_targets.Count > 0)
                    return;
            }
        }
        if (_targets.Count == 0 && roleOnly is not null)
        {
            _targets.AddRange(roleOnly);
            return;
        }
        // "allowed that Mordor isn't …": the subject of a complement clause, for verbs that do not report speech.
        if (!SayingVerbs.Contains(s.Lemmas[v]))
        {
            var complement = s.Child(v, "ccomp");
            if (complement >= 0 && s.Child(complement, "nsubj") is var subject and >= 0)
                actors.ActorsOf(s, subject, _targets);
        }
        // "signed an accord to supply Gondor": the object of an infinitive complement.
        for (var c = s.FirstChild[v]; c >= 0 && _targets.Count == 0; c = s.NextSibling[c])
        {
            if (s.Rel[c] is not ("xcomp" or "advcl") || !s.HasChildLemma(c, "mark", "TO"))
                continue;
            var obj = s.Child(c, "obj");
            if (obj >= 0)
                actors.ActorsOf(s, obj, _targets);
        }
    }

    /// <summary>The speaker of "X said (that) …" above the clause, or null.</summary>
    private EventActor? Speaker(SentenceView s, int v, ActorCoder actors)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            var head = s.Head[v];
            if (head < 0 || s.Rel[v] is not ("ccomp" or "parataxis" or "conj"))
                return null;
            if (s.Rel[v] != "conj" && SayingVerbs.Contains(s.Lemmas[head]))
            {
                var subject = s.Child(head, "nsubj");
                if (subject < 0)
                    return null;
                _speakers.Clear();
                actors.ActorsOf(s, subject, _speakers);
                return _speakers.Count > 0 ? _speakers[0] : null;
            }
            v = head;
        }
        return null;
    }
}
