using Sift.Intake;
using Sift.Model;
using Sift.Text;

namespace Sift.Tests.Text;

public class SentenceTests
{
    private static string[] Sentences(string text, TextLayout layout = TextLayout.LinePerParagraph)
    {
        var layer = TextSegmenter.Segment(new Article { Text = text, Layout = layout });
        return layer.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Reference_article_has_its_headline_paragraphs_and_sentences()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var layer = TextSegmenter.Segment(article);
        Assert.Equal(TextLayout.LinePerParagraph, article.Layout);
        Assert.Equal(21, layer.Paragraphs.Count);
        Assert.Equal(ParagraphKind.Headline, layer.Paragraphs[0].Kind);
        Assert.Equal("Syria’s Assad says terrorists’ plot has failed, vows resistance until final victory", article.Metadata.Title);
        // 21 lines; the Astana line holds three sentences, two more lines hold two each.
        Assert.Equal(25, layer.Sentences.Count);
        var astana = layer.Sentences.Where(s => s.Paragraph == 9).Select(s => article.Text[s.Start..s.End]).ToArray();
        Assert.Equal(
            ["Astana has hosted five rounds of peace talks on Syria since January.",
             "Russia, Iran, and Turkey serve as guarantor states in the peace process.",
             "The negotiations are aimed at bringing an end to the foreign-backed militancy in Syria, which began in March 2011."],
            astana);
        Assert.Equal("Culled from Presstv", article.Text[layer.Sentences[^1].Start..layer.Sentences[^1].End]);
    }

    [Fact]
    public void Sentences_carry_their_closing_quotes()
    {
        Assert.Equal(["\"The next transmission could be more pronounced or stronger,\" WHO chief Tedros told reporters.", "“The issue is serious.”", "He left."],
            Sentences("\"The next transmission could be more pronounced or stronger,\" WHO chief Tedros told reporters. “The issue is serious.” He left."));
    }

    [Fact]
    public void A_question_inside_a_quote_followed_by_lower_case_does_not_end_the_sentence()
    {
        Assert.Equal(["“Is it over?” he asked, and left."], Sentences("“Is it over?” he asked, and left."));
    }

    [Fact]
    public void No_sentence_starts_at_a_comma_or_colon_after_a_bracketed_abbreviation()
    {
        Assert.Equal(["Sen. Joe Lieberman (I-Conn.), also stated his support.", "He left."],
            Sentences("Sen. Joe Lieberman (I-Conn.), also stated his support. He left."));
        Assert.Equal(["Rep. Mary Jones (D-Calif.): the bill is dead."], Sentences("Rep. Mary Jones (D-Calif.): the bill is dead."));
    }

    [Fact]
    public void Abbreviations_end_sentences_only_when_a_sentence_starts()
    {
        Assert.Equal(["Gen. Mattis met Lt. Col. Smith in the U.S. capital on Jan. 5."],
            Sentences("Gen. Mattis met Lt. Col. Smith in the U.S. capital on Jan. 5."));
        Assert.Equal(["The talks took place in the U.S.", "The next round is in Astana."],
            Sentences("The talks took place in the U.S. The next round is in Astana."));
        Assert.Equal(["He works for Apple Inc.", "He said so."], Sentences("He works for Apple Inc. He said so."));
        Assert.Equal(["U.S. President Donald Trump spoke."], Sentences("U.S. President Donald Trump spoke."));
        Assert.Equal(["He called for a ban on the Qur’an” (p. 58).", "Then he left."], Sentences("He called for a ban on the Qur’an” (p. 58). Then he left."));
    }

    [Fact]
    public void Ptc_layout_makes_every_line_a_sentence()
    {
        var text = File.ReadAllText(Path.Combine(DataLocator.Require("ptc/train"), "articles", "article111111111.txt"));
        var article = PlainTextReader.Read(text, "article111111111.txt");
        Assert.Equal(TextLayout.SentencePerLine, article.Layout);
        var layer = TextSegmenter.Segment(article);
        Assert.Equal("Next plague outbreak in Madagascar could be 'stronger': WHO", article.Metadata.Title);
        Assert.Equal(ParagraphKind.Headline, layer.Paragraphs[0].Kind);
        var sentences = layer.Sentences.Select(s => text[s.Start..s.End]).ToList();
        Assert.Contains("The disease tends to make a comeback each hot rainy season, from September to April.", sentences);
        Assert.Contains("On average, between 300 and 600 infections are recorded every year among a population approaching 25 million people, according to a UN estimate.", sentences);
        Assert.Contains("Geneva - The World Health Organisation chief on Wednesday said a deadly plague epidemic appeared to have been brought under control in Madagascar, but warned the next outbreak would likely be stronger.", sentences);
    }

    [Fact]
    public void Wrapped_paragraphs_join_their_lines_but_a_headline_line_stands_alone()
    {
        var text = "Talks resume in Astana\nThe sixth round of talks on Syria opened in the Kazakh capital on\nThursday, officials said. Delegations from Russia, Iran and Turkey\nattended.\n\nThe UN envoy was expected to arrive later in the week for the\nclosing session.\n";
        var layer = TextSegmenter.Segment(new Article { Text = text });
        Assert.Equal(2, layer.Paragraphs.Count);
        var sentences = layer.Sentences.Select(s => text[s.Start..s.End]).ToArray();
        Assert.Equal("Talks resume in Astana", sentences[0]);
        Assert.Equal("The sixth round of talks on Syria opened in the Kazakh capital on\nThursday, officials said.", sentences[1]);
        Assert.Equal(4, sentences.Length);
    }

    [Fact]
    public void Offsets_of_paragraphs_sentences_and_tokens_nest()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var layer = TextSegmenter.Segment(article);
        foreach (var p in layer.Paragraphs)
        {
            for (var s = p.FirstSentence; s < p.FirstSentence + p.SentenceCount; s++)
            {
                var sentence = layer.Sentences[s];
                Assert.True(sentence.Start >= p.Start && sentence.End <= p.End);
                foreach (var token in layer.TokensOf(sentence))
                    Assert.True(token.Start >= sentence.Start && token.End <= sentence.End);
            }
        }
        Assert.Equal(layer.Tokens.Count, layer.Sentences.Sum(s => s.TokenCount));
    }
}
