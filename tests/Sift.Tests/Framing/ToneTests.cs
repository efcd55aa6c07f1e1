using Sift.Framing.Tone;
using Sift.Model;
using Sift.Text;

namespace Sift.Tests.Framing;

public class ToneTests
{
    private static ToneLayer Tone(string text)
    {
        var article = new Article { Text = text };
        return ToneAnalyzer.Analyze(article, TextSegmenter.Segment(article));
    }

    private static SentenceTone Sentence(string text) => Tone(text).Sentences.Single();

    private static double Compound(string text) => Sentence(text).Compound;

    private static ToneWord Word(ToneLayer layer, string text, string word) =>
        layer.Words.Single(w => text[w.Span.Start..w.Span.End] == word);

    [Fact]
    public void The_lexicon_keeps_the_later_line_of_a_duplicated_token()
    {
        var lexicon = new ToneLexicon(new StringReader("good\t1.9\t0.9\t[2, 2]\nok\t1.2\t0.4\t[1]\nok\t0.9\t0.3\t[1]\nfed up\t-1.8\t0.6\t[-2]\n"));
        Assert.Equal(3, lexicon.Count);
        Assert.True(lexicon.TryGetValence("ok", out var ok));
        Assert.Equal(0.9, ok);
        Assert.False(lexicon.TryGetValence("bad", out _));
    }

    [Fact]
    public void The_shared_lexicon_holds_every_distinct_vader_token()
    {
        Assert.Equal(7506, ToneLexicon.Default.Count);
        Assert.True(ToneLexicon.Default.TryGetValence("terrorists", out var terrorists));
        Assert.True(terrorists < -3);
    }

    [Fact]
    public void A_negated_positive_word_is_negative()
    {
        var text = "The food was not good.";
        var layer = Tone(text);
        Assert.True(Compound("The food was good.") > 0.3);
        Assert.True(layer.Sentences[0].Compound < -0.2);
        var good = Word(layer, text, "good");
        Assert.Equal(ToneRules.Negated, good.Rules);
        Assert.Equal(good.Lexicon * -0.74, good.Valence, 6);
    }

    [Theory]
    [InlineData("They don't like the plan.")]
    [InlineData("They don\u2019t like the plan.")]
    [InlineData("They never like the plan.")]
    [InlineData("They cannot like the plan.")]
    public void Contractions_and_negators_flip_the_word_after_them(string text)
    {
        Assert.True(Compound(text) < 0);
        Assert.True(Compound("They like the plan.") > 0);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_give_the_same_tone()
    {
        Assert.Equal(Compound("We don't trust them."), Compound("We don\u2019t trust them."), 9);
    }

    [Fact]
    public void A_negator_that_acts_loses_its_own_valence()
    {
        var text = "There was no problem.";
        var layer = Tone(text);
        Assert.DoesNotContain(layer.Words, w => text[w.Span.Start..w.Span.End] == "no");
        Assert.True(layer.Sentences[0].Compound > 0);
    }

    [Fact]
    public void Negation_does_not_cross_a_clause_break()
    {
        var text = "It was not the plan, good news for them.";
        Assert.Equal(ToneRules.None, Word(Tone(text), text, "good").Rules);
    }

    [Fact]
    public void Boosters_raise_and_dampeners_lower_the_magnitude()
    {
        var bad = Compound("The results were bad.");
        Assert.True(bad < 0);
        Assert.True(Compound("The results were very bad.") < bad);
        Assert.True(Compound("The results were extremely bad.") < bad);
        Assert.True(Compound("The results were slightly bad.") > bad);
        Assert.True(Compound("The results were kind of bad.") > bad);
        Assert.True(Compound("The results were slightly bad.") < 0);
    }

    [Fact]
    public void A_booster_fades_with_distance()
    {
        var near = Word(Tone("It was very bad."), "It was very bad.", "bad").Valence;
        var two = Word(Tone("It was very much bad."), "It was very much bad.", "bad").Valence;
        Assert.True(two > near);
    }

    [Fact]
    public void But_shifts_the_weight_to_the_second_clause()
    {
        var first = "The food was good but the service was terrible.";
        var second = "The service was terrible but the food was good.";
        Assert.True(Compound(first) < 0);
        Assert.True(Compound(second) > 0);
        var layer = Tone(first);
        Assert.Equal(ToneRules.BeforeBut, Word(layer, first, "good").Rules);
        Assert.Equal(ToneRules.AfterBut, Word(layer, first, "terrible").Rules);
        Assert.Equal(-2.1 * 1.5, Word(layer, first, "terrible").Valence, 6);
    }

    [Fact]
    public void A_sentence_initial_but_shifts_nothing()
    {
        var text = "But the food was good.";
        Assert.Equal(ToneRules.None, Word(Tone(text), text, "good").Rules);
    }

    [Fact]
    public void Capitals_and_exclamation_marks_raise_the_magnitude()
    {
        var plain = Sentence("The service was bad.");
        var caps = Sentence("The service was BAD.");
        var exclaimed = Sentence("The service was bad!!!");
        Assert.True(caps.Compound < plain.Compound);
        Assert.True(exclaimed.Compound < plain.Compound);
        Assert.True(caps.Intensity > plain.Intensity);
        Assert.True(exclaimed.Intensity > plain.Intensity);
        Assert.True(Compound("The service was good!") > Compound("The service was good."));
    }

    [Fact]
    public void An_all_caps_sentence_gets_no_caps_emphasis()
    {
        Assert.Equal(Compound("THE SERVICE WAS BAD."), Compound("The service was bad."), 9);
    }

    [Fact]
    public void A_lexicon_phrase_spans_its_tokens()
    {
        var text = "Residents are fed up with the delays.";
        var fed = Tone(text).Words.Single();
        Assert.Equal("fed up", text[fed.Span.Start..fed.Span.End]);
        Assert.Equal(ToneRules.Phrase, fed.Rules);
        Assert.True(fed.Valence < 0);
    }

    [Fact]
    public void Words_of_a_name_are_not_scored()
    {
        var text = "Earlier this month, the United Nations Special Envoy hoped for talks between the two sides.";
        Assert.Equal(["hoped"], Tone(text).Words.Select(w => text[w.Span.Start..w.Span.End]));
        // In a Title Case headline capitals say nothing about names.
        var headline = "Rebels Reject Terrible Deal";
        Assert.Contains(Tone(headline).Words, w => headline[w.Span.Start..w.Span.End] == "Terrible");
        // A capitalized word alone at the start of a sentence is still a word.
        Assert.True(Compound("Great news for the town.") > 0);
    }

    [Fact]
    public void A_neutral_news_sentence_is_near_zero()
    {
        var tone = Sentence("The delegations will meet in Astana on Monday to discuss the next round.");
        Assert.InRange(tone.Compound, -0.1, 0.1);
        Assert.InRange(tone.Neutral, 0.9, 1.0);
    }

    [Fact]
    public void Shares_sum_to_one_and_scores_stay_in_range()
    {
        foreach (var tone in Tone(TestData.ReferenceText).Sentences)
        {
            Assert.Equal(1.0, tone.Positive + tone.Negative + tone.Neutral, 9);
            Assert.InRange(tone.Compound, -1, 1);
            Assert.InRange(tone.Intensity, 0, 1);
        }
    }

    [Fact]
    public void The_reference_article_has_a_sensible_tone()
    {
        var text = TestData.ReferenceText;
        var layer = Tone(text);
        var segmented = TextSegmenter.Segment(new Article { Text = text });
        Assert.Equal(segmented.Sentences.Count, layer.Sentences.Count);

        SentenceTone Containing(string phrase) =>
            layer.Sentences.First(s => text[s.Span.Start..s.Span.End].Contains(phrase));

        // "terrorists’ plot has failed" is negative; so is the war sentence.
        Assert.True(Containing("terrorists’ plot in Syria has failed").Compound < -0.5);
        Assert.True(Containing("devastating war began").Compound < -0.5);
        // Praise and satisfaction read positive.
        Assert.True(Containing("expressed satisfaction").Compound > 0.3);
        // A scheduling sentence carries no sentiment.
        Assert.Equal(0, Containing("may be held in mid-September").Compound);

        // A war report about terrorism: negative on the whole, but with praise, so not extremely.
        var document = layer.Document;
        Assert.InRange(document.Compound, -0.6, -0.05);
        Assert.InRange(document.Intensity, 0.2, 0.8);
        Assert.True(document.Negative > document.Positive);
        Assert.InRange(document.Neutral, 0.7, 0.95);
        Assert.Equal(1.0, document.Positive + document.Negative + document.Neutral, 9);
        Assert.True(document.ScoredSentences < layer.Sentences.Count);

        var plot = layer.Words.First(w => text[w.Span.Start..w.Span.End] == "terrorists");
        Assert.True(plot.Valence < -3);
        Assert.Equal(0, plot.Sentence);
    }

    [Fact]
    public void An_empty_text_is_neutral()
    {
        var layer = Tone("");
        Assert.Empty(layer.Sentences);
        Assert.Equal(new ToneSummary(0, 0, 1, 0, 0, 0), layer.Document);
    }
}
