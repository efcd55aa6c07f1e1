using Sift.Intake;
using Sift.Model;
using Sift.Provenance;

namespace Sift.Tests.Provenance;

public class CreditLineTests
{
    private static readonly Pipeline Pipeline = Pipeline.CreateDefault();

    private static ProvenanceLayer Analyze(string text) =>
        Pipeline.Analyze(PlainTextReader.Read(text, "test.txt")).Provenance!;

    [Fact]
    public void Reference_article_is_PressTVs_republished_story_with_the_lists_records()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var provenance = Pipeline.Analyze(article).Provenance!;
        Assert.True(provenance.IsRepublished);
        var credit = Assert.Single(provenance.Credits);
        Assert.Equal(CreditKind.CulledFrom, credit.Kind);
        Assert.Equal("Culled from Presstv", article.Text[credit.Span.Start..credit.Span.End]);
        Assert.Equal("Presstv", article.Text[credit.Outlet.Start..credit.Outlet.End]);
        Assert.Equal("presstv.com", credit.Domain);
        Assert.Equal("Press TV", credit.CanonicalName);
        Assert.Contains(credit.Records, r => r.List == "OpenSources (2017)" && r.Domain == "presstv.com"
            && r.Labels.Contains(new("tags", "bias, unreliable")));
        Assert.Contains(credit.Records, r => r.List == "MBFC (idiap scrape)" && r.Domain == "presstv.ir"
            && r.Labels.Contains(new("factual reporting", "low")));
        Assert.Contains(credit.Records, r => r.List == "Wikipedia perennial sources (idiap)" && r.Domain == "presstv.com");
    }

    [Fact]
    public void The_site_it_was_read_from_is_looked_up_too()
    {
        var item = InputReader.Read(TestData.Sample("assad-astana.json"), new IntakeOptions()).Single();
        var provenance = Pipeline.Analyze(item.Article!).Provenance!;
        Assert.Equal("cameroonintelligencereport.com", provenance.SiteDomain);
        Assert.Empty(provenance.SiteRecords);
        Assert.Equal("presstv.com", provenance.OriginalSource!.Domain);
    }

    [Theory]
    [InlineData("Source: Reuters", CreditKind.Source, "Reuters", "reuters.com")]
    [InlineData("SOURCE - Al Jazeera", CreditKind.Source, "Al Jazeera", "aljazeera.com")]
    [InlineData("This article originally appeared on RT.", CreditKind.OriginallyAppeared, "RT", "rt.com")]
    [InlineData("This story was first published by https://www.presstv.ir/Detail/1", CreditKind.OriginallyAppeared, "https://www.presstv.ir/Detail/1", "presstv.ir")]
    [InlineData("Originally published at Breitbart News", CreditKind.OriginallyAppeared, "Breitbart News", null)]
    [InlineData("via Sputnik", CreditKind.Via, "Sputnik", "sputniknews.com")]
    [InlineData("Via Zerohedge…", CreditKind.Via, "Zerohedge", "zerohedge.com")]
    [InlineData("(Courtesy of The Associated Press)", CreditKind.Courtesy, "The Associated Press", "apnews.com")]
    [InlineData("Republished with permission from Common Dreams", CreditKind.CulledFrom, "Common Dreams", null)]
    [InlineData("Originally published the Jerusalem Post.", CreditKind.OriginallyAppeared, "the Jerusalem Post", "jpost.com")]
    [InlineData("This report was originally published by Tyler Durden at Zero Hedge", CreditKind.OriginallyAppeared, "Zero Hedge", "zerohedge.com")]
    [InlineData("This article originally appeared on Fox News for Tuesday", CreditKind.OriginallyAppeared, "Fox News for Tuesday", null)]
    public void Credit_lines_at_the_foot_name_their_outlet(string line, CreditKind kind, string outlet, string? domain)
    {
        var text = $"A headline\nThe first paragraph says something about the war in Syria.\n{line}\n";
        var credit = Assert.Single(Analyze(text).Credits);
        Assert.Equal(kind, credit.Kind);
        Assert.Equal(outlet, text[credit.Outlet.Start..credit.Outlet.End]);
        if (domain is not null)
            Assert.Equal(domain, credit.Domain);
    }

    [Fact]
    public void A_credit_line_among_the_lines_of_one_paragraph_is_found()
    {
        // PTC article 699142854: the text's paragraphs are blocks of lines, and the credit is the first line of one.
        var text = "THE OPPORTUNITIES AND RISKS OF TRUMP'S IRAN INITIATIVE\n\nOriginally published the Jerusalem Post.\n"
            + "On Friday, US President Donald Trump initiated an important change in US policy toward Iran.\n\nNo, in his speech he did not.\n";
        var credit = Assert.Single(Analyze(text).Credits);
        Assert.Equal("Originally published the Jerusalem Post.", text[credit.Span.Start..credit.Span.End]);
        Assert.Equal("jpost.com", credit.Domain);
    }

    [Fact]
    public void A_lookalike_domain_is_neither_the_outlet_nor_its_sister()
    {
        // The fake-news lists hold washingtonpost.com.co, a site dressed as washingtonpost.com.
        var credit = Assert.Single(Analyze("A headline\nThe first paragraph says something about the war in Syria.\nThis article originally appeared in the Washington Post.\n").Credits);
        Assert.Equal("washingtonpost.com", credit.Domain);
        Assert.NotEmpty(credit.Records);
        Assert.DoesNotContain(credit.Records, r => r.Domain == "washingtonpost.com.co");
    }

    [Fact]
    public void Wire_tag_gives_dateline_and_agency()
    {
        var text = "Assad hosts Iranian envoy\nDAMASCUS (Reuters) - Syrian President Bashar al-Assad met Iran's deputy foreign minister on Wednesday.\n";
        var provenance = Analyze(text);
        Assert.Equal("DAMASCUS", text[provenance.Dateline!.Place.Start..provenance.Dateline.Place.End]);
        Assert.Equal("Reuters", provenance.Dateline.Agency);
        var credit = Assert.Single(provenance.Credits);
        Assert.Equal(CreditKind.WireTag, credit.Kind);
        Assert.Equal("reuters.com", credit.Domain);

        var ap = Analyze("Headline\n(AP) — The storm hit the coast on Monday.\n");
        Assert.Equal("AP", ap.Dateline!.Agency);
        Assert.Equal("apnews.com", ap.Credits[0].Domain);
    }

    [Fact]
    public void Wire_copy_pasted_into_a_post_is_quoted_not_a_credit_of_the_whole_story()
    {
        // PTC article 706088110: a partisan post quotes a Reuters story with its tag, below its own paragraphs.
        var text = "Kritarch Patti Saris\n\nYears ago numerous Indonesian Christians came illegally to the United States.\n"
            + "Those asylum applications were reviewed by the immigration courts.\nThe claims were rejected.\n"
            + "In her latest excursion into immigration enforcement policy, she decided that illegal aliens can't be held in custody.\n"
            + "BOSTON (Reuters) - A U.S. judge on Wednesday ordered the release of an illegal immigrant.\n";
        var provenance = Analyze(text);
        Assert.Null(provenance.Dateline);
        Assert.False(provenance.IsRepublished);
        Assert.Null(provenance.OriginalSource);
        var wire = Assert.Single(provenance.QuotedWire);
        Assert.Equal("BOSTON (Reuters) - ", text[wire.Span.Start..wire.Span.End]);
        Assert.Equal("reuters.com", wire.Domain);
        Assert.Contains("\"kind\": \"quotedWire\"", Sift.Model.Json.AnalysisJson.Serialize(Pipeline.Analyze(PlainTextReader.Read(text, "test.txt"))));
    }

    [Fact]
    public void A_wire_tag_under_a_few_opening_lines_is_no_quoted_copy()
    {
        // PTC article 718312499: the site's own tag after a two-line teaser.
        var text = "New Footage From Las Vegas Massacre\n\nDoes this new footage reveal muzzle flashes from helicopters on the night of the massacre?\n"
            + "What appears to be muzzle flashes can be seen on numerous videos.\nLAS VEGAS (INTELLIHUB) — Newly released footage of the massacre was posted on YouTube.\n";
        Assert.Empty(Analyze(text).QuotedWire);
    }

    [Fact]
    public void A_place_dateline_without_agency_is_not_a_credit()
    {
        var text = "Next plague outbreak could be 'stronger': WHO\n\nGeneva - The World Health Organisation chief on Wednesday said the epidemic was under control.\n";
        var provenance = Analyze(text);
        Assert.Equal("Geneva", text[provenance.Dateline!.Place.Start..provenance.Dateline.Place.End]);
        Assert.Null(provenance.Dateline.Agency);
        Assert.Empty(provenance.Credits);
    }

    [Fact]
    public void A_dateline_after_short_subtitle_lines_is_found_but_not_one_after_the_story_starts()
    {
        var text = "In 'crazy election,' Gary Johnson strives for a spot in debates\n\nLibertarian candidate pushes to hit needed.\n\n15 percent mark in polls.\n\n"
            + "PORTLAND, Maine - On Friday morning, Libertarian presidential nominee Gary Johnson told a joke.\n";
        var provenance = Analyze(text);
        Assert.Equal("PORTLAND", text[provenance.Dateline!.Place.Start..provenance.Dateline.Place.End]);

        var late = "A headline\nThe minister arrived in the capital on Monday for two days of talks with the government and the opposition.\n"
            + "GENEVA - The talks resumed on Tuesday.\n";
        Assert.Null(Analyze(late).Dateline);
    }

    [Theory]
    [InlineData("Sources said the talks would resume in September.")]
    [InlineData("Via Appia is a road in Italy that the army used for decades to move troops and supplies to the front, officials said on Monday.")]
    [InlineData("The rebels, according to sources close to the negotiations, were adapted from local militias.")]
    public void Ordinary_sentences_are_not_credit_lines(string line)
    {
        Assert.Empty(Analyze($"A headline\nThe first paragraph.\n{line}\n").Credits);
    }
}
