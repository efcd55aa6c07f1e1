using Sift.Model;

namespace Sift.Entities;

/// <summary>
/// Binds pronouns to the most salient compatible entity among the mentions of the same and the two
/// previous sentences: he/his/him and she/her to people, it/its to organizations and places.
/// They/their are left alone: in news they mostly point at groups the text never names ("the Syrian
/// forces and their allies"). Salience: nearer sentences first; within a sentence, subjects before other
/// mentions, then the nearest mention. A pronoun with no compatible entity in reach is left out, and
/// so is "it" in "it is … to/that" (no referent).
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
                var gender = GenderOf(doc.Word(i));
                var (entity, alone) = ForOnesPart(doc, sorted, i, sentence) is { } forward ? (forward, false) : MostSalient(doc, sorted, found, entities, types, gender, i, s);
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
                var score = -1000 * (sentence - m.Sentence) + (IsSubject(doc, m) ? 500 : 0) + (m.First - doc.Text.Sentences[m.Sentence].FirstToken);
                if (best >= 0 && m.Entity != best)
                    alone = false;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = m.Entity;
                }
            }
        }
        return (best, alone);
    }

    private static Gender GenderOf(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => Gender.Male,
        "she" or "her" or "hers" or "herself" => Gender.Female,
        _ => Gender.Unknown,
    };

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

    private static bool IsSubject(EntityDocument doc, DraftMention m) =>
        doc.Relation(doc.HeadOf(m.First, m.Last)) is "nsubj" or "nsubj:pass";

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
