namespace Sift.Model;

/// <summary>The rules that changed a word's lexicon valence (see Framing/Tone/ToneAnalyzer.cs).</summary>
[Flags]
public enum ToneRules : byte
{
    None = 0,
    /// <summary>A negator (not, n't, never, …) within three words before it: valence × −0.74.</summary>
    Negated = 1,
    /// <summary>A booster (very, extremely, …) before it raised its magnitude.</summary>
    Boosted = 2,
    /// <summary>A dampener (slightly, kind of, …) before it lowered its magnitude.</summary>
    Dampened = 4,
    /// <summary>Written in capitals in a sentence that is not all capitals.</summary>
    Caps = 8,
    /// <summary>Before the sentence's contrastive "but": valence × 0.5.</summary>
    BeforeBut = 16,
    /// <summary>After the sentence's contrastive "but": valence × 1.5.</summary>
    AfterBut = 32,
    /// <summary>A several-word lexicon entry ("fed up", "can't stand").</summary>
    Phrase = 64,
}

/// <summary>
/// A sentiment-bearing word: its lexicon valence (VADER scale, −4..+4) and its valence after the
/// rules, so a report can show which words drove the tone and why.
/// </summary>
public sealed record ToneWord(int Sentence, Span Span, double Lexicon, double Valence, ToneRules Rules);

/// <summary>
/// The tone of one sentence. Positive, Negative and Neutral are the shares of its words whose
/// adjusted valence is above, below or at zero (they sum to 1; a sentence without words is wholly
/// neutral). Compound is the sum of adjusted valences plus "!"/"?" emphasis, normalized to −1..+1
/// as x / √(x² + 15). Intensity is the mean absolute adjusted valence of its sentiment-bearing
/// words plus the punctuation emphasis, divided by 4 and capped at 1; 0 when no word carries sentiment.
/// </summary>
public sealed record SentenceTone(int Sentence, Span Span, double Positive, double Negative, double Neutral, double Compound, double Intensity);

/// <summary>
/// The tone of the whole article. Positive, Negative and Neutral are word shares over all words of
/// the article. Compound and Intensity are the means of the sentence values over the
/// <see cref="ScoredSentences"/> sentences that have at least one sentiment-bearing word (0 when none
/// has), so that neutral reporting sentences do not dilute the tone of the ones that carry it.
/// </summary>
public sealed record ToneSummary(double Positive, double Negative, double Neutral, double Compound, double Intensity, int ScoredSentences);

/// <summary>Document and sentence tone from the VADER lexicon and rules, with the words behind it.</summary>
public sealed class ToneLayer(ToneSummary document, IReadOnlyList<SentenceTone> sentences, IReadOnlyList<ToneWord> words)
{
    public ToneSummary Document { get; } = document;

    /// <summary>One entry per sentence of the text layer, in order; <c>Sentences[i].Sentence == i</c>.</summary>
    public IReadOnlyList<SentenceTone> Sentences { get; } = sentences;

    /// <summary>The sentiment-bearing words, in text order.</summary>
    public IReadOnlyList<ToneWord> Words { get; } = words;
}
