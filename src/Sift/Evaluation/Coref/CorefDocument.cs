namespace Sift.Evaluation.Coref;

public enum MentionKind
{
    Name,
    Nominal,
    Pronoun,
}

/// <summary>
/// One gold mention: its span, the text it covers, its kind, and whether a place name stands for the place's
/// government or people ("Tehran said").
/// </summary>
public sealed record CorefMention(int Start, int End, string Text, MentionKind Kind, bool Metonymy)
{
    public MentionSpan Span => new(Start, End);
}

/// <summary>A gold entity: a display name, a type (PER, ORG or LOC) and its mentions in text order.</summary>
public sealed record CorefEntity(string Name, string Type, IReadOnlyList<CorefMention> Mentions);

/// <summary>An annotated article: the fixture file's name, where the text came from, the text, and the gold entities.</summary>
public sealed record CorefDocument(string Name, string Source, string Notes, string Text, IReadOnlyList<CorefEntity> Entities)
{
    public IEnumerable<CorefMention> Mentions => Entities.SelectMany(e => e.Mentions);

    /// <summary>The gold clusters in the shape <see cref="CorefScorer"/> takes: one cluster per entity.</summary>
    public IReadOnlyList<IReadOnlyList<MentionSpan>> Clusters =>
        Entities.Select(e => (IReadOnlyList<MentionSpan>)e.Mentions.Select(m => m.Span).ToArray()).ToArray();
}
