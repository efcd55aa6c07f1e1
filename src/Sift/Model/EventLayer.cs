namespace Sift.Model;

/// <summary>
/// One side of an event: its CAMEO actor code (country and role, "SYRGOV", "IGOUNO", "IMGMUSISI"; empty when
/// the side names no actor the dictionaries or entities can code), the words that name it, and the entity it
/// is, when the entities layer knows it.
/// </summary>
public sealed record EventActor(string Code, string Name, Span Span, int? Entity);

/// <summary>Where an event happened: the place's name and, when the gazetteer knows it, its map position.</summary>
public sealed record EventPlace(string Name, Span? Span, int? Entity, GeoPlace? Place, string Basis);

/// <summary>
/// One coded event: who did what to whom, when and where. <see cref="Code"/> is the CAMEO event code
/// ("036", "0211"), <see cref="RootCode"/> its two-digit root; <see cref="Goldstein"/> and
/// <see cref="QuadClass"/> come from GDELT's tables (1 verbal cooperation, 2 material cooperation, 3 verbal
/// conflict, 4 material conflict). <see cref="IsRootEvent"/> marks an event of the article's first
/// paragraph that holds one (GDELT's IsRootEvent). <see cref="InformationSource"/> is the speaker when the
/// event is reported speech ("X said that …"). <see cref="DateBasis"/> says whether the date is a time
/// expression of the clause ("text") or the publication date ("published").
/// </summary>
public sealed record CodedEvent(
    Span Evidence,
    int Sentence,
    Span Verb,
    EventActor Source,
    EventActor Target,
    string Code,
    string Label,
    string RootCode,
    double? Goldstein,
    int QuadClass,
    bool IsRootEvent,
    string? Date,
    string DateBasis,
    EventPlace? Place,
    EventActor? InformationSource);

/// <summary>The article's events in text order.</summary>
public sealed class EventLayer(IReadOnlyList<CodedEvent> events)
{
    public IReadOnlyList<CodedEvent> Events { get; } = events;
}
