using Sift.Evaluation.Ptc;
using Sift.Framing;
using Sift.Framing.Propaganda;
using Sift.Framing.Tone;
using Sift.Model;
using Sift.Text;

namespace Sift.Tests.Framing;

public class PropagandaTests
{
    private static readonly FramingAnalyzer Analyzer = new(PropagandaModel.Default, ToneLexicon.Default);
    private static readonly FramingAnalyzer FastAnalyzer = new(PropagandaModel.Fast, ToneLexicon.Default);

    private static FramingLayer Analyze(Article article, TextLayer text, FramingAnalyzer? analyzer = null)
    {
        analyzer ??= Analyzer;
        return analyzer.Analyze(article, text, analyzer.UsesEncoder ? Sift.Encoder.SentenceEncoder.Shared.Encode(article, text) : null);
    }

    /// <summary>A paragraph written the way the PTC's partisan outlets write.</summary>
    private const string LoadedText =
        "The brutal, bloodthirsty regime is slaughtering innocent children while the corrupt elites cheer.\n" +
        "These traitors hate our country and want to destroy everything we love.\n" +
        "Wake up, America! The radical left will never stop until our freedom is gone forever.\n" +
        "Everyone knows the fake news media is lying to you again and again and again.\n";

    private static (Article Article, TextLayer Text) Segment(string text)
    {
        var article = new Article { Text = text };
        return (article, TextSegmenter.Segment(article));
    }

    [Fact]
    public void Cue_lists_are_matched_in_their_inflected_forms_and_phrases_mark_every_word()
    {
        var cues = CueLexicon.FromFolder(DataLocator.Require("lexicons"));
        var (article, text) = Segment("He claimed, in my view, that the regime allegedly tortured them.");
        var doc = new PropagandaDocument(article.Text, text, cues);
        CueKind KindOf(string word) => doc.Cues[Index(article.Text, text, word)];
        Assert.True((KindOf("claimed") & CueKind.Assertive) != 0);
        Assert.True((KindOf("claimed") & CueKind.Report) != 0);
        Assert.True((KindOf("view") & CueKind.Hedge) != 0);
        Assert.True((KindOf("my") & CueKind.Hedge) != 0);
        Assert.True((KindOf("regime") & CueKind.Bias) != 0);
        Assert.Equal(CueKind.None, KindOf("them"));
        Assert.True(doc.Valence[Index(article.Text, text, "tortured")] < -20);
    }

    [Fact]
    public void Repetition_counts_see_the_whole_article()
    {
        var (article, text) = Segment("Make America great again.\nThey want to make America great again, and again.\n");
        var doc = PropagandaModel.Default.Prepare(article.Text, text);
        var counter = new SpanCounter(doc);
        var start = article.Text.IndexOf("America great", StringComparison.Ordinal);
        Assert.Equal(2, counter.Occurrences(new Span(start, start + "America great".Length)));
        var again = Index(article.Text, text, "again");
        Assert.Equal(3, counter.HeadOccurrences(again, again + 1));
    }

    [Fact]
    public void A_loaded_paragraph_gets_technique_spans_that_sit_on_its_words()
    {
        var (article, text) = Segment(LoadedText);
        var framing = Analyze(article, text);
        Assert.NotEmpty(framing.Techniques);
        foreach (var t in framing.Techniques)
        {
            Assert.Contains(t.Technique, PtcTechniques.All);
            Assert.InRange(t.Confidence, 0.0, 1.0);
            var covered = article.Text[t.Span.Start..t.Span.End];
            Assert.False(char.IsWhiteSpace(covered[0]) || char.IsWhiteSpace(covered[^1]), covered);
            Assert.False(covered[^1] is '.' or ',' or ';' or ':', covered);
        }
        // The headline's "terrorists’ plot" is proposed by the tagger but dropped by the span verifier (see
        // MODELS.md): the spans that remain are the ones it keeps.
        Assert.True(framing.Tone.Document.Compound < 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Loaded_wording_is_found_and_plain_reporting_is_not(bool fast)
    {
        var analyzer = fast ? FastAnalyzer : Analyzer;
        Assert.Equal(!fast, analyzer.UsesEncoder);
        var (loaded, loadedText) = Segment("The brutal, bloodthirsty regime is slaughtering innocent children while the corrupt elites cheer.");
        Assert.NotEmpty(Analyze(loaded, loadedText, analyzer).Techniques);
        var (plain, plainText) = Segment("The committee will meet on Tuesday to review the budget for next year.");
        Assert.Empty(Analyze(plain, plainText, analyzer).Techniques);
    }

    [Fact]
    public void The_encoder_model_refuses_to_run_without_the_encoder_vectors()
    {
        var (article, text) = Segment("The regime lies.");
        Assert.Throws<InvalidOperationException>(() => Analyzer.Analyze(article, text));
    }

    [Fact]
    public void Min_confidence_keeps_only_the_surer_spans_and_recounts_loaded_language()
    {
        var (article, text) = Segment(LoadedText);
        var all = Analyze(article, text);
        Assert.True(all.Techniques.Count >= 3);
        var threshold = all.Techniques.Select(t => t.Confidence).Order().ElementAt(all.Techniques.Count / 2);
        var kept = all.WithMinConfidence(threshold);
        Assert.All(kept.Techniques, t => Assert.True(t.Confidence >= threshold));
        Assert.True(kept.Techniques.Count < all.Techniques.Count);
        // The density counts the loaded terms, and the Loaded_Language spans that hold none of them.
        Assert.Equal(all.LoadedTerms, kept.LoadedTerms);
        Assert.NotEmpty(kept.LoadedTerms);
        var loaded = kept.LoadedTerms.Count + kept.Techniques.Count(t => t.Technique == FramingAnalyzer.LoadedLanguage
            && !kept.LoadedTerms.Any(term => term.Span.Overlaps(t.Span)));
        Assert.Equal(Math.Round(100.0 * loaded / kept.Words, 2), kept.LoadedLanguagePer100Words);
        Assert.True(kept.LoadedLanguagePer100Words <= all.LoadedLanguagePer100Words);
    }

    [Fact]
    public void A_saved_model_reads_back_to_the_same_findings()
    {
        using var temp = new TempFolder();
        var path = temp["model.bin"];
        PropagandaModel.Default.Save(path);
        var again = new FramingAnalyzer(PropagandaModel.Load(path), ToneLexicon.Default);
        var (article, text) = Segment(LoadedText);
        var techniques = Analyze(article, text).Techniques;
        Assert.NotEmpty(techniques);
        Assert.Equal(techniques, Analyze(article, text, again).Techniques);
    }

    private static PropagandaModel WithVerifier(PropagandaModel m, SpanVerifier? verifier) =>
        new(m.Cues, m.Tagger, m.Classifier, m.Techniques, m.OutsideBias, m.TaggerTemperature, m.ClassifierTemperature,
            m.TaggerDense, m.ClassifierDense, m.SpanFloor, verifier);

    [Fact]
    public void The_span_verifier_keeps_what_reaches_its_threshold_and_drops_the_rest()
    {
        var model = PropagandaModel.Default;
        Assert.NotNull(model.Verifier);
        var (article, text) = Segment(TestData.ReferenceText);
        var doc = model.Prepare(article.Text, text, Sift.Encoder.SentenceEncoder.Shared.Encode(article, text));
        var proposed = WithVerifier(model, null).FindSpans(doc);
        var kept = model.FindSpans(doc);
        Assert.NotEmpty(proposed);
        // The verifier only removes: what it keeps is a subset of what the tagger proposed.
        Assert.All(kept, span => Assert.Contains(span, proposed));
        Assert.Equal(proposed, WithVerifier(model, model.Verifier!.WithThreshold(float.NegativeInfinity)).FindSpans(doc));
        Assert.Empty(WithVerifier(model, model.Verifier!.WithThreshold(float.PositiveInfinity)).FindSpans(doc));
    }

    [Fact]
    public void A_lone_pronoun_is_no_technique_span()
    {
        // The Ebola article of PTC's validation split got "it" as Repetition.
        const string text = "It spreads, and it isn’t nearly as deadly as our leaders say.";
        var spans = new List<DetectedSpan>
        {
            new(0, 0, 1, new Span(0, 2), 0.9),      // "It"
            new(0, 4, 5, new Span(16, 18), 0.9),    // "it"
            new(0, 10, 11, new Span(45, 48), 0.9),  // "our"
            new(0, 7, 9, new Span(32, 41), 0.9),    // "as deadly"
        };
        PropagandaModel.DropLonePronouns(text, spans);
        Assert.Equal(["our", "as deadly"], spans.Select(s => text[s.Span.Start..s.Span.End]));
    }

    [Fact]
    public void A_model_without_a_verifier_saves_and_loads_without_one()
    {
        using var temp = new TempFolder();
        var path = temp["model.bin"];
        WithVerifier(PropagandaModel.Default, null).Save(path);
        Assert.Null(PropagandaModel.Load(path).Verifier);
        PropagandaModel.Default.Save(path);
        var again = PropagandaModel.Load(path);
        Assert.NotNull(again.Verifier);
        Assert.Equal(PropagandaModel.Default.Verifier!.Threshold, again.Verifier!.Threshold);
    }

    [Fact]
    public void Ptc_export_writes_code_point_offsets_and_the_article_number()
    {
        var article = new Article { Text = "😀 The evil regime lies.", Source = "/data/article123.txt" };
        var text = TextSegmenter.Segment(article);
        var regime = article.Text.IndexOf("evil regime", StringComparison.Ordinal);
        var framing = new FramingLayer([new TechniqueFinding(new Span(regime, regime + 11), 0, "Loaded_Language", 0.9)], 5,
            ToneAnalyzer.Analyze(article, text));
        var analysis = new Analysis { Article = article, Text = text, Framing = framing };
        var writer = new StringWriter();
        PtcExport.Write(writer, analysis);
        // The emoji is two UTF-16 units but one code point: "evil" starts at code point 6.
        Assert.Equal("123\tLoaded_Language\t6\t17\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    private static int Index(string source, TextLayer text, string word)
    {
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (source[text.Tokens[i].Start..text.Tokens[i].End] == word)
                return i;
        }
        throw new InvalidOperationException($"no token {word}");
    }
}
