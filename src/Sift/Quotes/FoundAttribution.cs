using Sift.Model;

namespace Sift.Quotes;

/// <summary>An attribution as the decoder groups it, before its speaker is resolved: token ranges are end exclusive.</summary>
public sealed record FoundAttribution(Span? Source, int SourceHead, Span Cue, int CueToken, IReadOnlyList<Span> Content, int Sentence);
