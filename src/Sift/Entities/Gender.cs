namespace Sift.Entities;

/// <summary>A person's gender as the words of a text give it, when they do.</summary>
public enum Gender { Unknown, Male, Female }

/// <summary>The gender a pronoun or a noun spells out, for binding pronouns and speakers.</summary>
public static class Genders
{
    /// <summary>he/him/his/himself and she/her/hers/herself; any other word is unknown.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => Gender.Male,
        "she" or "her" or "hers" or "herself" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>A noun that names its person's gender ("spokeswoman", "chairman", "queen"), else unknown.</summary>
    public static Gender OfNoun(string noun) => noun.ToLowerInvariant() switch
    {
        var n when n.EndsWith("woman", StringComparison.Ordinal) || n.EndsWith("women", StringComparison.Ordinal)
            || n is "queen" or "princess" or "empress" => Gender.Female,
        "human" => Gender.Unknown,
        var n when n.EndsWith("man", StringComparison.Ordinal) || n.EndsWith("men", StringComparison.Ordinal)
            || n is "king" or "prince" or "emperor" => Gender.Male,
        _ => Gender.Unknown,
    };
}
