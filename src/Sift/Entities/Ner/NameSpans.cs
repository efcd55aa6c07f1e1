namespace Sift.Entities.Ner;

/// <summary>
/// Repairs the recognizer's name spans where news names break its 1996 training text: a name with a
/// lowercase particle ("Staffan de Mistura", "Jabhat Fateh al-Sham") that came out in pieces is joined;
/// organization names that touch are one name ("Kazakh" + "Foreign Ministry": CoNLL-2003 dev has 4
/// adjacent names of one type in 5,942), and so are person names that touch right after a title or at a
/// middle initial ("Barry" + "R. McCaffrey"); so
/// is a demonym before an organization; a title that ran
/// into an organization's name is cut off ("United Nations Special Envoy" → "United Nations", as
/// CoNLL-2003 leaves titles out of names); a name right after a title is a person's, whole ("Minister
/// for Arab and African Affairs" + "Hossein Jaberi Ansari"), and a first name the recognizer left out
/// before a surname with a particle is taken in ("Staffan" + "de Mistura").
/// </summary>
public static class NameSpans
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "le", "la", "dos", "das",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Envoy", "Minister", "President", "Secretary", "Spokesman", "Spokeswoman", "Ambassador", "Representative", "Rapporteur",
        "Chairman", "Director", "Commissioner", "Coordinator", "Adviser", "Advisor", "Chief", "Commander",
    };

    private static readonly HashSet<string> TitleModifiers = new(StringComparer.Ordinal)
    {
        "Special", "Deputy", "Vice", "Assistant", "Senior", "Acting", "Executive", "Foreign", "Prime", "General", "High", "Under",
    };

    public static List<(int Start, int End, int Type)> Repair(IReadOnlyList<string> words, List<(int Start, int End, int Type)> spans)
    {
        var result = new List<(int Start, int End, int Type)>(spans.Count);
        foreach (var span in spans)
        {
            // A particle tagged on its own ("de" between "Staffan" and "Mistura") is left to the join below;
            // a title's last word alone ("Affairs") is no name.
            if (span.End - span.Start == 1 && (Particles.Contains(words[span.Start]) || IsTitleEnd(words[span.Start])))
                continue;
            result.Add(CutHonorific(words, CutTitle(words, span)));
        }
        for (var k = 0; k < result.Count; k++)
            result[k] = PersonAfterTitle(words, result[k], k + 1 < result.Count ? result[k + 1].Start : words.Count);
        for (var k = 0; k < result.Count; k++)
            result[k] = FirstNameBeforeParticle(words, result[k], k > 0 ? result[k - 1].End : 0);
        for (var k = 0; k + 1 < result.Count; k++)
        {
            var (a, b) = (result[k], result[k + 1]);
            var type = -1;
            if (a.End == b.Start && IsArticled(words[b.Start]))
                type = b.Type == a.Type ? a.Type : NerLabels.TypeIndex("ORG");   // "Jabhat Fateh" + "al-Sham"
            else if (b.Start == a.End + 1 && Particles.Contains(words[a.End]) && a.End - 1 >= a.Start)
                type = a.Type == b.Type ? a.Type : NerLabels.TypeIndex("PER");  // "Staffan" de "Mistura"
            else if (a.End == b.Start && a.End - a.Start == 1 && a.Type == NerLabels.TypeIndex("MISC") && b.Type == NerLabels.TypeIndex("ORG"))
                type = b.Type;                                                   // "Kazakh" + "Foreign Ministry"
            else if (a.End == b.Start && Particles.Contains(words[a.End - 1]))
                type = b.Type;                                                   // "Staffan de" + "Mistura"
            else if (a.End == b.Start && a.Type == b.Type && a.Type == NerLabels.TypeIndex("ORG"))
                type = a.Type;
            else if (a.End == b.Start && a.Type == b.Type && a.Type == NerLabels.TypeIndex("PER") && a.Start > 0 && IsTitleEnd(words[a.Start - 1]))
                type = a.Type;                                                   // "Affairs" "Hossein Jaberi" + "Ansari"
            else if (a.End == b.Start && a.Type == b.Type && a.Type == NerLabels.TypeIndex("PER") && (IsInitial(words[b.Start]) || IsInitial(words[a.End - 1])))
                type = a.Type;                                                   // "Barry" + "R. McCaffrey"
            if (type < 0)
                continue;
            result[k] = (a.Start, b.End, type);
            result.RemoveAt(k + 1);
            k--;
        }
        return result;
    }

    /// <summary>Abbreviated honorifics and ranks, which CoNLL-2003 leaves out of a person's name ("Gen. | Barry R. McCaffrey").</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "Cmdr.", "Sen.", "Rep.", "Gov.", "Rev.", "Prof.", "Amb.",
    };

    private static (int Start, int End, int Type) CutHonorific(IReadOnlyList<string> words, (int Start, int End, int Type) span) =>
        span.Type == NerLabels.TypeIndex("PER") && span.End - span.Start > 1 && Honorifics.Contains(words[span.Start])
            ? (span.Start + 1, span.End, span.Type)
            : span;

    private static (int Start, int End, int Type) CutTitle(IReadOnlyList<string> words, (int Start, int End, int Type) span)
    {
        if (span.Type != NerLabels.TypeIndex("ORG"))
            return span;
        // "United Nations Special" before "Envoy": the modifiers belong to the title that follows.
        if (span.End < words.Count && TitleWords.Contains(words[span.End]))
        {
            var end = span.End;
            while (end - 1 > span.Start && TitleModifiers.Contains(words[end - 1]))
                end--;
            return (span.Start, end, span.Type);
        }
        for (var i = span.Start + 1; i < span.End; i++)
        {
            if (!TitleWords.Contains(words[i]))
                continue;
            var cut = i;
            while (cut - 1 > span.Start && TitleModifiers.Contains(words[cut - 1]))
                cut--;
            return (span.Start, cut, span.Type);
        }
        return span;
    }

    /// <summary>
    /// A span that runs on from a title ("Affairs Hossein Jaberi", "African Affairs Hossein Jaberi")
    /// loses the title's words, and a span
    /// right after a title ends is a person: "Minister ... Affairs" or "Envoy" are followed by who
    /// holds the post. Capitalized words the recognizer left out right after it complete the name.
    /// </summary>
    private static (int Start, int End, int Type) PersonAfterTitle(IReadOnlyList<string> words, (int Start, int End, int Type) span, int nextStart)
    {
        // Everything up to the span's last title word is the title ("African Affairs | Hossein Jaberi").
        var start = span.Start;
        for (var i = span.Start; i + 1 < span.End; i++)
        {
            if (IsTitleEnd(words[i]))
                start = i + 1;
        }
        if (start == 0 || !IsTitleEnd(words[start - 1]))
            return span;
        for (var i = start; i < span.End; i++)
        {
            if (!IsTitleCased(words[i]) && !Particles.Contains(words[i]) && !IsArticled(words[i]))
                return span;
        }
        var end = span.End;
        while (end < nextStart && IsTitleCased(words[end]) && !IsTitleEnd(words[end]))
            end++;
        return (start, end, NerLabels.TypeIndex("PER"));
    }

    /// <summary>
    /// A person's surname with its particle ("de Mistura"), or without it ("Mistura" after "de"), takes
    /// in the capitalized word before the particle as the first name, when no other name has it.
    /// </summary>
    private static (int Start, int End, int Type) FirstNameBeforeParticle(IReadOnlyList<string> words, (int Start, int End, int Type) span, int previousEnd)
    {
        if (span.Type != NerLabels.TypeIndex("PER"))
            return span;
        var particle = Particles.Contains(words[span.Start]) ? span.Start : span.Start - 1;
        if (particle - 1 < previousEnd || !Particles.Contains(words[particle]))
            return span;
        var first = words[particle - 1];
        return IsTitleCased(first) && !IsTitleEnd(first) && !TitleModifiers.Contains(first) ? (particle - 1, span.End, span.Type) : span;
    }

    /// <summary>A middle initial: one capital and a period ("R.").</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool IsTitleEnd(string word) => TitleWords.Contains(word) || word == "Affairs";

    /// <summary>A capital, then only lowercase letters: "Ansari", not "UN" or "McCain".</summary>
    private static bool IsTitleCased(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0;

    private static bool IsArticled(string word) =>
        word.Length > 3 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal));
}
