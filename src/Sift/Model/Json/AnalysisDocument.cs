namespace Sift.Model.Json;

// The JSON contract "sift/1" (docs/schema.md). Every annotation carries its span and the text it covers.

public sealed record AnalysisDocument(
    string Schema,
    ArticleDto Article,
    TextLayerDto Text,
    SyntaxLayerDto? Syntax,
    EntityLayerDto? Entities,
    AttributionLayerDto? Attributions,
    TimeLayerDto? Time,
    FramingLayerDto? Framing,
    EventLayerDto? Events,
    ProvenanceDto? Provenance,
    IReadOnlyList<string> Warnings);

public sealed record ArticleDto(
    string Source,
    string? Title,
    string? Url,
    string? Site,
    string? Published,
    string? Language,
    string? Byline,
    SpanDto? TitleSpan,
    int Length,
    string Text);

public sealed record SpanDto(int Start, int End, string Text);

public sealed record TextLayerDto(
    int ParagraphCount,
    int SentenceCount,
    int TokenCount,
    IReadOnlyList<ParagraphDto> Paragraphs,
    IReadOnlyList<SentenceDto> Sentences,
    IReadOnlyList<TokenDto> Tokens);

public sealed record ParagraphDto(int Start, int End, string Text, string Kind, int FirstSentence, int SentenceCount);

public sealed record SentenceDto(int Start, int End, string Text, int Paragraph, int FirstToken, int TokenCount);

public sealed record TokenDto(int Start, int End, string Text, string Kind);

/// <summary>Per token, in the order of text.tokens: head is a token index, -1 for a sentence's root.</summary>
public sealed record SyntaxLayerDto(IReadOnlyList<TokenSyntaxDto> Tokens);

public sealed record TokenSyntaxDto(string Upos, string Xpos, string Lemma, int Head, string Deprel);

/// <summary>Entities most mentioned first; mentions in text order, each pointing at its entity by id.</summary>
public sealed record EntityLayerDto(IReadOnlyList<EntityDto> Entities, IReadOnlyList<MentionDto> Mentions);

public sealed record EntityDto(int Id, string Name, string Type, IReadOnlyList<string> Titles, string? Country, PlaceDto? Place, IReadOnlyList<int> Mentions);

public sealed record PlaceDto(string Name, string Kind, string CountryCode, string Country, double? Latitude, double? Longitude, long? GeonameId);

/// <summary>kind: name, nominal or pronoun; metonymy: a place standing for its government (absent when false).</summary>
public sealed record MentionDto(int Start, int End, string Text, int Sentence, string Kind, string Type, int Entity, bool? Metonymy);

/// <summary>The anchor every relative expression was resolved against, and how it was found (metadata, inferredFromText, none).</summary>
public sealed record TimeLayerDto(string? Anchor, string AnchorSource, IReadOnlyList<TimeExpressionDto> Expressions);

/// <summary>A TIMEX3: type DATE, TIME, DURATION or SET, its TimeML value and mod; anchor is set when the value was computed from it.</summary>
public sealed record TimeExpressionDto(int Start, int End, string Text, int Sentence, string Type, string Value, string? Mod, string? Anchor);

/// <summary>
/// Technique spans and loaded terms in text order; loadedLanguagePer100Words counts the loaded terms, and the
/// Loaded_Language spans that hold none of them, per hundred words.
/// </summary>
public sealed record FramingLayerDto(int Words, double LoadedLanguagePer100Words, IReadOnlyList<TechniqueDto> Techniques, IReadOnlyList<LoadedTermDto> LoadedTerms, ToneDto Tone);

/// <summary>
/// Loaded wording: the phrase (start, end, text), the loaded word in it, why it is loaded (ptcLoadedWord,
/// contestedLabel, sponsorLabel), PTC's counts for a learned word (used inside a loaded span, uses), and its voice.
/// </summary>
public sealed record LoadedTermDto(int Start, int End, string Text, SpanDto Word, int Sentence, string Basis, int? PtcInside, int? PtcUses, VoiceDto? Voice = null);

/// <summary>
/// VADER tone: compound polarity from −1 to 1, positive/negative/neutral word shares, intensity from 0 to 1.
/// The document figures average the sentences that carry sentiment (scoredSentences); words are the evidence.
/// </summary>
public sealed record ToneDto(ToneFiguresDto Document, int ScoredSentences, IReadOnlyList<SentenceToneDto> Sentences, IReadOnlyList<ToneWordDto> Words);

public sealed record ToneFiguresDto(double Compound, double Positive, double Negative, double Neutral, double Intensity);

public sealed record SentenceToneDto(int Sentence, double Compound, double Positive, double Negative, double Neutral, double Intensity);

/// <summary>A word that carries sentiment: its lexicon valence, its valence after the rules, and the rules that applied (negated, boosted, …).</summary>
public sealed record ToneWordDto(int Start, int End, string Text, int Sentence, double Lexicon, double Valence, IReadOnlyList<string> Rules);

/// <summary>A span using one of the 14 SemEval-2020 PTC techniques; confidence from 0 to 1.</summary>
public sealed record TechniqueDto(int Start, int End, string Text, int Sentence, string Technique, double Confidence, VoiceDto? Voice = null);

/// <summary>
/// Whose voice a span is in: speaker "narrator" (attribution and entity absent), or the speaker of the attribution
/// (an index into attributions.attributions) whose content contains it, with its entity id when resolved.
/// </summary>
public sealed record VoiceDto(string Speaker, int? Attribution, int? Entity);

/// <summary>Attributions in text order; narratorSentences: the sentences no attribution touches (the outlet's own voice).</summary>
public sealed record AttributionLayerDto(IReadOnlyList<AttributionDto> Attributions, IReadOnlyList<int> NarratorSentences);

/// <summary>
/// One attribution: source (absent when none is named), cue and its lemma, content fragments (several for a quote split
/// around "she said"), kind (direct, indirect, mixed, speechAct), sentence of the cue, the speaker entity (id, name, role), and
/// for a pronoun source that names no entity the earlier description it continues (describedBy: "A government spokesman").
/// </summary>
public sealed record AttributionDto(SpanDto? Source, SpanDto Cue, string CueLemma, IReadOnlyList<SpanDto> Content, string Kind, int Sentence,
    SpeakerDto? Speaker, IReadOnlyList<SpeakerDto>? Group, SpanDto? DescribedBy = null);

/// <summary>The entity the source resolves to: its id in entities.entities, canonical name, type and first title or role.</summary>
public sealed record SpeakerDto(int Entity, string Name, string Type, string? Role);

public sealed record ProvenanceDto(
    bool Republished,
    string? OriginalOutlet,
    string? OriginalOutletName,
    string? OriginalDomain,
    IReadOnlyList<CreditDto> Credits,
    DatelineDto? Dateline,
    SiteRecordDto Site);

public sealed record CreditDto(
    int Start,
    int End,
    string Text,
    string Kind,
    SpanDto Outlet,
    string OutletName,
    string? CanonicalName,
    string? Domain,
    IReadOnlyList<ListRecordDto> Records);

public sealed record DatelineDto(int Start, int End, string Text, SpanDto Place, string? Agency);

public sealed record SiteRecordDto(string? Domain, IReadOnlyList<ListRecordDto> Records);

public sealed record ListRecordDto(string List, string Domain, IReadOnlyDictionary<string, string> Labels);

/// <summary>An article record as read from JSON or JSONL (the fields of samples/assad-astana.json).</summary>
public sealed record ArticleRecord
{
    public string? Title { get; init; }
    public string? Text { get; init; }
    public string? Url { get; init; }
    public string? Site { get; init; }
    public string? Published { get; init; }
    public string? Language { get; init; }
    public string? Byline { get; init; }
    public string? Author { get; init; }
}

/// <summary>Coded events in text order (CAMEO; GDELT-compatible). See docs/schema.md, "events".</summary>
public sealed record EventLayerDto(IReadOnlyList<EventDto> Events);

/// <summary>
/// One event: evidence (its sentence) and verb spans, source and target actors, CAMEO code, label and root,
/// Goldstein value, QuadClass (1–4), root-event flag, date (TimeML value) with its basis (text or published),
/// place, the speaker when the event is reported speech, and the voice that carries it (the narrator, or
/// the speaker whose attributed content holds the event's verb).
/// </summary>
public sealed record EventDto(
    SpanDto Evidence,
    int Sentence,
    SpanDto Verb,
    EventActorDto Source,
    EventActorDto Target,
    string Code,
    string Label,
    string RootCode,
    double? Goldstein,
    int QuadClass,
    bool IsRootEvent,
    string? Date,
    string DateBasis,
    EventPlaceDto? Place,
    EventActorDto? InformationSource,
    VoiceDto? Voice = null);

/// <summary>A CAMEO actor code ("SYRGOV"), the words that name it, and its entity id when the entities layer knows it.</summary>
public sealed record EventActorDto(string Code, SpanDto? Span, int? Entity);

/// <summary>basis: sentence (named in the event's sentence), dateline, or article (the article's most mentioned place).</summary>
public sealed record EventPlaceDto(string Name, SpanDto? Span, int? Entity, PlaceDto? Place, string Basis);
