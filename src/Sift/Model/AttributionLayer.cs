namespace Sift.Model;

public enum AttributionKind : byte
{
    /// <summary>The content is wholly inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: the content is the narrator's paraphrase ("X said that …").</summary>
    Indirect,
    /// <summary>A paraphrase with a quoted part ("hoped for a “serious negotiation”").</summary>
    Mixed,
    /// <summary>A speech act without propositional content ("X briefed Y on Z", "X praised Y").</summary>
    SpeechAct,
}

/// <summary>
/// One attribution: who (<see cref="Source"/>, absent for "it was reported that …"), the words that signal
/// it (<see cref="Cue"/> and its lemma) and what is attributed (<see cref="Content"/>, one fragment or
/// several for a quote split around "she said"). <see cref="Speaker"/> is the entity the source resolves to
/// (an index into <see cref="EntityLayer.Entities"/> by id), when it does; a counted group ("the two sides")
/// resolves to <see cref="Group"/>, its entities in text order, instead. A pronoun source that names no entity
/// but continues a speaker the text only describes ("A government spokesman said … He added") has that
/// description's words as <see cref="DescribedBy"/>.
/// </summary>
public sealed record Attribution(Span? Source, Span Cue, string CueLemma, IReadOnlyList<Span> Content, AttributionKind Kind, int Sentence, int? Speaker,
    IReadOnlyList<int>? Group = null, Span? DescribedBy = null)
{
    /// <summary>Whether <paramref name="span"/> lies inside one of the content fragments.</summary>
    public bool ContentContains(Span span)
    {
        foreach (var fragment in Content)
        {
            if (span.Start >= fragment.Start && span.End <= fragment.End)
                return true;
        }
        return false;
    }
}

/// <summary>
/// Whose voice a span is in: the narrator's (<see cref="Attribution"/> null) or that of the attribution
/// whose content contains it (<see cref="Speaker"/> its entity when resolved).
/// </summary>
public readonly record struct Voice(int? Attribution, int? Speaker)
{
    public bool IsNarrator => Attribution is null;

    public static Voice Narrator => default;
}

/// <summary>The article's attributions in text order, and the sentences no attribution covers (the narrator's own).</summary>
public sealed class AttributionLayer(IReadOnlyList<Attribution> attributions, IReadOnlyList<int> narratorSentences)
{
    public IReadOnlyList<Attribution> Attributions { get; } = attributions;

    /// <summary>Indices of the sentences with no attribution content or cue in them.</summary>
    public IReadOnlyList<int> NarratorSentences { get; } = narratorSentences;

    /// <summary>
    /// The voice of <paramref name="span"/>: the attribution whose content covers most of it (at least half),
    /// else the narrator.
    /// </summary>
    public Voice VoiceOf(Span span)
    {
        var best = -1;
        var bestCovered = 0;
        for (var i = 0; i < Attributions.Count; i++)
        {
            var covered = 0;
            foreach (var fragment in Attributions[i].Content)
                covered += Math.Max(0, Math.Min(span.End, fragment.End) - Math.Max(span.Start, fragment.Start));
            if (covered > bestCovered)
            {
                bestCovered = covered;
                best = i;
            }
        }
        return best >= 0 && 2 * bestCovered >= span.Length ? new Voice(best, Attributions[best].Speaker) : Voice.Narrator;
    }

    /// <summary>
    /// A voice in words: "narrator", the speaker entity's name (a group's names joined: "A and B"), else the
    /// description a pronoun continues ("A government spokesman"), else the source's own words ("officials"),
    /// else "unnamed source" ("it was reported that …").
    /// </summary>
    public string NameOf(Voice voice, EntityLayer? entities, string text)
    {
        if (voice.IsNarrator)
            return "narrator";
        if (voice.Speaker is { } id && entities?.Find(id) is { } entity)
            return entity.Name;
        var attribution = Attributions[voice.Attribution!.Value];
        if (entities is not null && attribution.Group is { Count: > 0 } group)
            return GroupName(group, entities);
        if (attribution.DescribedBy is { } description)
            return text[description.Start..description.End];
        return attribution.Source is { } source ? text[source.Start..source.End] : "unnamed source";
    }

    /// <summary>A group's names in text order: "A and B", "A, B and C".</summary>
    public static string GroupName(IReadOnlyList<int> group, EntityLayer entities)
    {
        var names = group.Select(id => entities.Find(id)?.Name ?? "?").ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}
