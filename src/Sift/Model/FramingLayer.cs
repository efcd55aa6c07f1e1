namespace Sift.Model;

/// <summary>
/// A span that uses one of the 14 propaganda techniques of the SemEval-2020 PTC scheme. Confidence
/// is the span tagger's confidence that the words are propagandist times the classifier's
/// probability of the technique; spans with different techniques may overlap, as in the gold data.
/// </summary>
public sealed record TechniqueFinding(Span Span, int Sentence, string Technique, double Confidence);

/// <summary>How the article works on its reader: technique spans, and how loaded its wording is.</summary>
public sealed class FramingLayer(IReadOnlyList<TechniqueFinding> techniques, int words, double loadedLanguagePer100Words)
{
    /// <summary>In text order (then by confidence, highest first).</summary>
    public IReadOnlyList<TechniqueFinding> Techniques { get; } = techniques;

    /// <summary>The article's words (tokens that are words or numbers), the denominator of the densities.</summary>
    public int Words { get; } = words;

    /// <summary>Loaded_Language spans per hundred words.</summary>
    public double LoadedLanguagePer100Words { get; } = loadedLanguagePer100Words;
}
