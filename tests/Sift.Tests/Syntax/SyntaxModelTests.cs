using Sift.Learning;
using Sift.Evaluation.Conllu;
using Sift.Intake;
using Sift.Syntax;

namespace Sift.Tests.Syntax;

/// <summary>
/// The committed models on hand-checked news sentences. Only what was checked by hand against the UD
/// guidelines is asserted; the models' accuracy is measured by `sift eval syntax`, not here.
/// </summary>
public class SyntaxModelTests
{
    private static readonly SyntaxModels Models = SyntaxModels.Default;

    private sealed record Word(string Form, string Upos, string Lemma, string Head, string Relation);

    private static Word[] Analyze(string text)
    {
        var tokens = Sift.Text.Tokenizer.Tokenize(text);
        var forms = tokens.Select(t => text[t.Start..t.End]).ToArray();
        var s = new SentenceSyntax();
        Models.Analyze(forms, s);
        return forms.Select((f, i) => new Word(f, s.Upos[i], s.Lemmas[i], s.Heads[i] == 0 ? "ROOT" : forms[s.Heads[i] - 1], s.Relations[i])).ToArray();
    }

    private static Word W(Word[] words, string form) => words.Single(w => w.Form == form);

    [Fact]
    public void Assad_said_victories_have_changed_the_attitude()
    {
        var words = Analyze("Assad said victories made by the Syrian forces and their allies have changed the global attitude towards the Syrian crisis.");
        Assert.Equal(("ROOT", "root"), (W(words, "said").Head, W(words, "said").Relation));
        Assert.Equal(("said", "nsubj"), (W(words, "Assad").Head, W(words, "Assad").Relation));
        Assert.Equal(("victories", "acl"), (W(words, "made").Head, W(words, "made").Relation));
        Assert.Equal(("made", "obl:agent"), (W(words, "forces").Head, W(words, "forces").Relation));
        Assert.Equal(("allies", "nmod:poss"), (W(words, "their").Head, W(words, "their").Relation));
        Assert.Equal(("changed", "aux"), (W(words, "have").Head, W(words, "have").Relation));
        Assert.Equal(("changed", "obj"), (W(words, "attitude").Head, W(words, "attitude").Relation));
        Assert.Equal("PROPN", W(words, "Assad").Upos);
        Assert.Equal("VERB", W(words, "said").Upos);
        Assert.Equal("say", W(words, "said").Lemma);
        Assert.Equal("victory", W(words, "victories").Lemma);
        Assert.Equal("ally", W(words, "allies").Lemma);
        Assert.Equal("change", W(words, "changed").Lemma);
    }

    [Fact]
    public void Kazakh_ministry_said_the_next_round_may_be_held()
    {
        var words = Analyze("In a Tuesday Facebook post, the Kazakh Foreign Ministry said the next round of the Syria talks in the Kazakh capital may be held in mid-September.");
        Assert.Equal(("ROOT", "root"), (W(words, "said").Head, W(words, "said").Relation));
        Assert.Equal(("said", "nsubj"), (W(words, "Ministry").Head, W(words, "Ministry").Relation));
        Assert.Equal(("said", "ccomp"), (W(words, "held").Head, W(words, "held").Relation));
        Assert.Equal(("held", "aux"), (W(words, "may").Head, W(words, "may").Relation));
        Assert.Equal(("held", "aux:pass"), (W(words, "be").Head, W(words, "be").Relation));
        Assert.Equal(("post", "case"), (W(words, "In").Head, W(words, "In").Relation));
        Assert.Equal(("said", "obl"), (W(words, "post").Head, W(words, "post").Relation));
        Assert.Equal(("held", "nsubj:pass"), (W(words, "round").Head, W(words, "round").Relation));
        Assert.Equal(("round", "nmod"), (W(words, "talks").Head, W(words, "talks").Relation));
        Assert.Equal("AUX", W(words, "may").Upos);
        Assert.Equal("hold", W(words, "held").Lemma);
        Assert.Equal("talk", W(words, "talks").Lemma);
    }

    [Theory]
    // The final e as the known lemma has it.
    [InlineData("The minister blamed the rebels for the attack.", "blamed", "blame")]
    [InlineData("The court ruled against the government.", "ruled", "rule")]
    [InlineData("The senator boasted about the vote.", "boasted", "boast")]
    [InlineData("The minister joined the talks.", "joined", "join")]
    // A shorter ending's rule that gives a known lemma wins over the longest ending's ("-bed" from "rubbed").
    [InlineData("The climbers climbed the mountain.", "climbed", "climb")]
    [InlineData("The noise disturbed the neighbours.", "disturbed", "disturb")]
    [InlineData("The army bombed the bridge.", "bombed", "bomb")]
    // A short stem that doubled its last consonant, not one with a silent e ("spare", "node" are known lemmas).
    [InlineData("The senators sparred over the bill.", "sparred", "spar")]
    [InlineData("The delegates were nodding along.", "nodding", "nod")]
    // Lemmas the treebank lacks, from the hand-kept list.
    [InlineData("The senator conceded the race.", "conceded", "concede")]
    [InlineData("The president underlined the need for talks.", "underlined", "underline")]
    [InlineData("The defendant pleaded guilty.", "pleaded", "plead")]
    [InlineData("The judge recused herself.", "recused", "recuse")]
    public void An_unseen_verb_forms_lemma_is_checked_against_the_lemmas_the_lemmatizer_knows(string text, string form, string lemma)
    {
        Assert.Equal(lemma, W(Analyze(text), form).Lemma);
    }

    [Fact]
    public void Every_parse_of_dev_is_one_tree()
    {
        var dev = ConlluFile.Read(DataLocator.Require("ud-english/ewt/dev.conllu"));
        var s = new SentenceSyntax();
        foreach (var sentence in dev)
        {
            var forms = sentence.Words.Select(w => w.Form).ToArray();
            Models.Analyze(forms, s);
            AssertTree(s.Heads.AsSpan(0, forms.Length));
        }
    }

    [Fact]
    public void The_pipeline_adds_a_syntax_layer_whose_heads_stay_in_their_sentence()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var analysis = Pipeline.Create(Sift.Provenance.SourceDirectory.Default, Models).Analyze(article);
        var syntax = analysis.Syntax!;
        Assert.Equal(analysis.Text.Tokens.Count, syntax.Tokens.Count);
        foreach (var sentence in analysis.Text.Sentences)
        {
            var roots = 0;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var head = syntax.Tokens[i].Head;
                if (head < 0)
                    roots++;
                else
                    Assert.InRange(head, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount - 1);
            }
            Assert.Equal(1, roots);
        }
    }

    [Fact]
    public void Model_files_load_and_refuse_the_wrong_kind()
    {
        var folder = ModelLocator.Require(SyntaxModels.DefaultFolder);
        Assert.NotNull(SyntaxModels.Load(folder));
        var e = Assert.Throws<InputException>(() => PosTagger.Load(Path.Combine(folder, SyntaxTrainer.ParserFile)));
        Assert.Contains("expected 'pos-tagger'", e.Message);
    }

    [Fact]
    public void Encoder_mode_models_read_vectors_and_refuse_to_run_without_them()
    {
        Assert.False(Models.UsesEncoder);
        var encoderModels = SyntaxModels.WithEncoder;
        Assert.True(encoderModels.UsesEncoder);
        string[] forms = ["Assad", "met", "the", "Iranian", "diplomat", "in", "Damascus", "."];
        var s = new SentenceSyntax();
        Assert.Throws<ArgumentException>(() => encoderModels.Analyze(forms, s));
        var vectors = new Sift.Encoder.EncoderWords(Sift.Encoder.SentenceEncoder.Shared).EncodeSentences([forms])[0];
        encoderModels.Analyze(forms, s, vectors);
        AssertTree(s.Heads.AsSpan(0, forms.Length));
        Assert.Equal("met", forms[Array.IndexOf(s.Heads, 0, 0, forms.Length)]);
        Assert.Equal("nsubj", s.Relations[0]);
        Assert.Equal("PROPN", s.Upos[6]);
    }

    /// <summary>Exactly one root; following heads from any word reaches it without a cycle.</summary>
    internal static void AssertTree(ReadOnlySpan<int> heads)
    {
        var n = heads.Length;
        var roots = 0;
        for (var i = 0; i < n; i++)
        {
            Assert.InRange(heads[i], 0, n);
            Assert.NotEqual(i + 1, heads[i]);
            if (heads[i] == 0)
                roots++;
            var at = i + 1;
            for (var steps = 0; at != 0; steps++)
            {
                Assert.True(steps <= n, "cycle");
                at = heads[at - 1];
            }
        }
        Assert.Equal(1, roots);
    }
}
