namespace Sift.Model;

/// <summary>
/// A span that uses one of the 14 propaganda techniques of the SemEval-2020 PTC scheme. Confidence
/// is the span tagger's confidence that the words are propagandist times the classifier's
/// probability of the technique; spans with different techniques may overlap, as in the gold data.
/// </summary>
public sealed record TechniqueFinding(Span Span, int Sentence, string Technique, double Confidence);

/// <summary>How the article works on its reader: technique spans, and how loaded its wording is.</summary>
public sealed class FramingLayer(IReadOnlyList<TechniqueFinding> techniques, int words, ToneLayer tone)
{
    public const string LoadedLanguage = "Loaded_Language";

    /// <summary>In text order (then by confidence, highest first).</summary>
    public IReadOnlyList<TechniqueFinding> Techniques { get; } = techniques;

    /// <summary>The article's words (tokens that are words or numbers), the denominator of the densities.</summary>
    public int Words { get; } = words;

    /// <summary>Loaded_Language spans per hundred words.</summary>
    public double LoadedLanguagePer100Words { get; } = Density(techniques, words);

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
        return new FramingLayer(kept, Words, Tone);
    }

    private static double Density(IReadOnlyList<TechniqueFinding> techniques, int words)
    {
        var loaded = 0;
        foreach (var t in techniques)
        {
            if (t.Technique == LoadedLanguage)
                loaded++;
        }
        return words == 0 ? 0 : Math.Round(100.0 * loaded / words, 2);
    }
}
