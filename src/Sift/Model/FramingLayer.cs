namespace Sift.Model;

/// <summary>
/// A span that uses one of the 14 propaganda techniques of the SemEval-2020 PTC scheme. Confidence
/// is the span tagger's confidence that the words are propagandist times the classifier's
/// probability of the technique; spans with different techniques may overlap, as in the gold data.
/// </summary>
public sealed record TechniqueFinding(Span Span, int Sentence, string Technique, double Confidence);

/// <summary>Why a word is loaded.</summary>
public enum LoadedBasis
{
    /// <summary>PTC's annotators marked the word as loaded language or name calling in most of its uses.</summary>
    PtcLoadedWord,

    /// <summary>A label that names an actor by a judgment of it ("terrorists", "regime").</summary>
    ContestedLabel,

    /// <summary>A hyphenated modifier saying who is behind an actor ("foreign-backed").</summary>
    SponsorLabel,
}

/// <summary>
/// Loaded wording: <see cref="Word"/> is the loaded word, <see cref="Span"/> the phrase it belongs to (a
/// loaded modifier with the noun it modifies). <see cref="Evidence"/> is PTC's count for a learned word.
/// </summary>
public sealed record LoadedTerm(Span Span, Span Word, int Sentence, LoadedBasis Basis, Framing.Loaded.LoadedEvidence? Evidence = null);

/// <summary>How the article works on its reader: technique spans, loaded wording, and tone.</summary>
public sealed class FramingLayer(IReadOnlyList<TechniqueFinding> techniques, int words, ToneLayer tone, IReadOnlyList<LoadedTerm>? loadedTerms = null)
{
    public const string LoadedLanguage = "Loaded_Language";

    /// <summary>In text order (then by confidence, highest first).</summary>
    public IReadOnlyList<TechniqueFinding> Techniques { get; } = techniques;

    /// <summary>The article's words (tokens that are words or numbers), the denominator of the densities.</summary>
    public int Words { get; } = words;

    /// <summary>Loaded wording in text order, found word by word whatever the span tagger proposed.</summary>
    public IReadOnlyList<LoadedTerm> LoadedTerms { get; } = loadedTerms ?? [];

    /// <summary>Loaded terms, and Loaded_Language technique spans that hold none of them, per hundred words.</summary>
    public double LoadedLanguagePer100Words { get; } = Density(techniques, loadedTerms ?? [], words);

    /// <summary>Document and sentence tone from the VADER lexicon, with the words that carry it.</summary>
    public ToneLayer Tone { get; } = tone;

    /// <summary>The same layer keeping only the techniques at or above <paramref name="minimum"/> confidence.</summary>
    public FramingLayer WithMinConfidence(double minimum)
    {
        var kept = new List<TechniqueFinding>(Techniques.Count);
        foreach (var t in Techniques)
        {
            if (t.Confidence >= minimum)
                kept.Add(t);
        }
        return new FramingLayer(kept, Words, Tone, LoadedTerms);
    }

    private static double Density(IReadOnlyList<TechniqueFinding> techniques, IReadOnlyList<LoadedTerm> terms, int words)
    {
        var loaded = terms.Count;
        foreach (var t in techniques)
        {
            if (t.Technique == LoadedLanguage && !HoldsATerm(t.Span, terms))
                loaded++;
        }
        return words == 0 ? 0 : Math.Round(100.0 * loaded / words, 2);
    }

    private static bool HoldsATerm(Span span, IReadOnlyList<LoadedTerm> terms)
    {
        foreach (var term in terms)
        {
            if (term.Span.Overlaps(span))
                return true;
        }
        return false;
    }
}
