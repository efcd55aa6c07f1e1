using Sift.Text;

namespace Sift.Entities;

/// <summary>
/// A person's titles: the capitalized words right before the name ("Syrian President Bashar al-Assad",
/// "Iranian Deputy Foreign Minister for Arab and African Affairs Hossein Jaberi Ansari", joined by of,
/// for, to and and), and an apposition after it (", the UN envoy,"), when they hold a title word.
/// </summary>
internal static class TitleFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "for", "of", "to", "and", "on" };
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that" };

    /// <summary>Words that make a phrase a title: every title word role-nouns.txt names, and the role nouns themselves.</summary>
    public static readonly HashSet<string> TitleWords = LoadTitleWords();

    private static HashSet<string> LoadTitleWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in EmbeddedLists.ReadRows("Entities/role-nouns.txt"))
        {
            words.Add(row[0]);
            foreach (var w in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (w != "*")
                    words.Add(w);
            }
        }
        return words;
    }

    public static void AddTitles(EntityDocument doc, List<DraftMention> mentions, List<DraftEntity> entities)
    {
        foreach (var m in mentions)
        {
            if (m.Entity < 0 || entities[m.Entity].Type != "PER")
                continue;
            var sentence = doc.Text.Sentences[m.Sentence];
            if (Before(doc, m.First, StartAfterOtherPerson(doc, mentions, entities, m, sentence.FirstToken), sentence.FirstToken) is { } title)
                AddTitle(entities[m.Entity], title);
            if (Apposition(doc, m.Last, sentence.FirstToken + sentence.TokenCount) is { } role)
                AddTitle(entities[m.Entity], role);
        }
    }

    private static void AddTitle(DraftEntity entity, string title)
    {
        if (!entity.Titles.Contains(title, StringComparer.OrdinalIgnoreCase))
            entity.Titles.Add(title);
    }

    /// <summary>
    /// Where a title before <paramref name="m"/> may start: after the last person named before it in its
    /// sentence and set off from it ("Archbishop Hebda and McCarrick's Scandal" gives McCarrick no title
    /// "Archbishop Hebda and"). A "person" the recognizer found inside the title ("Majority" of "Senate Majority
    /// Leader Harry Reid", "Cardinal") is no such boundary.
    /// </summary>
    private static int StartAfterOtherPerson(EntityDocument doc, List<DraftMention> mentions, List<DraftEntity> entities, DraftMention m, int sentenceStart)
    {
        var start = sentenceStart;
        foreach (var other in mentions)
        {
            if (other.Sentence == m.Sentence && other.Last < m.First && other.Entity >= 0 && other.Entity != m.Entity
                && entities[other.Entity].Type == "PER" && other.Last + 1 < m.First && doc.Word(other.Last + 1) is "and" or "or" or ",")
                start = Math.Max(start, other.Last + 1);
        }
        return start;
    }

    private static string? Before(EntityDocument doc, int nameStart, int from, int sentenceStart)
    {
        var start = nameStart;
        for (var j = nameStart - 1; j >= from; j--)
        {
            var w = doc.Word(j);
            if (IsCapitalized(w) && !Determiners.Contains(w))
                start = j;
            else if (Connectors.Contains(w) && j > from && IsCapitalized(doc.Word(j - 1)))
                continue;
            else
                break;
        }
        // A sentence's first word is capitalized whatever it is: "Even Pope John Paul", "Was Pope …", "Does Archbishop …".
        if (start < nameStart && start == sentenceStart && doc.Syntax is { } syntax
            && syntax.Tokens[start].Upos is "ADV" or "AUX" or "VERB" or "PRON" or "SCONJ" or "CCONJ" or "PART" or "INTJ")
            start++;
        while (start < nameStart && Connectors.Contains(doc.Word(start)))
            start++;
        return start < nameStart && HasTitleWord(doc, start, nameStart - 1) ? doc.Words(start, nameStart - 1) : null;
    }

    /// <summary>", the UN Special Envoy to Syria," after a name: the words between the commas, without the article.</summary>
    private static string? Apposition(EntityDocument doc, int nameEnd, int sentenceEnd)
    {
        var i = nameEnd + 1;
        if (i + 2 >= sentenceEnd || doc.Word(i) != "," || !Determiners.Contains(doc.Word(i + 1)))
            return null;
        var start = i + 2;
        var end = start;
        while (end < sentenceEnd && end - start < 10 && doc.Word(end) is not ("," or "." or ";" or ")"))
            end++;
        if (end >= sentenceEnd || doc.Word(end) is not ("," or ".") || end == start)
            return null;
        return HasTitleWord(doc, start, end - 1) ? doc.Words(start, end - 1) : null;
    }

    private static bool HasTitleWord(EntityDocument doc, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (TitleWords.Contains(doc.Word(i)))
                return true;
        }
        return false;
    }

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
