using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// Adds the attributions layer: tags source, cue and content with the trained model, groups them around
/// each cue, resolves each source to its entity, gives each attribution its kind, and lists the sentences
/// that no attribution touches (the narrator's own). Needs the syntax layer; safe to share between threads.
/// </summary>
public sealed class QuoteAnalyzer(AttributionModel model)
{
    /// <summary>True when <see cref="Analyze"/> needs the sentence encoder's vectors of the article.</summary>
    public bool UsesEncoder => Model.UsesEncoder;

    public AttributionModel Model { get; } = model;

    /// <param name="vectors">the article's encoder vectors, computed once by the pipeline; required when the model <see cref="AttributionModel.UsesEncoder"/></param>
    public AttributionLayer Analyze(Article article, TextLayer text, SyntaxLayer syntax, EntityLayer? entities, Encoder.TokenVectors? vectors = null)
    {
        if (Model.UsesEncoder && vectors is null)
            throw new ArgumentException("this attribution model reads encoder vectors; pass the article's", nameof(vectors));
        var doc = new AttributionDocument(article, text, syntax, Model.Verbs, Model.UsesEncoder ? vectors : null);
        var found = AttributionDecoder.Decode(doc, Model.Tag(doc));
        AccordingToRule.Apply(doc, found);
        HeadlineSpeakerRule.Apply(doc, found);
        ReportedlyRule.Apply(doc, found);
        var attributions = new List<Attribution>(found.Count);
        var covered = new bool[text.Sentences.Count];
        foreach (var f in found)
        {
            var speaker = f.Source is { } source ? SpeakerResolver.Resolve(entities, text, source, f.SourceHead, syntax) : null;
            var group = f.Source is { } named && speaker is null ? Entities.CountedGroups.Resolve(entities, syntax, f.Sentence, named, f.SourceHead) : [];
            var lemma = f.CueToken >= 0 ? syntax.Tokens[f.CueToken].Lemma : article.Text[f.Cue.Start..f.Cue.End];
            var described = speaker is null && group.Count == 0 && f.Source is { } pronoun ? DescribedSpeaker.Of(article.Text, text, syntax, f.SourceHead, pronoun, f.Sentence, attributions) : null;
            attributions.Add(new Attribution(f.Source, f.Cue, lemma, f.Content, AttributionKinds.Of(doc, f.Content), f.Sentence, speaker, group.Count > 0 ? group : null, described));
            covered[f.Sentence] = true;
            foreach (var fragment in f.Content)
            {
                for (var s = 0; s < text.Sentences.Count; s++)
                {
                    if (text.Sentences[s].Span.Overlaps(fragment))
                        covered[s] = true;
                }
            }
        }
        var narrator = new List<int>();
        for (var s = 0; s < covered.Length; s++)
        {
            if (!covered[s])
                narrator.Add(s);
        }
        return new AttributionLayer(attributions, narrator);
    }
}
