using Sift.Model;

namespace Sift.Events;

/// <summary>
/// Codes the noun phrase under a head token as CAMEO actors: the actor dictionary's longest phrase in the
/// phrase's core (the head with its compounds, modifiers, possessors and appositions; the rest of the
/// phrase only when the core names none), an agent ("president" → GOV, "army" → MIL) joined to it, and,
/// where the dictionaries know no actor, the entity the phrase mentions (its country and the role its
/// titles give). Conjoined phrases ("Hezbollah and the Syrian army") give one actor each.
/// One instance per article; not thread-safe.
/// </summary>
internal sealed class ActorCoder
{
    private readonly EventDictionaries _d;
    private readonly DateOnly? _date;
    private readonly string _text;
    private readonly TextLayer _layer;
    private readonly EntityLayer? _entities;
    private readonly SyntaxLayer? _syntax;
    private readonly int[]? _tokenEntity;
    private readonly Dictionary<int, string> _entityCodes = [];
    private readonly HashSet<EventActor> _roleOnly = [];

    /// <summary>Whether the actor is a role with no country ("officials", "---GOV").</summary>
    public bool IsRoleOnly(EventActor actor) => _roleOnly.Contains(actor);
    private bool[] _core = new bool[64];
    private bool[] _rest = new bool[64];

    /// <param name="syntax">the article's parse, for counted groups ("The two sides"); without it a group codes no actor</param>
    public ActorCoder(EventDictionaries dictionaries, DateOnly? date, string text, TextLayer layer, EntityLayer? entities, SyntaxLayer? syntax = null)
    {
        _d = dictionaries;
        _date = date;
        _text = text;
        _layer = layer;
        _entities = entities;
        _syntax = syntax;
        if (entities is null || entities.Mentions.Count == 0)
            return;
        // Which entity each token mentions (names and descriptions win over pronouns only by coming first).
        _tokenEntity = new int[layer.Tokens.Count];
        Array.Fill(_tokenEntity, -1);
        foreach (var mention in entities.Mentions)
        {
            var (from, to) = layer.TokensIn(mention.Span);
            for (var k = from; k < to; k++)
            {
                if (_tokenEntity[k] < 0)
                    _tokenEntity[k] = mention.Entity;
            }
        }
    }

    /// <summary>The actors the phrase headed by <paramref name="head"/> names, one per conjunct; empty when none.</summary>
    public void ActorsOf(SentenceView s, int head, List<EventActor> into) => ActorsOf(s, head, into, null, 0);

    private void ActorsOf(SentenceView s, int head, List<EventActor> into, string[]? sharedCountries, int depth)
    {
        if (head < 0 || depth > 6)
            return;
        if (NamesAProcessHeldInACity(s, head))
            return;
        var (actor, agent) = Code(s, head);
        if (actor is null && AddCountedGroup(s, head, into))
            return;
        if (actor is null && IsDeed(s, head))
        {
            // The deed's doer, when the phrase names one ("the purging of Daesh by the Syrian army"), else no one.
            for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
            {
                if (s.Rel[c].StartsWith("nmod", StringComparison.Ordinal) && s.CaseOf(c) == "BY")
                    ActorsOf(s, c, into, null, depth + 1);
            }
            return;
        }
        if (actor is null)
        {
            // Nothing in the phrase's core: a modifier further out ("ties with Gondor", "the support of the Iranian leadership").
            for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
            {
                if (s.Rel[c].StartsWith("nmod", StringComparison.Ordinal) && s.Rel[c] != "nmod:poss")
                {
                    var before = into.Count;
                    ActorsOf(s, c, into, null, depth + 1);
                    if (into.Count > before)
                        break; // the nearest modifier that names an actor
                }
            }
            // Still nothing: a participle's complement ("the roads leading into Mordor").
            for (var c = s.FirstChild[head]; c >= 0 && into.Count == 0 && depth < 3; c = s.NextSibling[c])
            {
                if (s.Rel[c] != "acl")
                    continue;
                for (var g = s.FirstChild[c]; g >= 0 && into.Count == 0; g = s.NextSibling[g])
                {
                    if (s.Rel[g] == "obj" || s.Rel[g].StartsWith("obl", StringComparison.Ordinal))
                        ActorsOf(s, g, into, null, depth + 1);
                }
            }
        }
        string[]? countries = actor is not null && actor.Code.Length >= 3 && agent is null ? [actor.Code[..3]] : null;
        if (actor is not null && agent is { } a && actor.Code == a.Code)
        {
            // A role without a country: "the ambassadors of Arnor, Osgiliath and Gondor", "soldiers from Gondor",
            // "lawmakers in Fornost and Gondor"; or the country of the first conjunct ("Danish media and government").
            var before = into.Count;
            for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
            {
                if (s.Rel[c].StartsWith("nmod", StringComparison.Ordinal))
                    ActorsOf(s, c, into, null, depth + 1);
            }
            // A modifier that is the role itself names no country: "the terrorists' plot in Syria" is one actor,
            // SYRUAF, not that and the terrorists (UAF) beside it, which the clause coder would pair as two parties.
            for (var i = into.Count - 1; i >= before; i--)
            {
                if (into[i].Entity is null && (into[i].Code == a.Code || into[i].Code == _d.UnknownCountry + a.Code))
                    into.RemoveAt(i);
            }
            if (into.Count > before)
            {
                // "Lawmakers and officials in Fornost and Gondor": the countries carry over to the next conjunct.
                countries = new string[into.Count - before];
                for (var i = before; i < into.Count; i++)
                {
                    countries[i - before] = into[i].Code.Length == 3 ? into[i].Code : "";
                    into[i] = into[i] with { Code = into[i].Code.Length == 3 ? AgentDictionary.Combine(into[i].Code, a) : into[i].Code, Name = actor.Name, Span = actor.Span };
                }
            }
            else if (sharedCountries is { Length: > 0 })
            {
                foreach (var shared in sharedCountries)
                {
                    if (shared.Length > 0)
                        into.Add(actor with { Code = AgentDictionary.Combine(shared, a) });
                }
            }
            else
            {
                var roleOnly = _d.UnknownCountry.Length > 0 && !a.Prefix ? actor with { Code = _d.UnknownCountry + actor.Code } : actor;
                _roleOnly.Add(roleOnly);
                into.Add(roleOnly);
            }
        }
        else if (actor is not null)
        {
            foreach (var part in actor.Code.Split('/', StringSplitOptions.RemoveEmptyEntries))
                into.Add(part == actor.Code ? actor : actor with { Code = part });
        }
        for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
        {
            if (s.Rel[c] is "conj" or "list")
                ActorsOf(s, c, into, countries ?? sharedCountries, depth + 1);
        }
    }

    /// <summary>The actor of one conjunct, or null.</summary>
    private (EventActor? Actor, AgentCode? Agent) Code(SentenceView s, int head)
    {
        if (_core.Length < s.Count)
        {
            _core = new bool[s.Count * 2];
            _rest = new bool[s.Count * 2];
        }
        Array.Clear(_core, 0, s.Count);
        Array.Clear(_rest, 0, s.Count);
        Mark(s, head, true, 0);
        var (code, start, end) = FindActor(s, _core);
        var agent = FindAgent(s, _core, out var agentAt);
        int? entity = null;
        // The entity the head mentions, else a person the head word titles ("Deputy Foreign Minister for Arab and
        // African Affairs Hossein Jaberi Ansari", the name parsed deep inside), else the first person,
        // organization or place of the core, else any.
        var entityId = EntityAt(s, head);
        if ((entityId < 0 || IsMisc(entityId)) && TitledPerson(s, head) is var titled and >= 0)
            entityId = titled;
        else if (entityId < 0 || IsMisc(entityId))
        {
            var fallback = entityId;
            entityId = -1;
            for (var i = 0; i < s.Count && entityId < 0; i++)
            {
                if (_core[i] && EntityAt(s, i) is var id and >= 0)
                {
                    if (!IsMisc(id))
                        entityId = id;
                    else if (fallback < 0)
                        fallback = id;
                }
            }
            if (entityId < 0)
                entityId = fallback;
        }
        if (entityId >= 0)
            entity = entityId;
        if (code is null && entityId >= 0 && EntityCode(entityId) is { Length: > 0 } fromEntity)
            code = fromEntity;
        if (code is null && agent is null)
            return (null, null);
        var full = code ?? "";
        if (agent is { } a && (full.Length == 0 || full.Length == 3))
            full = AgentDictionary.Combine(full, a);
        if (full.Length == 0)
            return (null, null);
        // The span: the core of the phrase, first to last token.
        int first = head, last = head;
        for (var i = 0; i < s.Count; i++)
        {
            if (!_core[i] || !s.IsWord(i))
                continue;
            first = Math.Min(first, i);
            last = Math.Max(last, i);
        }
        while (first < last && s.Upos[first] is "DET" or "ADP" or "PUNCT" or "CCONJ")
            first++;
        var span = new Span(_layer.Tokens[s.First + first].Start, _layer.Tokens[s.First + last].End);
        return (new EventActor(full, _text[span.Start..span.End], span, entity), code is null ? agent : null);
    }

    private static bool HasNmodChild(SentenceView s, int head)
    {
        for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
        {
            if (s.Rel[c] == "nmod")
                return true;
        }
        return false;
    }

    /// <summary>A person named further inside the phrase whose titles hold the phrase's head word ("Minister"), or -1.</summary>
    private int TitledPerson(SentenceView s, int head)
    {
        if (_tokenEntity is null || s.Upos[head] is not ("NOUN" or "PROPN"))
            return -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (!Under(s, i, head) || EntityAt(s, i) is not (var id and >= 0) || EntityOf(id) is not { Type: "PER" } person)
                continue;
            foreach (var title in person.Titles)
            {
                if (title.Contains(_text.AsSpan(_layer.Tokens[s.First + head].Start, _layer.Tokens[s.First + head].End - _layer.Tokens[s.First + head].Start), StringComparison.OrdinalIgnoreCase))
                    return id;
            }
        }
        return -1;
    }

    private static bool Under(SentenceView s, int i, int ancestor)
    {
        for (var depth = 0; i >= 0 && depth < 12; depth++)
        {
            if (i == ancestor)
                return true;
            i = s.Head[i];
        }
        return false;
    }

    private bool IsMisc(int id) => EntityOf(id)?.Type == "MISC";

    private Entity? EntityOf(int id) => _entities?.Find(id);

    private int EntityAt(SentenceView s, int i) => _tokenEntity is null ? -1 : _tokenEntity[s.First + i];

    /// <summary>Marks the phrase's core (and, in <see cref="_rest"/>, its other words), stopping at clauses and conjuncts.</summary>
    private void Mark(SentenceView s, int i, bool core, int depth)
    {
        if (depth > 12)
            return;
        if (core)
            _core[i] = true;
        else
            _rest[i] = true;
        for (var c = s.FirstChild[i]; c >= 0; c = s.NextSibling[c])
        {
            var rel = s.Rel[c];
            if (rel is "conj" or "list" or "cc" or "punct" or "parataxis" or "acl:relcl" or "advcl" or "ccomp" || rel.StartsWith("nsubj", StringComparison.Ordinal) || (depth == 0 && rel is "obj" or "obl" or "xcomp" or "aux" or "aux:pass" or "cop" or "mark" or "advmod"))
                continue;
            var childCore = core && rel is "compound" or "amod" or "flat" or "flat:name" or "flat:foreign" or "nmod:poss" or "nmod:desc" or "det" or "nummod" or "appos" or "case" or "compound:prt" or "det:poss" or "nmod:npmod" or "nmod:unmarked";
            Mark(s, c, childCore, depth + 1);
        }
    }

    /// <summary>
    /// The first actor phrase that starts in the core; it may run on into the phrase's modifiers ("the Prince of
    /// Dol Amroth", "the Ministry of Silly Walks"), which name no actor of their own to the core.
    /// </summary>
    private (string? Code, int Start, int End) FindActor(SentenceView s, bool[] mask)
    {
        (string? Code, int Start, int End) country = (null, -1, -1);
        for (var i = 0; i < s.Count; i++)
        {
            if (!mask[i])
                continue;
            var end = i;
            while (end < s.Count && (mask[end] || _rest[end]))
                end++;
            var (n, actor) = _d.Actors.Match(s.Words, s.Lemmas, i, end);
            if (n > 0 && _d.Actors.CodeOf(actor, _date) is { } code)
            {
                if (code.Length == 0)
                    return country.Code is null ? (null, i, i + n) : country; // "[---]": listed on purpose as no actor
                // A country adjective gives way to a named actor further in ("the Lebanese Hezbollah resistance
                // movement" is Hezbollah, LBNREB, not LBN with the movement's role).
                if (code.Length == 3 && s.Upos[i] == "ADJ" && country.Code is null)
                {
                    country = (code, i, i + n);
                    i += n - 1;
                    continue;
                }
                if (country.Code is not null && (code.Length <= 3 || !code.StartsWith(country.Code, StringComparison.Ordinal)))
                    return country;
                return (code, i, i + n);
            }
        }
        return country;
    }

    private AgentCode? FindAgent(SentenceView s, bool[] mask, out int at)
    {
        at = -1;
        AgentCode? best = null;
        var bestLength = 0;
        for (var i = 0; i < s.Count; i++)
        {
            if (!mask[i])
                continue;
            var end = i;
            while (end < s.Count && (mask[end] || _rest[end]))
                end++;
            var (n, code) = _d.Agents.Match(s.Words, s.Lemmas, i, end);
            if (n > 0 && n >= bestLength)
            {
                (best, bestLength, at) = (code, n, i);
            }
        }
        return best;
    }

    /// <summary>A noun naming a deed done to someone ("the purging of the terrorist groups"): see <see cref="ActionNouns"/>.</summary>
    public bool IsDeed(SentenceView s, int head) =>
        s.Upos[head] == "NOUN" && ActionNouns.Contains(_syntax?.Tokens[s.First + head].Lemma);

    /// <summary>
    /// "The two sides exchanged views on the process of the Astana talks": the city says where the talks were
    /// held, so neither it nor its country is the talks' actor (a country stays one: "the Syria talks" are about Syria).
    /// </summary>
    private bool NamesAProcessHeldInACity(SentenceView s, int head)
    {
        if (_syntax is null)
            return false;
        for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
        {
            if (ProcessNouns.Modifies(_syntax, s.First + c) && EntityAt(s, c) is var id and >= 0 && EntityOf(id)?.Place?.Kind == "city")
                return true;
        }
        return false;
    }

    /// <summary>
    /// A counted group ("The two sides also exchanged views") acts as the entities it counts
    /// (<see cref="Entities.CountedGroups"/>): one actor each, named by the entity and pinned to the group's words,
    /// so the clause coder pairs them as it pairs conjuncts ("Gondor and Osgiliath renewed ties").
    /// </summary>
    private bool AddCountedGroup(SentenceView s, int head, List<EventActor> into)
    {
        if (_syntax is null || _entities is null)
            return false;
        var first = head;
        for (var c = s.FirstChild[head]; c >= 0; c = s.NextSibling[c])
        {
            if (c < head && s.Rel[c] is "nummod" or "amod" or "det" or "det:predet")
                first = Math.Min(first, c);
        }
        while (first < head && s.Upos[first] == "DET")
            first++;
        var span = new Span(_layer.Tokens[s.First + first].Start, _layer.Tokens[s.First + head].End);
        var members = Entities.CountedGroups.Resolve(_entities, _syntax, s.Index, span, s.First + head);
        var before = into.Count;
        foreach (var id in members)
        {
            // Named by the member, as the group's words alone do not tell the two actors apart.
            if (EntityCode(id) is { Length: > 0 } code)
                into.Add(new EventActor(code, EntityOf(id)?.Name ?? _text[span.Start..span.End], span, id));
        }
        return into.Count > before;
    }

    /// <summary>An entity's code: its name in the actor dictionary, else its country with the role of its first title that names one.</summary>
    private string? EntityCode(int id)
    {
        if (_entityCodes.TryGetValue(id, out var cached))
            return cached;
        var entity = EntityOf(id);
        string code = "";
        if (entity is not null)
        {
            var actor = _d.Actors.Lookup(entity.Name);
            if (actor >= 0 && _d.Actors.CodeOf(actor, _date) is { Length: > 0 } named)
                code = named;
            else if (entity.Type is "PER" or "ORG" or "LOC" && _d.Countries.Alpha3(entity.Country ?? entity.Place?.CountryCode) is { } country)
            {
                code = country;
                if (entity.Type != "LOC")
                {
                    foreach (var title in entity.Titles)
                    {
                        if (_d.Agents.InTitle(title) is { } agent)
                        {
                            code = AgentDictionary.Combine(country, agent);
                            break;
                        }
                    }
                }
            }
        }
        _entityCodes[id] = code;
        return code;
    }
}
