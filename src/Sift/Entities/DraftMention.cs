using Sift.Model;

namespace Sift.Entities;

/// <summary>A mention while the analyzer works: its tokens (article token indices, last inclusive) and the entity it joined (-1: none yet).</summary>
internal sealed class DraftMention(int first, int last, int sentence, MentionKind kind, string type)
{
    public int First { get; } = first;
    public int Last { get; } = last;
    public int Sentence { get; } = sentence;
    public MentionKind Kind { get; } = kind;
    public string Type { get; set; } = type;
    public int Entity { get; set; } = -1;
    public bool Metonymy { get; set; }
}

/// <summary>An entity while the analyzer works: its name mentions' words, titles and type votes.</summary>
internal sealed class DraftEntity(int id)
{
    public int Id { get; } = id;
    public string Name { get; set; } = "";
    public int NameWords { get; set; }
    public List<string[]> NameKeys { get; } = [];
    public List<string> Titles { get; } = [];
    public Dictionary<string, int> TypeVotes { get; } = [];
    public string? Country { get; set; }
    public GeoPlace? Place { get; set; }

    /// <summary>Name mentions with a man's honorific ("Mr. Clinton") and with a woman's ("Mrs. Clinton", "Ms. Abedin").</summary>
    public int Male { get; set; }

    public int Female { get; set; }

    /// <summary>
    /// He/him/his and she/her pronouns bound to the entity where it was the only person within reach, so the
    /// binding did not depend on which candidate the resolver ranked first.
    /// </summary>
    public int He { get; set; }

    public int She { get; set; }

    /// <summary>
    /// Whether what is known rules out a person of <paramref name="gender"/>: the honorifics where there are
    /// any, else the pronouns that could only mean this entity.
    /// </summary>
    public bool Excludes(Gender gender)
    {
        var (same, other) = gender switch
        {
            Gender.Male => Male + Female > 0 ? (Male, Female) : (He, She),
            Gender.Female => Male + Female > 0 ? (Female, Male) : (She, He),
            _ => (0, 0),
        };
        return other > same;
    }

    public string Type => TypeVotes.Count == 0 ? "MISC" : TypeVotes.MaxBy(v => (v.Value, v.Key == "PER" ? 1 : 0)).Key;
}
