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

    private static readonly DateOnly Oct1989 = new(1989, 10, 26);

    [Theory]
    // Each row is a TimeBank/AQUAINT annotation convention: a sentence, its publication date, the expression, type and value.
    [InlineData("In June last year, the leadership fell out.", "1998-02-19", "June last year", "DATE", "1997-06")]
    [InlineData("The vote is set for April next year.", "1998-12-03", "April next year", "DATE", "1999-04")]
    [InlineData("The house approved it in early October this year.", "1998-12-03", "early October this year", "DATE", "1998-10")]
    [InlineData("Net rose 5% in this year's third quarter.", "1989-10-26", "this year's third quarter", "DATE", "1989-Q3")]
    [InlineData("It could be effective as early as next year's first quarter.", "1989-10-31", "next year's first quarter", "DATE", "1990-Q1")]
    [InlineData("The charge was taken in the 1988 second quarter.", "1989-11-02", "the 1988 second quarter", "DATE", "1988-Q2")]
    [InlineData("Profit fell from the 1988 quarter.", "1989-10-30", "the 1988 quarter", "DATE", "1988-Q3")]
    [InlineData("In the year-ago third quarter, it earned $22 million.", "1989-10-30", "the year-ago third quarter", "DATE", "1988-Q3")]
    [InlineData("Net was $1.8 million for the corresponding period last year.", "1989-11-01", "the corresponding period last year", "DATE", "1988-Q3")]
    [InlineData("Earnings rose from $33 million last year.", "1989-10-30", "last year", "DATE", "1988")]
    [InlineData("The market has moved on in recent years.", "1989-10-30", "recent years", "DATE", "PAST_REF")]
    [InlineData("It was the trend of past years.", "1989-10-30", "past years", "DATE", "PAST_REF")]
    [InlineData("Rates should fall in coming months.", "1998-02-06", "coming months", "DATE", "FUTURE_REF")]
    [InlineData("It will list the unit in the near future.", "1989-10-26", "the near future", "DATE", "FUTURE_REF")]
    [InlineData("They hurt market makers more these days.", "1989-10-26", "these days", "DATE", "PRESENT_REF")]
    [InlineData("Sales fell in the summer.", "1989-10-26", "the summer", "DATE", "1989-SU")]
    [InlineData("The stores will reopen in the spring.", "1989-10-26", "the spring", "DATE", "1990-SP")]
    [InlineData("Revenue was $76 million for the year ended March 31.", "1989-10-26", "the year", "DURATION", "P1Y")]
    [InlineData("It forecast an increase for the full year.", "1989-10-26", "the full year", "DATE", "1989")]
    [InlineData("It will close the deal by year-end.", "1989-11-02", "year-end", "DATE", "1989")]
    [InlineData("It aims to cut $500 million by the end of the year.", "1989-10-26", "the end of the year", "DATE", "1989")]
    [InlineData("The truce was broken in nineteen ninety-six.", "1998-02-27", "nineteen ninety-six", "DATE", "1996")]
    [InlineData("It was built in January nineteen ninety-seven.", "1998-02-27", "January nineteen ninety-seven", "DATE", "1997-01")]
    [InlineData("Numbers fell through the nineties.", "1998-03-03", "the nineties", "DATE", "199")]
    [InlineData("He is a 20th century democrat.", "1998-02-13", "20th century", "DATE", "19")]
    [InlineData("He has been on the run for years.", "1999-04-19", "years", "DURATION", "PXY")]
    [InlineData("It will not change for a couple of years.", "1998-01-08", "a couple of years", "DURATION", "P2Y")]
    [InlineData("The boy will stay for at least two more weeks.", "2000-06-01", "two more weeks", "DURATION", "P2W")]
    [InlineData("The orders were placed last Thursday.", "1989-10-30", "last Thursday", "DATE", "1989-10-26")]
    [InlineData("Orangemen march each July from the church.", "1998-03-22", "each July", "SET", "XXXX-07")]
    [InlineData("The flight departs each Thursday.", "1998-02-13", "each Thursday", "SET", "XXXX-WXX-4")]
    [InlineData("CBS News first reported last night that the tomb was found.", "1998-01-20", "last night", "TIME", "1998-01-19TNI")]
    [InlineData("A bomb went off at 10 p.m. Wednesday.", "1998-02-13", "10 p.m. Wednesday", "TIME", "1998-02-11T22:00")]
    [InlineData("The offer expires at 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]
    [InlineData("The reduced dividend is payable Jan. 2 to holders.", "1989-11-02", "Jan. 2", "DATE", "1990-01-02")]
    [InlineData("The labor pact, which resulted in higher costs, is effective June 1.", "1989-10-26", "June 1", "DATE", "1990-06-01")]
    [InlineData("The carrier has been on patrol since March and was scheduled to return.", "1990-08-13", "March", "DATE", "1990-03")]
    [InlineData("The INS has given the relatives until 9 a.m. Tuesday to sign.", "2000-04-03", "9 a.m. Tuesday", "TIME", "2000-04-04T09:00")]
    [InlineData("Officials postponed until Tuesday any action on the permit.", "2000-03-30", "Tuesday", "DATE", "2000-04-04")]
    [InlineData("Thirty-two members had filed compliance reports by Wednesday.", "1990-08-16", "Wednesday", "DATE", "1990-08-15")]
    [InlineData("It lost $158,666, compared with a year-earlier loss of $26,956.", "1989-11-02", "year-earlier", "DATE", "1988-Q3")]
    [InlineData("On May 22, 1995, Farkas was made a general, and the following year he became attache.", "1998-04-18", "the following year", "DATE", "1996")]
    [InlineData("Munero fled to Florida in June 1998 and returned to Cuba later that year.", "2000-01-28", "later that year", "DATE", "1998")]
    [InlineData("Shares rose in March. The following month, the company put itself up for sale.", "1989-10-27", "The following month", "DATE", "1989-04")]
    [InlineData("Stocks closed at a record on Friday, Oct. 13, and fell the following Monday.", "1989-10-27", "the following Monday", "DATE", "1989-10-16")]
    [InlineData("Slepian was shot to death last Oct. 23 at his home.", "1999-04-19", "last Oct. 23", "DATE", "1998-10-23")]
    [InlineData("Kellogg's current share is believed to be slightly under 40%.", "1989-10-26", "current", "DATE", "PRESENT_REF")]
    [InlineData("For the year, pet food volume was flat.", "1989-11-02", "the year", "DATE", "1989")]
    [InlineData("Revenue rose to $713.5 million through the first nine months of the year.", "1989-10-30", "the first nine months", "DURATION", "P9M")]
    [InlineData("Net income for the nine months rose 8%.", "1989-10-30", "the nine months", "DURATION", "P9M")]
    [InlineData("Clinton said in his weekly radio address.", "1998-08-08", "weekly", "SET", "P1W")]
    [InlineData("Average hourly earnings rose.", "1998-08-07", "hourly", "SET", "PT1H")]
    [InlineData("Elian was found Thanksgiving Day clinging to an inner tube.", "2000-01-07", "Thanksgiving Day", "DATE", "1999-11-25")]
    [InlineData("He was found in the Atlantic last Thanksgiving.", "2000-02-10", "last Thanksgiving", "DATE", "1999-11-25")]
    [InlineData("It is going to be a major theme from now to Election Day.", "1998-10-26", "Election Day", "DATE", "1998-11-03")]
    [InlineData("He was to appear before a judge at midday.", "1999-10-08", "midday", "TIME", "1999-10-08T12:00")]
    [InlineData("They are going to have to live without it for a while.", "1998-02-27", "a while", "DURATION", "PXX")]
    [InlineData("The banks provided up to $90 million in revolving loans through January.", "1989-10-30", "January", "DATE", "1990-01")]
    [InlineData("A few days later the talks resumed.", "1998-02-27", "A few days", "DURATION", "PXD")]
    [InlineData("They lived in refugee camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", "DURATION", "P2Y6M")]
    [InlineData("She spent about 5 1/2 hours in Nairobi.", "1998-08-17", "5 1/2 hours", "DURATION", "PT5H30M")]
    [InlineData("But a minute and a half later, a pilot called.", "1998-01-14", "a minute and a half", "DURATION", "PT1M30S")]
    public void News_conventions_of_TimeBank_annotators(string sentence, string published, string extent, string type, string value)
    {
        var found = Times(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains((extent, type, value), found.Select(t => (t.Text, t.Type, t.Value)));
    }

    [Theory]
    // Words that look like time expressions and are not one in TimeBank.
    [InlineData("He previously worked at the bank, and formerly ran a shop.")]
    [InlineData("Iraq imports about three-quarters of its food.")]
    [InlineData("The funds hold a quarter of the market.")]
    [InlineData("Stocks fall when rates rise.")]
    [InlineData("Oil income was down from $450 million the year before.")]
    [InlineData("Kopp's stepmother married his father when Kopp was in his 30s.")]
    [InlineData("For the people of Poland, high noon comes.")]
    [InlineData("The quarter-to-quarter comparison was also enhanced by charges.")]
    public void Non_time_expressions_are_left_out(string sentence)
    {
        Assert.Empty(Times(sentence, Oct1989));
    }

    [Fact]
    public void A_year_ago_next_to_a_quarter_compares_quarters_but_last_year_stays_the_year()
    {
        var found = Times("Third-quarter net rose to $5 million from $4 million a year ago. Last year, the company lost money.", Oct1989);
        Assert.Contains(("a year ago", "DATE", "1988-Q3"), found.Select(t => (t.Text, t.Type, t.Value)));
        Assert.Contains(("Last year", "DATE", "1988"), found.Select(t => (t.Text, t.Type, t.Value)));
    }

    [Theory]
    // A verb of planning puts what it plans ahead, whatever its own tense; so does "be to".
    [InlineData("Protesters planned a large demonstration on Saturday.", "Saturday", "2017-09-02")]
    [InlineData("The team planned to leave Nairobi on Thursday.", "Thursday", "2017-08-31")]
    [InlineData("The peace process was set to resume Monday in Belfast.", "Monday", "2017-09-04")]
    // A participle modifying a noun is no plan of the clause.
    [InlineData("A memorial service planned for Saturday was canceled.", "Saturday", "2017-08-26")]
    public void With_syntax_plans_lie_ahead(string sentence, string extent, string value)
    {
        var article = new Article { Text = sentence, Metadata = new ArticleMetadata { Published = Wednesday } };
        var text = TextSegmenter.Segment(article);
        var syntax = new Sift.Syntax.SyntaxAnalyzer(Sift.Syntax.SyntaxModels.Default).Analyze(article, text);
        var e = TimeAnalyzer.Analyze(article, text, syntax).Expressions.Single(x => sentence[x.Span.Start..x.Span.End] == extent);
        Assert.Equal(value, e.Value);
    }
}
