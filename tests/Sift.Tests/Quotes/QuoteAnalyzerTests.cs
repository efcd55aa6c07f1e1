using Sift.Entities;
using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Model;
using Sift.Quotes;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Tests.Quotes;

public class QuoteAnalyzerTests
{
    private static readonly EntityAnalyzer Entities = new(EntityRecognizer.Default, new PlaceResolver(Gazetteer.Default));
    private static readonly QuoteAnalyzer Analyzer = new(AttributionModel.Fast);

    private sealed record Result(Article Article, EntityLayer Entities, AttributionLayer Layer)
    {
        public string Text(Span span) => Article.Text[span.Start..span.End];

        public string? Speaker(Attribution a) => a.Speaker is { } id ? Entities.Entities.Single(e => e.Id == id).Name : null;
    }

    private static Result Analyze(string text)
    {
        var article = new Article { Text = text, Layout = TextLayout.LinePerParagraph };
        var layer = TextSegmenter.Segment(article);
        var syntax = new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, layer);
        var entities = Entities.Analyze(article, layer, syntax);
        return new Result(article, entities, Analyzer.Analyze(article, layer, syntax, entities));
    }

    private static readonly Lazy<Result> Reference = new(() => Analyze(TestData.ReferenceText));

    private static readonly Lazy<Result> ReferenceWithEncoder = new(() => AnalyzeWithEncoder(TestData.ReferenceText));

    /// <summary>The text as `sift analyze` reads it by default: every layer in encoder mode.</summary>
    private static Result AnalyzeWithEncoder(string text)
    {
        var article = new Article { Text = text, Layout = TextLayout.LinePerParagraph };
        var layer = TextSegmenter.Segment(article);
        var vectors = Sift.Encoder.SentenceEncoder.Shared.Encode(article, layer);
        var syntax = new SyntaxAnalyzer(SyntaxModels.WithEncoder).Analyze(article, layer, vectors);
        var entities = new EntityAnalyzer(EntityRecognizer.WithEncoder, new PlaceResolver(Gazetteer.Default)).Analyze(article, layer, syntax, vectors);
        return new Result(article, entities, new QuoteAnalyzer(AttributionModel.WithEncoder).Analyze(article, layer, syntax, entities, vectors));
    }

    private static int LineOf(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;

    [Theory]
    [InlineData("Bashar al-Assad", "say", 2)]
    [InlineData("Bashar al-Assad", "say", 4)]
    [InlineData("Hossein Jaberi Ansari", "express", 16)]
    [InlineData("Kazakh Foreign Ministry", "say", 11)]
    [InlineData("Staffan de Mistura", "hope", 12)]
    [InlineData("Walid al-Muallem", "say", 17)]
    public void Reference_article_attributions_name_their_speaker(string speaker, string cueLemma, int line)
    {
        var r = Reference.Value;
        var found = r.Layer.Attributions.Where(a => LineOf(r.Article.Text, a.Cue.Start) == line).ToList();
        Assert.Contains(found, a => r.Speaker(a) == speaker && a.CueLemma == cueLemma);
    }

    [Fact]
    public void A_relative_pronoun_source_speaks_for_the_name_it_follows()
    {
        var r = Analyze("The plan was praised by Angela Merkel, who said it would save lives.\n");
        var said = r.Layer.Attributions.Single(a => a.CueLemma == "say");
        Assert.Equal("who", r.Text(said.Source!.Value));
        Assert.Equal("Angela Merkel", r.Speaker(said));
    }

    [Theory]
    [InlineData("Hillary Clinton has a plan. But her allies fear that more emails will come out.", "her allies", null)]
    [InlineData("Victor Pinchuk gave money. A representative for Mr. Pinchuk said the gift was legal.", "A representative for Mr. Pinchuk", null)]
    [InlineData("Hillary Clinton has a plan. The Clinton campaign said the plan would pass.", "The Clinton campaign", "Hillary Clinton")]
    public void A_possessor_or_modifier_inside_the_source_is_not_the_speaker(string text, string source, string? speaker)
    {
        var r = Analyze(text);
        var a = Assert.Single(r.Layer.Attributions, x => x.Source is { } s && r.Text(s) == source);
        Assert.Equal(speaker, r.Speaker(a));
    }

    [Theory]
    [InlineData("A government spokesman said the ban was right.\nHe added: \"We will not stand for extremism in any form.\"\n", "A government spokesman")]
    [InlineData("A government spokeswoman said the ban was right.\nHe added: \"We will not stand for extremism in any form.\"\n", null)]
    [InlineData("A company manager said the ban was right.\nShe added: \"We will not stand for extremism in any form.\"\n", "A company manager")]
    public void A_pronoun_speaker_continues_the_described_speaker_before_it(string text, string? description)
    {
        var r = Analyze(text);
        var added = Assert.Single(r.Layer.Attributions, a => a.CueLemma == "add");
        Assert.Null(added.Speaker);
        Assert.Equal(description, added.DescribedBy is { } d ? r.Text(d) : null);
    }

    [Theory]
    // PTC article 730036755: the tagger gives "who" as the source of "saying".
    [InlineData("A dispatcher reached a woman who was crying and can be heard saying, \"won't let me in.\"", "a woman")]
    // Politico, 2016-08-11: the predicate noun's copula and preposition are the clause's, not the description's.
    [InlineData("The last question at the event was from a young child, who said he and his father drove to the event.", "a young child")]
    public void A_relative_pronoun_speaker_is_described_by_the_noun_phrase_its_clause_modifies(string text, string description)
    {
        var article = new Article { Text = text, Layout = TextLayout.LinePerParagraph };
        var layer = TextSegmenter.Segment(article);
        var syntax = new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, layer);
        var who = layer.Tokens.ToList().FindIndex(t => text[t.Start..t.End] == "who");
        var described = DescribedSpeaker.Of(text, layer, syntax, who, layer.Tokens[who].Span, 0, []);
        Assert.Equal(description, described is { } d ? text[d.Start..d.End] : null);
    }

    [Fact]
    public void He_in_the_17th_line_is_al_Muallem_not_Assad()
    {
        var r = Reference.Value;
        var said = r.Layer.Attributions.Single(a => LineOf(r.Article.Text, a.Cue.Start) == 17 && a.CueLemma == "say");
        Assert.Equal("He", r.Text(said.Source!.Value));
        Assert.Equal("Walid al-Muallem", r.Speaker(said));
        Assert.Contains("developments on the battlefield", r.Text(said.Content.Single()));
        Assert.Equal(AttributionKind.Indirect, said.Kind);
    }

    [Fact]
    public void The_two_sides_in_the_eighth_line_are_the_meetings_two_parties()
    {
        var r = ReferenceWithEncoder.Value;
        var exchanged = r.Layer.Attributions.Single(a => LineOf(r.Article.Text, a.Cue.Start) == 8);
        Assert.Equal("The two sides", r.Text(exchanged.Source!.Value));
        Assert.Equal("exchange", exchanged.CueLemma); // not "on", the cue's last word, which hangs from "process"
        // Views exchanged on a process are a speech act: the verbs inside "the process of the Astana talks aimed at
        // resolving the crisis" make no clause of the noun phrase.
        Assert.Equal(AttributionKind.SpeechAct, exchanged.Kind);
        Assert.Null(exchanged.Speaker);
        Assert.Equal(["Hossein Jaberi Ansari", "Bashar al-Assad"], exchanged.Group!.Select(id => r.Entities.Find(id)!.Name));
        Assert.Equal("Hossein Jaberi Ansari and Bashar al-Assad", r.Layer.NameOf(new Voice(r.Layer.Attributions.ToList().IndexOf(exchanged), null), r.Entities, r.Article.Text));
    }

    [Theory]
    [InlineData("Prime Minister Benjamin Netanyahu met Secretary of State John Kerry in Rome on Monday.\nThe two men said the talks had been constructive.\n",
        "The two men", "Benjamin Netanyahu|John Kerry")]
    [InlineData("France signed the treaty with Germany in Berlin on Monday.\nBoth countries said the deal would last.\n",
        "Both countries", "France|Germany")]
    [InlineData("Senator Mary Brown praised the bill.\nThe two sides said they would meet again.\n", "The two sides", "")]
    [InlineData("Lindsay Menz accused Senator Al Franken of groping her.\nTwo other unidentified women said Franken grabbed them too.\n", "Two other unidentified women", "")]
    public void A_counted_group_source_speaks_for_the_entities_it_counts(string text, string source, string names)
    {
        var r = AnalyzeWithEncoder(text);
        var said = r.Layer.Attributions.Single(a => a.CueLemma == "say");
        Assert.Equal(source, r.Text(said.Source!.Value));
        Assert.Equal(names, string.Join("|", (said.Group ?? []).Select(id => r.Entities.Find(id)!.Name)));
    }

    [Fact]
    public void Terrorists_plot_is_Assads_word_and_foreign_backed_militancy_the_narrators()
    {
        var r = Reference.Value;
        var text = r.Article.Text;
        var body = text.IndexOf("Syrian President Bashar", StringComparison.Ordinal);
        var plot = text.IndexOf("terrorists’ plot", body, StringComparison.Ordinal);
        var voice = r.Layer.VoiceOf(new Span(plot, plot + "terrorists’ plot".Length));
        Assert.False(voice.IsNarrator);
        Assert.Equal("Bashar al-Assad", r.Entities.Entities.Single(e => e.Id == voice.Speaker).Name);

        var militancy = text.IndexOf("foreign-backed militancy", StringComparison.Ordinal);
        Assert.True(r.Layer.VoiceOf(new Span(militancy, militancy + "foreign-backed militancy".Length)).IsNarrator);
        var inSentence = r.Layer.NarratorSentences.Any(s => r.Article.Text.Length > militancy && SentenceContains(r, s, militancy));
        Assert.True(inSentence);
    }

    [Fact]
    public void A_voice_is_named_by_its_entity_else_its_source_words_else_as_unnamed()
    {
        const string text = "Ali said the road is open. Officials said it was shut. It was reported that it rained.";
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var layer = new AttributionLayer(
        [
            new Attribution(Of("Ali"), Of("said the"), "say", [Of("the road is open")], AttributionKind.Indirect, 0, 7),
            new Attribution(Of("Officials"), Of("said it"), "say", [Of("it was shut")], AttributionKind.Indirect, 1, null),
            new Attribution(null, Of("reported"), "report", [Of("it rained")], AttributionKind.Indirect, 2, null),
        ], []);
        var entities = new EntityLayer([new Entity(7, "Ali Hassan", "PER", [], null, null, [])], []);

        Assert.Equal("Ali Hassan", layer.NameOf(layer.VoiceOf(Of("road")), entities, text));
        Assert.Equal("Officials", layer.NameOf(layer.VoiceOf(Of("shut")), entities, text));
        Assert.Equal("unnamed source", layer.NameOf(layer.VoiceOf(Of("rained")), entities, text));
        Assert.Equal("narrator", layer.NameOf(layer.VoiceOf(Of("Ali")), entities, text));
    }

    private static bool SentenceContains(Result r, int sentence, int offset)
    {
        var article = r.Article;
        var layer = TextSegmenter.Segment(article);
        return layer.Sentences[sentence].Span.Contains(offset);
    }

    [Fact]
    public void Partial_quote_of_de_Mistura_is_mixed()
    {
        var r = Reference.Value;
        var hoped = r.Layer.Attributions.Single(a => r.Speaker(a) == "Staffan de Mistura");
        Assert.Contains("“serious negotiation”", string.Join(" ", hoped.Content.Select(r.Text)));
        Assert.Equal(AttributionKind.Mixed, hoped.Kind);
    }

    [Fact]
    public void Speech_acts_without_a_clause_are_kept_as_such()
    {
        var r = Reference.Value;
        var expressed = r.Layer.Attributions.Single(a => a.CueLemma == "express");
        Assert.Equal("Hossein Jaberi Ansari", r.Speaker(expressed));
        Assert.Equal(AttributionKind.SpeechAct, expressed.Kind);
    }

    [Fact]
    public void A_direct_quote_with_curly_marks_has_its_speaker_after_it()
    {
        var r = Analyze("“We will not negotiate with terrorists,” Prime Minister Theresa May said on Tuesday.");
        var a = Assert.Single(r.Layer.Attributions);
        Assert.Equal("said", r.Text(a.Cue));
        Assert.Contains("We will not negotiate with terrorists", r.Text(a.Content[0]));
        Assert.Equal(AttributionKind.Direct, a.Kind);
        Assert.Contains("Theresa May", r.Text(a.Source!.Value));
    }

    [Fact]
    public void Reported_speech_with_told_reporters()
    {
        var r = Analyze("Senator John Smith told reporters that the bill would pass next week.");
        var a = Assert.Single(r.Layer.Attributions);
        Assert.Equal("John Smith", r.Speaker(a));
        Assert.Contains("the bill would pass next week", r.Text(a.Content[0]));
    }

    [Theory]
    [InlineData("According to the ministry, the talks will resume in May.", "the ministry", "the talks will resume in May")]
    [InlineData("The talks will resume in May, according to the ministry.", "the ministry", "The talks will resume in May")]
    // Inside a sentence, the clause it belongs to; the words after the source's comma are the WHO's (PTC's Ebola article).
    [InlineData("The risk of Ebola spreading within Congo is very high, according to authorities, and the disease could also move into nine neighboring countries, the World Health Organization has warned.",
        "authorities", "The risk of Ebola spreading within Congo is very high")]
    // Between a subject and its verb, the words on both sides.
    [InlineData("Fundraising, according to the campaign, has surged in the same period.", "the campaign", "Fundraising | has surged in the same period")]
    // The source takes in an apposition and stops at a dash.
    [InlineData("Almost 200 bills were introduced in nearly three dozen states, according to the Human Rights Campaign, an advocacy group.",
        "the Human Rights Campaign, an advocacy group", "Almost 200 bills were introduced in nearly three dozen states")]
    [InlineData("Some 59 percent of registered voters view her unfavorably, according to an ABC News poll - virtually the same as his share.",
        "an ABC News poll", "Some 59 percent of registered voters view her unfavorably")]
    public void According_to_names_the_source_after_it_and_the_clause_it_belongs_to(string text, string source, string content)
    {
        var r = Analyze(text);
        var a = Assert.Single(r.Layer.Attributions, x => r.Text(x.Cue).Equals("according to", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(source, r.Text(a.Source!.Value));
        Assert.Equal(content, string.Join(" | ", a.Content.Select(r.Text)));
    }

    /// <summary>A plain-text article whose first line is its headline, as `sift analyze` reads a .txt file.</summary>
    private static Result AnalyzeWithHeadline(string text)
    {
        var article = Sift.Intake.PlainTextReader.Read(text, "headline test");
        Assert.NotNull(article.TitleSpan);
        var layer = TextSegmenter.Segment(article);
        var syntax = new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, layer);
        var entities = Entities.Analyze(article, layer, syntax);
        return new Result(article, entities, Analyzer.Analyze(article, layer, syntax, entities));
    }

    [Fact]
    public void A_headline_speaker_before_a_colon_is_the_source_of_the_claim_after_it()
    {
        var r = AnalyzeWithHeadline("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines\n\nThere is serious concern about the election, he said on Monday.\n");
        var a = Assert.Single(r.Layer.Attributions, a => r.Text(a.Cue) == ":");
        Assert.Equal("Roger Stone", r.Text(a.Source!.Value));
        Assert.Equal("Don’t Trust the Voting Machines", r.Text(Assert.Single(a.Content)));
    }

    [Theory]
    [InlineData("The Latest: Cruz to give away engraved shotgun\n\nThe senator spoke in Iowa on Monday.\n")]
    [InlineData("Netanyahu and Obama: A tortured relationship\n\nThe two leaders met in Washington on Monday.\n")]
    [InlineData("Delegate Update: The latest count in the Democratic race\n\nThe count changed on Monday.\n")]
    public void A_headline_label_or_title_before_a_colon_is_no_speaker(string text)
    {
        var r = AnalyzeWithHeadline(text);
        Assert.DoesNotContain(r.Layer.Attributions, a => r.Text(a.Cue) == ":");
    }

    [Fact]
    public void Reportedly_is_a_cue_without_a_source_around_its_clause()
    {
        var article = new Article { Text = "The FBI is reportedly making arrangements to interview the senator.", Layout = TextLayout.LinePerParagraph };
        var layer = TextSegmenter.Segment(article);
        var syntax = new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, layer);
        var doc = new AttributionDocument(article, layer, syntax, AttributionModel.Fast.Verbs);
        var found = new List<FoundAttribution>();
        ReportedlyRule.Apply(doc, found);
        var a = Assert.Single(found);
        Assert.Equal("reportedly", article.Text[a.Cue.Start..a.Cue.End]);
        Assert.Null(a.Source);
        Assert.Equal(["The FBI is", "making arrangements to interview the senator"], a.Content.Select(c => article.Text[c.Start..c.End]));

        // Where the tagger already made the adverb a cue, the rule adds nothing.
        ReportedlyRule.Apply(doc, found);
        Assert.Single(found);
    }

    [Fact]
    public void It_was_reported_that_has_no_source_and_no_expletive_in_its_content()
    {
        var r = Analyze("It was reported that the army had withdrawn from the town.");
        var a = Assert.Single(r.Layer.Attributions);
        Assert.Null(a.Source);
        Assert.Null(a.Speaker);
        Assert.Equal("that the army had withdrawn from the town", r.Text(Assert.Single(a.Content)));
    }

    [Fact]
    public void Reported_content_outside_quotes_is_the_whole_clause_the_cue_governs()
    {
        var r = Analyze("Clinton spokesman Brian Fallon said the AP report is misleading because it only focuses on one small subset of her activities.");
        var a = Assert.Single(r.Layer.Attributions, x => r.Text(x.Cue) == "said");
        Assert.Equal("the AP report is misleading because it only focuses on one small subset of her activities", r.Text(Assert.Single(a.Content)));
    }

    [Fact]
    public void Reported_content_does_not_grow_over_the_next_cue()
    {
        var r = ReferenceWithEncoder.Value;
        var says = r.Layer.Attributions.Where(a => LineOf(r.Article.Text, a.Cue.Start) <= 2 && a.CueLemma == "say").Select(a => r.Text(Assert.Single(a.Content))).ToList();
        Assert.Equal(["terrorists’ plot has failed", "the terrorists’ plot in Syria has failed"], says);
    }

    [Fact]
    public void A_quote_closed_before_a_paragraph_break_is_not_run_on_into_the_next_paragraphs_quote()
    {
        var r = Analyze("The senator told reporters on Monday:\n“We have the votes to pass it.”\n“The other side knows it too,” she said.");
        var a = Assert.Single(r.Layer.Attributions, x => r.Text(x.Cue) == "said");
        Assert.Equal("“The other side knows it too,”", r.Text(Assert.Single(a.Content)));
    }

    [Theory]
    [InlineData("Hillary Clinton toured the plant on Tuesday, telling workers that the jobs would return.", "telling", "Hillary Clinton")]
    [InlineData("Joe Biden joined the campaign on Monday, accusing Donald Trump of endangering the troops.", "accusing", "Joe Biden")]
    public void A_participle_cue_takes_the_subject_of_the_clause_it_hangs_from(string text, string cue, string speaker)
    {
        var r = AnalyzeWithEncoder(text);
        var a = Assert.Single(r.Layer.Attributions, x => r.Text(x.Cue).StartsWith(cue, StringComparison.Ordinal));
        Assert.Equal(speaker, a.Source is { } source ? r.Text(source) : null);
    }

    /// <summary>
    /// The decoder alone, on tags set by hand (one per token of the fast tokenizer, whose words are
    /// checked first): the attribution it makes, with the text of its source and cue.
    /// </summary>
    private static (string? Source, string Cue) DecodeOne(string text, string[] words, int[] tags)
    {
        var doc = FastDocument(text);
        Assert.Equal(words, doc.Text.Tokens.Select(t => text[t.Start..t.End]));
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        return (a.Source is { } source ? text[source.Start..source.End] : null, text[a.Cue.Start..a.Cue.End]);
    }

    /// <summary>What the fast-mode tagger reads of a one-paragraph text.</summary>
    private static AttributionDocument FastDocument(string text)
    {
        var article = new Article { Text = text, Layout = TextLayout.LinePerParagraph };
        var layer = TextSegmenter.Segment(article);
        var syntax = new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, layer);
        return new AttributionDocument(article, layer, syntax, AttributionModel.Fast.Verbs);
    }

    [Fact]
    public void The_second_pass_beam_finds_the_best_scoring_tags_when_it_can_keep_every_sequence()
    {
        // Three tokens: 7^3 tag sequences, so a beam of 400 keeps every one and must end on the best.
        var model = AttributionModel.Fast;
        var doc = FastDocument("Obama said yes");
        var sentence = Assert.Single(doc.Text.Sentences);
        Assert.Equal(3, sentence.TokenCount);
        var first = AttributionModel.Tag(doc, model.First, null);
        var best = (Score: float.NegativeInfinity, Tags: Array.Empty<int>());
        for (var code = 0; code < 343; code++)
        {
            int[] tags = [code % 7, code / 7 % 7, code / 49];
            var valid = true;
            for (var k = 0; k < 3; k++)
                valid &= AttributionTags.IsBegin(tags[k]) || tags[k] == AttributionTags.Outside || (k > 0 && AttributionTags.Role(tags[k - 1]) == AttributionTags.Role(tags[k]));
            var score = valid ? AttributionModel.SequenceScore(doc, model.Second, first, sentence, tags) : float.NegativeInfinity;
            if (score > best.Score)
                best = (score, tags);
        }
        Assert.Equal(best.Tags, AttributionModel.Tag(doc, model.Second, first, beam: 400));
    }

    [Fact]
    public void Two_apostrophes_in_a_row_open_and_close_a_quotation()
    {
        // The feed's ''…'' marks, and a closing pair right after a word in -s, which alone reads as a possessive.
        const string text = "Mr. Obama said, ''We read all the emails'' and left. ''Yes,'' she said.";
        var doc = FastDocument(text);
        var quoted = doc.Text.Tokens.Where((t, i) => doc.InQuote[i] && t.Kind != TokenKind.Quote && t.Kind != TokenKind.Clitic).Select(t => text[t.Start..t.End]);
        Assert.Equal(["We", "read", "all", "the", "emails", "Yes", ","], quoted);
    }

    [Fact]
    public void A_tagged_source_the_tree_does_not_tie_to_the_cue_loses_to_the_cues_subject()
    {
        // Tags as the tagger gave them in a validation article: "Sunday" tagged as the source.
        var (source, _) = DecodeOne("On Sunday, President Barack Obama said he expected Americans to reject him.",
            ["On", "Sunday", ",", "President", "Barack", "Obama", "said", "he", "expected", "Americans", "to", "reject", "him", "."],
            [0, AttributionTags.BeginSource, 0, 0, 0, 0, AttributionTags.BeginCue, AttributionTags.BeginContent, .. Enumerable.Repeat(AttributionTags.InContent, 5), 0]);
        Assert.Equal("President Barack Obama", source);
    }

    [Fact]
    public void A_participle_cue_of_several_words_takes_the_subject_of_the_clause_its_verb_hangs_from()
    {
        // The cue's last word ("about") hangs inside the content; its verb ("bragging") hangs from "spending".
        var (source, cue) = DecodeOne("After bragging for a year about how cheaply he ran, Donald Trump is spending freely now.",
            ["After", "bragging", "for", "a", "year", "about", "how", "cheaply", "he", "ran", ",", "Donald", "Trump", "is", "spending", "freely", "now", "."],
            [0, AttributionTags.BeginCue, .. Enumerable.Repeat(AttributionTags.InCue, 4), AttributionTags.BeginContent, .. Enumerable.Repeat(AttributionTags.InContent, 3), .. Enumerable.Repeat(0, 8)]);
        Assert.Equal("bragging for a year about", cue);
        Assert.Equal("Donald Trump", source);
    }

    [Fact]
    public void Appears_and_seems_take_no_source_and_keep_their_attribution()
    {
        // The subject of "appears" is what the evidence is about, not who speaks.
        var (source, cue) = DecodeOne("China's coal consumption appears to have declined last year.",
            ["China", "'s", "coal", "consumption", "appears", "to", "have", "declined", "last", "year", "."],
            [0, 0, 0, 0, AttributionTags.BeginCue, AttributionTags.BeginContent, .. Enumerable.Repeat(AttributionTags.InContent, 4), 0]);
        Assert.Equal("appears", cue);
        Assert.Null(source);
    }

    [Theory]
    [InlineData("Hewitt asked Trump about statements he had made.", "about statements he had made")]
    [InlineData("Hewitt told me that the talks had failed.", "that the talks had failed")]
    [InlineData("Hewitt urged Clinton to make a decision.", "Clinton to make a decision")]
    [InlineData("Hewitt blamed the media for the flap.", "the media for the flap")]
    // The reference article's "briefed Assad on the diplomatic efforts …": what the briefing was about.
    [InlineData("Ansari briefed Assad on the diplomatic efforts.", "on the diplomatic efforts")]
    public void The_person_a_cue_addresses_is_not_what_was_said_unless_an_infinitive_follows(string text, string content)
    {
        var doc = FastDocument(text);
        var n = doc.Text.Tokens.Count;
        // Source, cue, then content to the final period, as the tagger would give them.
        int[] tags = [AttributionTags.BeginSource, AttributionTags.BeginCue, AttributionTags.BeginContent, .. Enumerable.Repeat(AttributionTags.InContent, n - 4), 0];
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        Assert.Equal(content, text[a.Content[0].Start..a.Content[^1].End]);
    }

    [Theory]
    [InlineData("“How big is that wall?” asked the boy, who was wearing a hat.", -1, "the boy")]
    [InlineData("“Why would you not want to raise it?” asked Dunn, now a partner at a firm.", -1, "Dunn")]
    // The tagger took the quote's first words for the source.
    [InlineData("“A lot of people predicted that it would go away,” added Murphy, referring to the killings.", 1, "Murphy")]
    public void A_name_right_after_a_cue_that_follows_a_quote_is_its_speaker(string text, int taggedSource, string source)
    {
        var doc = FastDocument(text);
        var words = doc.Text.Tokens.Select(t => text[t.Start..t.End]).ToList();
        var cue = words.FindIndex(w => w is "asked" or "added");
        var tags = new int[words.Count];
        tags[1] = AttributionTags.BeginContent;
        for (var i = 2; i < cue - 1; i++)
            tags[i] = AttributionTags.InContent;
        if (taggedSource >= 0)
        {
            tags[taggedSource] = AttributionTags.BeginSource;
            tags[taggedSource + 1] = tags[taggedSource + 2] = AttributionTags.InSource;
        }
        tags[cue] = AttributionTags.BeginCue;
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        Assert.Equal(source, a.Source is { } s ? text[s.Start..s.End] : null);
    }

    [Theory]
    [InlineData("New York (AFP) – Vice President Joe Biden hit the campaign trail, trashing Donald Trump as unqualified.", "New York (AFP", "trashing", "Vice President Joe Biden")]
    [InlineData("PORTLAND, Maine - On Friday, Gary Johnson told a joke about the race.", "PORTLAND, Maine", "told", "Gary Johnson")]
    [InlineData("PARIS, Aug 31 (Reuters) - Marine Le Pen said that Clinton would bring war.", "PARIS", "said", "Marine Le Pen")]
    [InlineData("Gov. Mike Pence on Thursday said that the wall would be big.", "Gov. Mike Pence on Thursday", "said", "Gov. Mike Pence")]
    public void A_dateline_is_no_source_and_a_source_ends_before_its_day(string text, string tagged, string cueWord, string source)
    {
        var doc = FastDocument(text);
        var tokens = doc.Text.Tokens.ToList();
        var tags = new int[tokens.Count];
        // The tagged source runs from the text's first token to the end of `tagged`.
        var last = tokens.FindIndex(t => t.End == tagged.Length);
        tags[0] = AttributionTags.BeginSource;
        for (var i = 1; i <= last; i++)
            tags[i] = AttributionTags.InSource;
        var cue = tokens.FindIndex(t => text[t.Start..t.End] == cueWord);
        tags[cue] = AttributionTags.BeginCue;
        tags[cue + 1] = AttributionTags.BeginContent;
        for (var i = cue + 2; i < tokens.Count - 1; i++)
            tags[i] = AttributionTags.InContent;
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        Assert.Equal(source, a.Source is { } s ? text[s.Start..s.End] : null);
    }

    [Fact]
    public void A_wire_tag_pasted_into_the_story_is_no_part_of_a_source()
    {
        // A partisan outlet quoting a Reuters story at length (PTC article 706088110).
        const string text = "In her latest excursion into immigration policy, she decided that aliens can't be held.\n"
            + "BOSTON (Reuters) - A U.S. judge on Wednesday ordered the release of an illegal immigrant.";
        var doc = FastDocument(text);
        var tokens = doc.Text.Tokens.ToList();
        var tags = new int[tokens.Count];
        var from = tokens.FindIndex(t => text[t.Start..t.End] == "BOSTON");
        var cue = tokens.FindIndex(t => text[t.Start..t.End] == "ordered");
        tags[from] = AttributionTags.BeginSource;
        for (var i = from + 1; i < cue - 2; i++)
            tags[i] = AttributionTags.InSource;
        tags[cue] = AttributionTags.BeginCue;
        tags[cue + 1] = AttributionTags.BeginContent;
        for (var i = cue + 2; i < tokens.Count - 1; i++)
            tags[i] = AttributionTags.InContent;
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        Assert.Equal("A U.S. judge", a.Source is { } s ? text[s.Start..s.End] : null);
    }

    [Theory]
    [InlineData("During the meeting, the Iranian diplomat, who arrived in Damascus on Wednesday, briefed Assad on the talks.", "the Iranian diplomat, who arrived", "briefed",
        "the Iranian diplomat, who arrived in Damascus on Wednesday")]
    [InlineData("Sanders, who recently launched a new political organization, said the race was close.", "Sanders, who recently launched a new", "said",
        "Sanders, who recently launched a new political organization")]
    public void A_source_that_ends_inside_a_relative_clause_takes_in_the_whole_clause(string text, string tagged, string cueWord, string source)
    {
        var doc = FastDocument(text);
        var tokens = doc.Text.Tokens.ToList();
        var tags = new int[tokens.Count];
        var from = tokens.FindIndex(t => t.Start == text.IndexOf(tagged, StringComparison.Ordinal));
        var last = tokens.FindIndex(t => t.End == text.IndexOf(tagged, StringComparison.Ordinal) + tagged.Length);
        tags[from] = AttributionTags.BeginSource;
        for (var i = from + 1; i <= last; i++)
            tags[i] = AttributionTags.InSource;
        var cue = tokens.FindIndex(t => text[t.Start..t.End] == cueWord);
        tags[cue] = AttributionTags.BeginCue;
        tags[cue + 1] = AttributionTags.BeginContent;
        for (var i = cue + 2; i < tokens.Count - 1; i++)
            tags[i] = AttributionTags.InContent;
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        Assert.Equal(source, a.Source is { } s ? text[s.Start..s.End] : null);
    }

    [Theory]
    [InlineData("The goal, he said, is to forge a cease-fire.", "The goal|is to forge a cease-fire")]
    [InlineData("But, he said, the talks will go on.", "the talks will go on")]
    public void Words_before_a_parenthetical_source_and_cue_open_the_content(string text, string content)
    {
        var doc = FastDocument(text);
        var words = doc.Text.Tokens.Select(t => text[t.Start..t.End]).ToList();
        var he = words.IndexOf("he");
        // As the tagger gives them: the source and cue between the commas, the content after them; the words before untagged.
        var tags = new int[words.Count];
        tags[he] = AttributionTags.BeginSource;
        tags[he + 1] = AttributionTags.BeginCue;
        tags[he + 3] = AttributionTags.BeginContent;
        for (var i = he + 4; i < words.Count - 1; i++)
            tags[i] = AttributionTags.InContent;
        var a = Assert.Single(AttributionDecoder.Decode(doc, tags));
        Assert.Equal(content, string.Join("|", a.Content.Select(c => text[c.Start..c.End])));
    }

    [Fact]
    public void A_cue_that_starts_where_another_ends_continues_it_and_a_lone_function_word_is_no_cue()
    {
        // "said in" and "a statement" tagged as two cues, and "to" of "tried to dispel" as a cue of its own.
        var (source, cue) = DecodeOne("Pence said in a statement that Clinton tried to dispel the image.",
            ["Pence", "said", "in", "a", "statement", "that", "Clinton", "tried", "to", "dispel", "the", "image", "."],
            [AttributionTags.BeginSource, AttributionTags.BeginCue, AttributionTags.InCue, AttributionTags.BeginCue, AttributionTags.InCue, 0,
                AttributionTags.BeginContent, AttributionTags.InContent, AttributionTags.BeginCue, AttributionTags.BeginContent, AttributionTags.InContent, AttributionTags.InContent, 0]);
        Assert.Equal("said in a statement", cue);
        Assert.Equal("Pence", source);
    }

    [Fact]
    public void A_tagged_source_inside_the_cues_subject_grows_to_the_whole_subject()
    {
        // The tagger stopped after the subject's first word.
        var (source, _) = DecodeOne("Multiple news outlets reported that the talks had failed.",
            ["Multiple", "news", "outlets", "reported", "that", "the", "talks", "had", "failed", "."],
            [AttributionTags.BeginSource, 0, 0, AttributionTags.BeginCue, AttributionTags.BeginContent, .. Enumerable.Repeat(AttributionTags.InContent, 4), 0]);
        Assert.Equal("Multiple news outlets", source);
    }

    [Fact]
    public void Sentences_without_attributions_are_the_narrators()
    {
        var r = Analyze("The storm hit the coast on Monday. The mayor said the city was ready.");
        Assert.Equal([0], r.Layer.NarratorSentences);
    }
}
