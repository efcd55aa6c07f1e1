using Sift.Intake;
using Sift.Model;
using Sift.Text;
using Sift.Time;

namespace Sift.Tests.Time;

public class TimeAnalyzerTests
{
    private static readonly DateOnly Wednesday = new(2017, 8, 30);

    private static (string Text, string Type, string Value, string? Mod)[] Times(string text, DateOnly? published = null)
    {
        var article = new Article { Text = text, Metadata = new ArticleMetadata { Published = published ?? Wednesday } };
        var layer = TimeAnalyzer.Analyze(article, TextSegmenter.Segment(article));
        return layer.Expressions.Select(e => (text[e.Span.Start..e.Span.End], e.Type, e.Value, e.Mod)).ToArray();
    }

    [Fact]
    public void Years_stand_alone()
    {
        Assert.Equal([("1990", "DATE", "1990", null)], Times("Kopp had been arrested in several states since 1990 for protesting abortion."));
    }

    [Fact]
    public void Weekdays_follow_the_tense_of_their_clause()
    {
        Assert.Equal("2017-08-28", Times("On Monday, Daesh militants and their families started to evacuate Qalamoun.")[0].Value);
        Assert.Equal("2017-08-29", Times("In a Tuesday Facebook post, the Kazakh Foreign Ministry said the next round may be held soon.")[0].Value);
        Assert.Equal("2017-08-30", Times("The Iranian diplomat, who arrived in Damascus on Wednesday, briefed Assad.")[0].Value);
        Assert.Equal("2017-09-04", Times("The talks will resume on Monday.")[0].Value);
    }

    [Theory]
    // The words nearest "Monday" are past ("was elected"), but the tree hangs it from "will announce".
    [InlineData("On Monday, the government that was elected in May will announce the cuts.", "2017-09-04")]
    // A future verb later in the sentence does not pull a weekday of a past clause forward.
    [InlineData("The minister resigned on Monday and his deputy will take over.", "2017-08-28")]
    [InlineData("The delegations have met on Monday in Astana.", "2017-08-28")]
    [InlineData("The next round may be held on Monday.", "2017-09-04")]
    public void With_syntax_a_weekday_takes_the_tense_of_the_verb_it_attaches_to(string sentence, string value)
    {
        var article = new Article { Text = sentence, Metadata = new ArticleMetadata { Published = Wednesday } };
        var text = TextSegmenter.Segment(article);
        var syntax = new Sift.Syntax.SyntaxAnalyzer(Sift.Syntax.SyntaxModels.Default).Analyze(article, text);
        var monday = TimeAnalyzer.Analyze(article, text, syntax).Expressions.Single(e => sentence[e.Span.Start..e.Span.End] == "Monday");
        Assert.Equal(value, monday.Value);
    }

    [Theory]
    [InlineData("2017-08-30", "2017-08-30")]
    [InlineData("2017-W35", "2017-08-28")]
    [InlineData("2017-09", "2017-09-01")]
    [InlineData("2017-Q3", "2017-07-01")]
    [InlineData("2017-H2", "2017-07-01")]
    [InlineData("2017-SU", "2017-06-01")]
    [InlineData("2017", "2017-01-01")]
    [InlineData("201", "2010-01-01")]
    [InlineData("2017-08-30T10:00", "2017-08-30")]
    [InlineData("XXXX-08-19", null)]
    [InlineData("XXXX-WXX-1", null)]
    [InlineData("PAST_REF", null)]
    [InlineData("P3Y", null)]
    [InlineData("2017-02-30", null)]
    public void Timeline_places_a_value_at_the_first_day_it_covers(string value, string? day)
    {
        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Timeline.FirstDay(value));
    }

    [Fact]
    public void Timeline_is_oldest_first_and_keeps_text_order_within_a_day()
    {
        const string story = "Fighting resumed on Monday. The war began in March 2011. Now the talks are stalled. Monday's clashes killed ten.";
        var article = new Article { Text = story, Metadata = new ArticleMetadata { Published = Wednesday } };
        var text = TextSegmenter.Segment(article);
        var timeline = Timeline.Of(text, TimeAnalyzer.Analyze(article, text));
        Assert.Equal(["March 2011", "Monday", "Monday", "Now"], timeline.Select(e => story[e.Expression.Span.Start..e.Expression.Span.End]));
        Assert.Equal(0, timeline[1].Sentence.FirstToken);
    }

    [Fact]
    public void Reference_article_expressions_are_normalized_against_its_date()
    {
        var item = InputReader.Read(TestData.Sample("assad-astana.json"), new IntakeOptions()).Single();
        var article = item.Article!;
        var layer = TimeAnalyzer.Analyze(article, TextSegmenter.Segment(article));
        var found = layer.Expressions.Select(e => (article.Text[e.Span.Start..e.Span.End], e.Value, e.Mod)).ToList();
        Assert.Contains(("Wednesday", "2017-08-30", null), found);
        Assert.Contains(("January", "2017-01", null), found);
        Assert.Contains(("March 2011", "2011-03", null), found);
        Assert.Contains(("mid-September", "2017-09", "MID"), found);
        Assert.Contains(("October", "2017-10", null), found);
        Assert.Contains(("November", "2017-11", null), found);
        Assert.Contains(("August 19", "2017-08-19", null), found);
        Assert.Contains(("Monday", "2017-08-28", null), found);
        Assert.Contains(("Tuesday", "2017-08-29", null), found);
        Assert.Contains(("Earlier this month", "2017-08", "START"), found);
        Assert.Contains(("the current juncture", "PRESENT_REF", null), found);
        Assert.Equal(AnchorSource.Metadata, layer.AnchorSource);
    }

    [Theory]
    [InlineData("He was elected three years ago.", "three years ago", "DATE", "2014")]
    [InlineData("Fighting over the past two years killed many.", "the past two years", "DURATION", "P2Y")]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "DATE", "2017-Q3")]
    [InlineData("It happened last week.", "last week", "DATE", "2017-W34")]
    [InlineData("The 1990s were quiet.", "The 1990s", "DATE", "199")]
    [InlineData("A 48-hour truce began.", "48-hour", "DURATION", "PT48H")]
    [InlineData("They meet every week.", "every week", "SET", "P1W")]
    [InlineData("The vote is on Aug. 30, 2017.", "Aug. 30, 2017", "DATE", "2017-08-30")]
    [InlineData("It ended yesterday.", "yesterday", "DATE", "2017-08-29")]
    [InlineData("Results came at 10:30 a.m. on the day.", "10:30 a.m.", "TIME", "2017-08-30T10:30")]
    public void Common_news_expressions(string text, string extent, string type, string value)
    {
        Assert.Contains((extent, type, value), Times(text).Select(t => (t.Text, t.Type, t.Value)));
    }

    [Fact]
    public void Month_and_verb_homographs_are_told_apart()
    {
        Assert.Empty(Times("The talks may be held later, and troops march on."));
    }

    [Fact]
    public void Without_an_anchor_relative_dates_keep_unknown_parts()
    {
        var article = new Article { Text = "On August 19, the army launched an operation." };
        var layer = TimeAnalyzer.Analyze(article, TextSegmenter.Segment(article));
        Assert.Equal(AnchorSource.None, layer.AnchorSource);
        Assert.Equal("XXXX-08-19", Assert.Single(layer.Expressions).Value);
    }

    [Fact]
    public void A_full_date_in_the_text_becomes_the_inferred_anchor()
    {
        var article = new Article { Text = "DAMASCUS, August 30, 2017 - Assad met the envoy on Monday." };
        var layer = TimeAnalyzer.Analyze(article, TextSegmenter.Segment(article));
        Assert.Equal(AnchorSource.InferredFromText, layer.AnchorSource);
        Assert.Equal(new DateOnly(2017, 8, 30), layer.Anchor);
        Assert.Equal("2017-08-28", layer.Expressions.Single(e => article.Text[e.Span.Start..e.Span.End] == "Monday").Value);
    }
}
