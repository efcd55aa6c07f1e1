using Sift.Framing.Loaded;
using Sift.Framing.Propaganda;
using Sift.Framing.Tone;
using Sift.Model;

namespace Sift.Framing;

/// <summary>
/// The framing layer: the span tagger finds propagandist spans (SI), the classifier names each
/// one's technique (TC). A span whose second technique is nearly as likely as its first
/// (<see cref="SecondTechniqueShare"/> of it) is reported with both, as PTC's annotators do.
/// Loaded wording is found word by word (<see cref="LoadedTermFinder"/>), whatever the span tagger proposed.
/// Tone comes from the VADER lexicon with its rules (<see cref="ToneAnalyzer"/>).
/// </summary>
public sealed class FramingAnalyzer(PropagandaModel model, ToneLexicon tone, LoadedTermFinder? loaded = null)
{
    private readonly LoadedTermFinder _loaded = loaded ?? LoadedTermFinder.Default;

    public const string LoadedLanguage = FramingLayer.LoadedLanguage;
    private const float SecondTechniqueShare = 0.6f;

    /// <summary>True when <see cref="Analyze"/> needs the sentence encoder's vectors of the article.</summary>
    public bool UsesEncoder => model.UsesEncoder;

    /// <param name="vectors">The sentence encoder's vectors of every token, computed once per article by the pipeline; required when <see cref="UsesEncoder"/>.</param>
    /// <param name="syntax">The parse, when there is one: loaded modifiers take in their noun, and names are never loaded.</param>
    public FramingLayer Analyze(Article article, TextLayer text, Sift.Encoder.TokenVectors? vectors = null, SyntaxLayer? syntax = null)
    {
        if (model.UsesEncoder && vectors is null)
            throw new InvalidOperationException("this propaganda model reads the sentence encoder's vectors; pass them, or use the fast model");
        var doc = model.Prepare(article.Text, text, model.UsesEncoder ? vectors : null);
        var counter = new SpanCounter(doc);
        var findings = new List<TechniqueFinding>();
        foreach (var span in model.FindSpans(doc, counter))
        {
            var p = model.Classify(doc, counter, span.Sentence, span.FirstToken, span.EndToken);
            int best = 0, second = -1;
            for (var k = 1; k < p.Length; k++)
            {
                if (p[k] > p[best])
                {
                    second = best;
                    best = k;
                }
                else if (second < 0 || p[k] > p[second])
                {
                    second = k;
                }
            }
            findings.Add(new TechniqueFinding(span.Span, span.Sentence, model.Techniques[best], span.SpanConfidence * p[best]));
            if (second >= 0 && p[second] >= SecondTechniqueShare * p[best])
                findings.Add(new TechniqueFinding(span.Span, span.Sentence, model.Techniques[second], span.SpanConfidence * p[second]));
        }
        var words = 0;
        foreach (var token in text.Tokens)
        {
            if (token.IsWordLike)
                words++;
        }
        return new FramingLayer(findings, words, ToneAnalyzer.Analyze(article, text, tone), _loaded.Find(article.Text, text, syntax));
    }
}
