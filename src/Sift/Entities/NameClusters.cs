using Sift.Model;

namespace Sift.Entities;

/// <summary>
/// Groups name mentions into entities in text order: each name joins the first entity one of whose
/// names it matches (<see cref="NameMatcher"/>), else starts a new one. A longer name seen later
/// ("Bashar al-Assad" after "Assad") becomes the canonical name.
/// </summary>
internal static class NameClusters
{
    public static List<DraftEntity> Build(EntityDocument doc, List<DraftMention> mentions)
    {
        var entities = new List<DraftEntity>();
        var names = new List<(string[] Key, IReadOnlyList<string> Words, string Type, int Entity)>();
        foreach (var m in mentions)
        {
            var words = doc.WordList(m.First, m.Last);
            var key = NameMatcher.Key(words);
            if (key.Length == 0)
                continue;
            var entity = -1;
            var gender = m.Type == "PER" ? Honorific(doc, m) : Gender.Unknown;
            foreach (var (otherKey, otherWords, otherType, otherEntity) in names)
            {
                // "Mr. Clinton" is not the Clinton already called "Mrs. Clinton".
                if (entities[otherEntity].Excludes(gender))
                    continue;
                // A longer name only joins through a short one when it agrees with the fuller name the short one
                // already stands for (same surname, same initial: "Mike Pompeo" and "Michael R. Pompeo"), so
                // "Candace Smith" does not join "Smith" once "Smith" stands for "Quentin Smith".
                if (key.Length > otherKey.Length && entities[otherEntity].NameWords > otherKey.Length
                    && !entities[otherEntity].NameKeys.Any(k => k.Length > 1 && k[^1] == key[^1] && k[0][0] == key[0][0]))
                    continue;
                var sameType = otherType == m.Type;
                var (shorter, longer, shorterWords, longerWords) = key.Length <= otherKey.Length
                    ? (key, otherKey, words, otherWords)
                    : (otherKey, key, otherWords, words);
                // Identical names join whatever types the recognizer gave them, and so does a lone surname of a
                // person named in full, before or after the full name ("Muallem" and "Walid al-Muallem", the
                // headline's "Assad" and "Bashar al-Assad"); other variants only within a type.
                if (key.AsSpan().SequenceEqual(otherKey)
                    || (sameType && NameMatcher.SameEntity(shorter, longer, m.Type, shorterWords, longerWords))
                    || (key.Length == 1 && otherType == "PER" && otherKey.Length > 1 && otherKey[^1] == key[0])
                    || (otherKey.Length == 1 && m.Type == "PER" && key.Length > 1 && key[^1] == otherKey[0]))
                {
                    entity = otherEntity;
                    break;
                }
            }
            if (entity < 0)
            {
                entity = entities.Count;
                entities.Add(new DraftEntity(entity));
            }
            var e = entities[entity];
            m.Entity = entity;
            names.Add((key, words, m.Type, entity));
            e.NameKeys.Add(key);
            e.TypeVotes[m.Type] = e.TypeVotes.GetValueOrDefault(m.Type) + 1;
            if (gender == Gender.Male)
                e.Male++;
            else if (gender == Gender.Female)
                e.Female++;
            if (key.Length > e.NameWords || (key.Length == e.NameWords && e.Name.Length == 0))
            {
                e.NameWords = key.Length;
                e.Name = CleanName(doc.Words(m.First, m.Last));
            }
        }
        foreach (var m in mentions)
        {
            if (m.Entity >= 0)
                m.Type = entities[m.Entity].Type;
        }
        return entities;
    }

    /// <summary>The gender a person's honorific gives, right before the name or as its first word.</summary>
    private static Gender Honorific(EntityDocument doc, DraftMention m)
    {
        foreach (var i in (ReadOnlySpan<int>)[m.First - 1, m.First])
        {
            if (i < 0 || i > m.Last)
                continue;
            switch (doc.Word(i))
            {
                case "Mr." or "Mr" or "MR.":
                    return Gender.Male;
                case "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss" or "MRS." or "MS.":
                    return Gender.Female;
            }
        }
        return Gender.Unknown;
    }

    private static string CleanName(string name) => name.ReplaceLineEndings(" ");
}
