using Sift.Entities;
using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Intake;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Tests.Entities;

public class EntityAnalyzerTests
{
    private static readonly EntityAnalyzer Analyzer = new(EntityRecognizer.Default, new PlaceResolver(Gazetteer.Default));

    private static (Article Article, EntityLayer Layer) Analyze(string text)
    {
        var article = new Article { Text = text };
        var layer = TextSegmenter.Segment(article);
        var syntax = new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, layer);
        return (article, Analyzer.Analyze(article, layer, syntax));
    }

    private static readonly Lazy<(Article Article, EntityLayer Layer)> Reference = new(() =>
    {
        var article = InputReader.Read(TestData.Sample("assad-astana.json"), new IntakeOptions()).Single().Article!;
        var text = TextSegmenter.Segment(article);
        return (article, Analyzer.Analyze(article, text, new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, text)));
    });

    // Encoder mode, as `sift analyze` runs by default: the recognizer reads the sentence encoder's vectors.
    private static readonly Lazy<EntityLayer> ReferenceWithEncoder = new(() =>
    {
        var article = InputReader.Read(TestData.Sample("assad-astana.json"), new IntakeOptions()).Single().Article!;
        var text = TextSegmenter.Segment(article);
        var analyzer = new EntityAnalyzer(EntityRecognizer.WithEncoder, new PlaceResolver(Gazetteer.Default));
        return analyzer.Analyze(article, text, new SyntaxAnalyzer(SyntaxModels.Default).Analyze(article, text),
            Sift.Encoder.SentenceEncoder.Shared.Encode(article, text));
    });

    private static Entity EntityNamed(string name) => Reference.Value.Layer.Entities.Single(e => e.Name == name);

    private static string[] MentionsOf(Entity entity) =>
        entity.Mentions.Select(i => Reference.Value.Layer.Mentions[i]).Select(m => Reference.Value.Article.Text[m.Span.Start..m.Span.End]).ToArray();

    [Theory]
    [InlineData("Daesh", "ORG")]
    [InlineData("Jabhat Fateh al-Sham", "ORG")]
    [InlineData("Lebanese Hezbollah", "ORG")]
    [InlineData("Astana", "LOC")]
    [InlineData("Qalamoun", "LOC")]
    [InlineData("Staffan de Mistura", "PER")]
    [InlineData("Hossein Jaberi Ansari", "PER")]
    [InlineData("Kazakh Foreign Ministry", "ORG")]
    public void Reference_article_names_come_out_with_their_type(string name, string type)
    {
        Assert.Equal(type, EntityNamed(name).Type);
        Assert.Equal(type, ReferenceWithEncoder.Value.Entities.Single(e => e.Name == name).Type);
    }

    [Fact]
    public void The_encoder_recognizer_refuses_to_run_without_vectors()
    {
        var article = new Article { Text = "Assad met Ansari in Damascus." };
        var text = TextSegmenter.Segment(article);
        var analyzer = new EntityAnalyzer(EntityRecognizer.WithEncoder, null);
        Assert.True(analyzer.UsesEncoder);
        Assert.Throws<InvalidOperationException>(() => analyzer.Analyze(article, text, null));
    }

    [Theory]
    [InlineData("Gov. Gary Johnson and Gov. Bill Weld spoke in Boston on Friday.", "Bill Weld", "Gov.")]
    [InlineData("He met Speaker Paul D. Ryan and Senator Mitch McConnell on Friday.", "Mitch McConnell", "Senator")]
    [InlineData("Does Archbishop Bernard Hebda know about the allegations?", "Bernard Hebda", "Archbishop")]
    [InlineData("The bill was backed by House Speaker Paul Ryan on Friday.", "Paul Ryan", "House Speaker")]
    public void A_title_is_the_capitalized_words_before_the_name_and_no_more(string text, string name, string title)
    {
        var (_, layer) = Analyze(text);
        Assert.Equal([title], layer.Entities.Single(e => e.Name == name).Titles);
    }

    [Fact]
    public void Assad_is_one_person_by_name_title_and_pronoun()
    {
        var assad = EntityNamed("Bashar al-Assad");
        Assert.Contains("Syrian President", assad.Titles);
        Assert.Equal("SY", assad.Country);
        var mentions = MentionsOf(assad);
        Assert.Contains("Assad", mentions);
        Assert.Contains("The Syrian president", mentions);
        Assert.Contains("He", mentions);
    }

    [Fact]
    public void The_Iranian_diplomat_is_Jaberi_Ansari()
    {
        var ansari = EntityNamed("Hossein Jaberi Ansari");
        Assert.Equal("IR", ansari.Country);
        var mentions = MentionsOf(ansari);
        Assert.Contains("Jaberi Ansari", mentions);
        Assert.Contains("the Iranian diplomat", mentions);
    }

    [Fact]
    public void Name_variants_and_a_forward_pronoun_join_Muallem()
    {
        var muallem = EntityNamed("Walid al-Muallem");
        var mentions = MentionsOf(muallem);
        Assert.Contains("Muallem", mentions);
        Assert.Contains("his", mentions); // "For his part, Muallem praised …"
    }

    [Fact]
    public void The_UN_is_the_United_Nations()
    {
        var un = Reference.Value.Layer.Entities.Single(e => e.Name == "United Nations");
        Assert.Contains("UN", MentionsOf(un));
    }

    [Fact]
    public void Places_are_on_the_map_and_the_Kazakh_capital_is_Astana()
    {
        var damascus = EntityNamed("Damascus");
        Assert.Equal("SY", damascus.Place!.CountryCode);
        Assert.InRange(damascus.Place.Latitude!.Value, 33, 34);
        var astana = EntityNamed("Astana");
        Assert.Equal("KZ", astana.Place!.CountryCode);
        Assert.Contains("the Kazakh capital", MentionsOf(astana));
    }

    [Fact]
    public void A_capital_that_acts_stands_for_its_government()
    {
        var (article, layer) = (Reference.Value.Article, Reference.Value.Layer);
        var tehran = layer.Mentions.Where(m => article.Text[m.Span.Start..m.Span.End] == "Tehran").ToList();
        // "the diplomatic efforts made by Tehran"
        Assert.Contains(tehran, m => m.Metonymy);
    }

    [Fact]
    public void Every_mention_points_at_an_entity_that_lists_it()
    {
        var layer = Reference.Value.Layer;
        for (var i = 0; i < layer.Mentions.Count; i++)
            Assert.Contains(i, layer.Entities[layer.Mentions[i].Entity].Mentions);
    }

    [Fact]
    public void She_and_it_follow_the_most_salient_compatible_entity()
    {
        var (article, layer) = Analyze("Angela Merkel met the Apple board in Berlin. She said the company must pay its taxes.");
        string TextOf(Mention m) => article.Text[m.Span.Start..m.Span.End];
        var she = layer.Mentions.Single(m => TextOf(m) == "She");
        Assert.Equal("Angela Merkel", layer.Entities[she.Entity].Name);
    }

    [Fact]
    public void Mr_and_Mrs_Clinton_are_two_people_and_he_is_not_her()
    {
        var (article, layer) = Analyze("Hillary Clinton spoke in Ohio. Former President Bill Clinton stayed home. "
            + "Mrs. Clinton said the foundation would change. Mr. Clinton said on Thursday that he would leave its board. "
            + "He added that the decision was final.");
        // The entity of the mention of `word` inside the first occurrence of `context`.
        string EntityIn(string context, string word)
        {
            var at = article.Text.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(word, StringComparison.Ordinal);
            return layer.Entities[layer.Mentions.Single(m => m.Span.Start <= at && at < m.Span.End).Entity].Name;
        }
        Assert.Equal("Hillary Clinton", EntityIn("Mrs. Clinton", "Clinton"));
        Assert.Equal("Bill Clinton", EntityIn("Mr. Clinton", "Clinton"));
        Assert.Equal("Bill Clinton", EntityIn("that he would", "he"));
        Assert.Equal("Bill Clinton", EntityIn("He added", "He"));
    }

    [Theory]
    // "his" can only mean Franken (the one person in reach), so "her" and "She" look past him to Tweeden, the nearer subject.
    [InlineData("Sen. Al Franken announced his resignation on Thursday. Leeann Tweeden, a radio news anchor, says Franken groped her. "
        + "She says Franken kissed her during a tour.", "She", "Leeann Tweeden")]
    // The main clause's subject, not a name in a clause below it.
    [InlineData("EDL leader Tommy Robinson criticised the decision and said the bloggers would lay flowers where Lee Rigby died. "
        + "\"It is embarrassing for this country,\" he said.", "he", "Tommy Robinson")]
    // A possessive before its clause's subject points forward.
    [InlineData("President Donald Trump sent Secretary of State Michael Pompeo to Riyadh. In his meetings, Pompeo asked about the journalist.",
        "his", "Michael Pompeo")]
    public void A_pronoun_binds_to_the_person_salience_and_gender_allow(string text, string pronoun, string person)
    {
        var (article, layer) = Analyze(text);
        var mention = layer.Mentions.Single(m => article.Text[m.Span.Start..m.Span.End] == pronoun);
        Assert.Equal(person, layer.Entities[mention.Entity].Name);
    }

    [Theory]
    // "The Ivanka Trump contract": the recognizer may take the article into a name.
    [InlineData("The Ivanka Trump", "ivanka trump")]
    // "Patrick Carlineo Jr." and "James Kennedy Jr." share no surname.
    [InlineData("James Kennedy Jr.", "james kennedy")]
    [InlineData("Bashar al-Assad", "bashar assad")]
    public void A_names_comparison_words_leave_out_articles_and_generational_suffixes(string name, string key) =>
        Assert.Equal(key, string.Join(' ', NameMatcher.Key(name.Split(' '))));

    [Fact]
    public void A_speaker_the_text_does_not_name_is_nobody_else()
    {
        // "He added" continues the unnamed spokesman, not the soldier named before him.
        var (article, layer) = Analyze("Lee Rigby was murdered in Woolwich in May. A government spokesman said the ban was right. "
            + "He added: \"We will not stand for extremism in any form.\"");
        string TextOf(Mention m) => article.Text[m.Span.Start..m.Span.End];
        Assert.DoesNotContain(layer.Mentions, m => TextOf(m) == "He");
    }
}
