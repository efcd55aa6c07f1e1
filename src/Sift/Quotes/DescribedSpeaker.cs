using Sift.Entities;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// "A government spokesman said … He added: …": a pronoun source that resolves to no entity continues the
/// nearest earlier speaker of its sentence or the two before it, when that speaker is one the text only
/// describes (a source with no entity and no group) and the description's gender does not contradict the pronoun.
/// </summary>
public static class DescribedSpeaker
{
    public static Span? Of(string text, SyntaxLayer syntax, int sourceHead, Span source, int sentence, IReadOnlyList<Attribution> earlier)
    {
        if (sourceHead < 0 || sourceHead >= syntax.Tokens.Count || syntax.Tokens[sourceHead].Lemma is not ("he" or "she"))
            return null;
        var gender = Genders.OfPronoun(syntax.Tokens[sourceHead].Lemma);
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var a = earlier[i];
            if (a.Sentence < sentence - 2)
                break;
            if (a.Source is not { } s || s.Start >= source.Start)
                continue;
            if (a.Speaker is not null || a.Group is not null)
                return null;
            if (a.DescribedBy is { } chained)
                return chained;
            var words = text.AsSpan(s.Start, s.Length);
            if (IsPronoun(words) || Contradicts(text[s.Start..s.End], gender))
                return null;
            return s;
        }
        return null;
    }

    private static bool IsPronoun(ReadOnlySpan<char> words) =>
        words.Trim() is var w && (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
            || w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("it", StringComparison.OrdinalIgnoreCase));

    /// <summary>A word of the description names the other gender ("spokeswoman" for "he", "spokesman" for "she").</summary>
    private static bool Contradicts(string description, Gender gender)
    {
        foreach (var word in description.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Genders.OfNoun(word) is var g && g != Gender.Unknown && g != gender)
                return true;
        }
        return false;
    }
}
