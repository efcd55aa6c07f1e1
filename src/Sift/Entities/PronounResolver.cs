using Sift.Model;
using Sift.Syntax;

namespace Sift.Entities;

/// <summary>
/// Binds pronouns to the most salient compatible entity among the mentions of the same and the two
/// previous sentences: he/his/him and she/her to people, it/its to organizations and places.
/// They/their are left alone: in news they mostly point at groups the text never names ("the Syrian
/// forces and their allies"). Salience: nearer sentences first; within a sentence, subjects before other
/// mentions (in an earlier sentence the main clause's subject before a subordinate clause's), then the
/// nearest mention. A person whose honorifics ("Mrs.") or unambiguous earlier pronouns give a gender is
/// no candidate for a pronoun of the other. A possessive before its clause's subject points forward to
/// it ("In his meetings, Pompeo …"). A pronoun with no compatible entity in reach is left out, and so
/// is "it" in "it is … to/that" (no referent) and a speaking "he" that continues a speaker the text
/// only describes ("A government spokesman said … He added").
/// </summary>
internal static class PronounResolver
{
    private static readonly Dictionary<string, string[]> Compatible = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = ["PER"], ["him"] = ["PER"], ["his"] = ["PER"], ["himself"] = ["PER"],
        ["she"] = ["PER"], ["her"] = ["PER"], ["hers"] = ["PER"], ["herself"] = ["PER"],
        ["it"] = ["ORG", "LOC"], ["its"] = ["ORG", "LOC"], ["itself"] = ["ORG", "LOC"],
    };

    private const int Reach = 2;

    public static void Add(EntityDocument doc, List<DraftMention> mentions, List<DraftEntity> entities)
    {
        var found = new List<DraftMention>();
        var sorted = mentions.Where(m => m.Entity >= 0).OrderBy(m => m.First).ToList();
        for (var s = 0; s < doc.Text.Sentences.Count; s++)
        {
            var sentence = doc.Text.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                if (!Compatible.TryGetValue(doc.Word(i), out var types) || IsPleonastic(doc, i, end))
                    continue;
                var gender = Genders.OfPronoun(doc.Word(i));
                var forward = ForOnesPart(doc, sorted, i, sentence) ?? InFrontOfItsSubject(doc, sorted, entities, types, gender, i, sentence);
                var (entity, alone) = forward is { } f ? (f, false) : MostSalient(doc, sorted, found, entities, types, gender, i, s);
                if (entity < 0)
                    continue;
                found.Add(new DraftMention(i, i, s, MentionKind.Pronoun, entities[entity].Type) { Entity = entity });
                if (alone && gender == Gender.Male)
                    entities[entity].He++;
                else if (alone && gender == Gender.Female)
                    entities[entity].She++;
            }
        }
        mentions.AddRange(found);
    }

    /// <returns>the entity, and whether it was the only compatible one within reach</returns>
    private static (int Entity, bool Alone) MostSalient(EntityDocument doc, List<DraftMention> names, List<DraftMention> pronouns, List<DraftEntity> entities,
        string[] types, Gender gender, int at, int sentence)
    {
        var best = -1;
        var bestScore = int.MinValue;
        var alone = true;
        foreach (var list in new[] { names, pronouns })
        {
            foreach (var m in list)
            {
                if (m.First >= at || m.Sentence < sentence - Reach || m.Entity < 0 || Array.IndexOf(types, entities[m.Entity].Type) < 0
                    || entities[m.Entity].Excludes(gender))
                    continue;
                // The sentence distance weighs most; a subject outranks any other mention of its sentence.
                var score = -1000 * (sentence - m.Sentence) + SubjectWeight(doc, m, m.Sentence < sentence) + (m.First - doc.Text.Sentences[m.Sentence].FirstToken);
                if (best >= 0 && m.Entity != best)
                    alone = false;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = m.Entity;
                }
            }
        }
        // "A government spokesman said … He added: …": a speaker the text describes without naming, as a subject
        // nearer or more salient than any named candidate, is who the speaking pronoun means; better none than another.
        if (best >= 0 && types.Contains("PER") && Speaks(doc, at) && UnnamedSubjectOutranks(doc, names, gender, at, sentence, bestScore))
            return (-1, false);
        return (best, alone);
    }

    private static bool UnnamedSubjectOutranks(EntityDocument doc, List<DraftMention> names, Gender gender, int at, int sentence, int bestScore)
    {
        if (doc.Syntax is not { } syntax)
            return false;
        for (var s = Math.Max(0, sentence - Reach); s <= sentence; s++)
        {
            var from = doc.Text.Sentences[s].FirstToken;
            var end = Math.Min(at, from + doc.Text.Sentences[s].TokenCount);
            for (var i = from; i < end; i++)
            {
                if (doc.Relation(i) is not ("nsubj" or "nsubj:pass") || syntax.Tokens[i].Upos != "NOUN" || !NominalFinder.IsRoleNoun(doc.Word(i)) || !Speaks(doc, i)
                    || names.Exists(m => m.First <= i && i <= m.Last || NamesByApposition(doc, m, i)) || Genders.OfNoun(doc.Word(i)) is var g && g != Gender.Unknown && gender != Gender.Unknown && g != gender)
                    continue;
                var clause = syntax.Tokens[i].Head;
                var weight = s < sentence && IsMainClause(doc, clause) ? MainSubject : 500;
                if (-1000 * (sentence - s) + weight + (i - from) > bestScore)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The sentence's main clause: its root, or the verb of saying of a quote put first ("'She will win …,' said
    /// Larry Sabato", where the parse makes the quote's verb the root).
    /// </summary>
    private static bool IsMainClause(EntityDocument doc, int verb) =>
        verb >= 0 && (doc.Relation(verb) == "root" || doc.Relation(verb) is "parataxis" or "ccomp" && SayingVerbs.Contains(doc.Syntax!.Tokens[verb].Lemma));

    /// <summary>Whether the token is the subject of a verb of saying ("he said", "He added:").</summary>
    private static bool Speaks(EntityDocument doc, int token)
    {
        if (doc.Syntax is not { } syntax || doc.Relation(token) != "nsubj" || syntax.Tokens[token].Head is not (var verb and >= 0))
            return false;
        return SayingVerbs.Contains(syntax.Tokens[verb].Lemma);
    }

    /// <summary>
    /// "The director of the European Centre, Ina Kirsch, …": a name set off by a comma inside the described
    /// person's phrase (in apposition, whatever the parse hung it from) names that person.
    /// </summary>
    private static bool NamesByApposition(EntityDocument doc, DraftMention m, int noun)
    {
        if (m.Kind != MentionKind.Name || m.First <= noun || doc.Word(m.First - 1) != ",")
            return false;
        var t = doc.HeadOf(m.First, m.Last);
        // A possessor is not the name ("Sonya A. Zoghlin, Carlineo's attorney, told …").
        if (doc.Relation(t) == "nmod:poss")
            return false;
        for (var depth = 0; depth < 4 && t >= 0; depth++)
        {
            t = doc.Syntax!.Tokens[t].Head;
            if (t == noun)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "In his meetings, Pompeo …", "After her speech, Clinton …": a possessive in a phrase put before the clause's
    /// subject points forward, to that subject, when it is a name.
    /// </summary>
    private static int? InFrontOfItsSubject(EntityDocument doc, List<DraftMention> names, List<DraftEntity> entities, string[] types, Gender gender, int i, Sentence sentence)
    {
        if (doc.Syntax is not { } syntax || doc.Relation(i) != "nmod:poss")
            return null;
        // The phrase the possessive sits in hangs from the clause's verb as an oblique or adverbial.
        var phrase = syntax.Tokens[i].Head;
        if (phrase < 0 || doc.Relation(phrase) is not ("obl" or "advcl" or "obl:tmod" or "advmod") || syntax.Tokens[phrase].Head is not (var verb and >= 0))
            return null;
        foreach (var m in names)
        {
            if (m.First <= i || m.First >= sentence.FirstToken + sentence.TokenCount)
                continue;
            var head = doc.HeadOf(m.First, m.Last);
            if (doc.Relation(head) == "nsubj" && syntax.Tokens[head].Head == verb && m.Entity >= 0
                && Array.IndexOf(types, entities[m.Entity].Type) >= 0 && !entities[m.Entity].Excludes(gender))
                return m.Entity;
        }
        return null;
    }

    /// <summary>"For his part, Muallem praised …": the pronoun points forward, to the name after the comma.</summary>
    private static int? ForOnesPart(EntityDocument doc, List<DraftMention> names, int i, Sentence sentence)
    {
        if (i != sentence.FirstToken + 1 || !doc.Word(i - 1).Equals("for", StringComparison.OrdinalIgnoreCase)
            || i + 2 >= sentence.FirstToken + sentence.TokenCount || doc.Word(i + 1) != "part" || doc.Word(i + 2) != ",")
            return null;
        foreach (var m in names)
        {
            if (m.First == i + 3)
                return m.Entity;
        }
        return null;
    }

    /// <summary>
    /// A subject outranks any other mention of its sentence, and the main clause's subject a subordinate
    /// clause's ("EDL leader Tommy Robinson criticised the decision and said … where Drummer Rigby died. '…,' he said").
    /// </summary>
    private static int SubjectWeight(EntityDocument doc, DraftMention m, bool earlierSentence)
    {
        var head = doc.HeadOf(m.First, m.Last);
        if (doc.Relation(head) is not ("nsubj" or "nsubj:pass"))
        {
            // A name in apposition to a described subject is that subject ("EDL leader Tommy Robinson criticised …",
            // "The director of the European Centre, Ina Kirsch, told …").
            var subject = head;
            var appositive = true;
            for (var depth = 0; depth < 4 && subject >= 0 && doc.Relation(subject) is not ("nsubj" or "nsubj:pass"); depth++)
            {
                appositive &= doc.Relation(subject) is "appos" or "flat" or "flat:name" or "compound";
                subject = doc.Syntax?.Tokens[subject].Head ?? -1;
            }
            if (subject < 0 || doc.Relation(subject) is not ("nsubj" or "nsubj:pass") || !(appositive || NamesByApposition(doc, m, subject)))
                return 0;
            head = subject;
        }
        var clause = doc.Syntax?.Tokens[head].Head ?? -1;
        return earlierSentence && IsMainClause(doc, clause) ? MainSubject : 500;
    }

    private const int MainSubject = 700;

    /// <summary>"It is/was … to …", "it is … that …": an "it" that refers to nothing.</summary>
    private static bool IsPleonastic(EntityDocument doc, int i, int end)
    {
        if (!doc.Word(i).Equals("it", StringComparison.OrdinalIgnoreCase) || i + 1 >= end)
            return false;
        if (doc.Word(i + 1) is not ("is" or "was" or "'s" or "’s" or "seems" or "appears" or "remains"))
            return false;
        for (var j = i + 2; j < end && j < i + 8; j++)
        {
            if (doc.Word(j) is "to" or "that")
                return true;
        }
        return false;
    }
}
