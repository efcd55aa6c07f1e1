using System.Text;
using Sift.Intake;
using Sift.Intake.Html;
using Sift.Model;

namespace Sift.Tests.Html;

public class HtmlArticleReaderTests
{
    private const string Para1 = "The council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic for months.";
    private const string Para2 = "Engineers said the steel supports had corroded far faster than expected, and that waiting another winter was not an option.";
    private const string Para3 = "Local shop owners worried about losing customers, but most agreed that safety had to come first for everyone in town.";

    private static string Body(string extra = "") => $"""
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article>
          <h1>Bridge to close for repairs</h1>
          {extra}
          <p>{Para1}</p>
          <p>{Para2}</p>
          <p>{Para3}</p>
        </article>
        <footer><p>© Example Media. All rights reserved. Read our privacy policy and terms of use before commenting.</p></footer>
        """;

    [Fact]
    public void Reads_meta_tags()
    {
        var html = $"""
            <!doctype html><html lang="en-GB"><head>
            <title>Bridge to close for repairs | The Example Times</title>
            <meta property="og:title" content="Bridge to close for repairs | The Example Times">
            <meta property="og:site_name" content="The Example Times">
            <meta property="article:published_time" content="2019-11-19T23:30:00-05:00">
            <meta name="author" content="By Jane Doe">
            <link rel="canonical" href="https://www.example.com/news/bridge-to-close">
            </head><body>{Body()}</body></html>
            """;
        var article = HtmlArticleReader.Read(html, "page.html");
        var m = article.Metadata;
        Assert.Equal("Bridge to close for repairs", m.Title);
        Assert.Equal("The Example Times", m.Site);
        Assert.Equal(new DateOnly(2019, 11, 19), m.Published); // the date as written, not shifted to UTC
        Assert.Equal("Jane Doe", m.Byline);
        Assert.Equal("en-GB", m.Language);
        Assert.Equal("https://www.example.com/news/bridge-to-close", m.Url);
        Assert.Equal("page.html", article.Source);
        Assert.Equal(TextLayout.BlankLineParagraphs, article.Layout);
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", article.Text);
    }

    [Fact]
    public void Reads_json_ld_with_graph()
    {
        var html = $$$"""
            <html><head>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example Site"},
              {"@type": "WebPage", "name": "Some page name"},
              {"@type": ["NewsArticle"], "headline": "Bridge to close for repairs",
               "datePublished": "2020-03-04T08:00:00Z",
               "author": [{"@type": "Person", "name": "Ann Smith"}, {"@type": "Person", "name": "Bo Lee"}],
               "publisher": {"@type": "Organization", "name": "Example News"}}
            ]}
            </script>
            <script type="application/ld+json">{ broken json </script>
            </head><body>{{{Body()}}}</body></html>
            """;
        var m = HtmlArticleReader.Read(html, "x", "https://example.com/a").Metadata;
        Assert.Equal("Bridge to close for repairs", m.Title);
        Assert.Equal(new DateOnly(2020, 3, 4), m.Published);
        Assert.Equal("Ann Smith, Bo Lee", m.Byline);
        Assert.Equal("Example News", m.Site);
        Assert.Equal("https://example.com/a", m.Url);
    }

    [Fact]
    public void Falls_back_to_title_url_date_byline_class_and_host()
    {
        var html = $"""
            <html><head><title>Bridge to close for repairs - Daily Planet</title>
            <meta property="og:locale" content="pt_BR"></head>
            <body>{Body("<p class=\"byline\">By Sam Reporter</p>")}</body></html>
            """;
        var article = HtmlArticleReader.Read(html, "x", "https://www.dailyplanet.example/2017/08/30/bridge-story/");
        var m = article.Metadata;
        Assert.Equal("Bridge to close for repairs", m.Title);
        Assert.Equal(new DateOnly(2017, 8, 30), m.Published);
        Assert.Equal("Sam Reporter", m.Byline);
        Assert.Equal("dailyplanet.example", m.Site);
        Assert.Equal("pt-BR", m.Language);
        // neither the headline nor the byline is repeated in the text
        Assert.StartsWith(Para1, article.Text);
        Assert.DoesNotContain("Sam Reporter", article.Text);
    }

    [Fact]
    public void Time_element_gives_the_date_and_h1_the_title()
    {
        var html = $"""<html><body><time datetime="2018-05-06T10:00">6 May</time>{Body()}</body></html>""";
        var m = HtmlArticleReader.Read(html, "x").Metadata;
        Assert.Equal(new DateOnly(2018, 5, 6), m.Published);
        Assert.Equal("Bridge to close for repairs", m.Title);
        Assert.Null(m.Site);
        Assert.Null(m.Url);
    }

    [Theory]
    [InlineData("https://example.com/2019/11/19/story", 2019, 11, 19)]
    [InlineData("https://example.com/news/2019-11-05-story.html", 2019, 11, 5)]
    [InlineData("https://example.com/20191105/story", 2019, 11, 5)]
    public void Dates_in_urls(string url, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), HtmlMetadataReader.DateInUrl(url));

    [Theory]
    [InlineData("https://example.com/2019/13/45/story")]
    [InlineData("https://example.com/story-12345678")]
    public void No_date_in_urls(string url) => Assert.Null(HtmlMetadataReader.DateInUrl(url));

    [Fact]
    public void Never_returns_script_or_style_content()
    {
        var html = $"""
            <html><head><script>var secret = "SCRIPT-TEXT";</script><style>.x {"{"} content: "STYLE-TEXT" {"}"}</style></head>
            <body onload="alert('ONLOAD-TEXT')">
            <script>document.write("<p>WRITTEN-TEXT is a long paragraph that would look like prose to anyone reading it.</p>")</script>
            <noscript><p>Please enable JavaScript, NOSCRIPT-TEXT, to read the full article on this website today.</p></noscript>
            <iframe srcdoc="<p>IFRAME-TEXT</p>"></iframe>
            {Body("<template><p>TEMPLATE-TEXT is hidden in a template that is never rendered on the page.</p></template>")}
            <script type="application/ld+json">{"{"}"@type": "NewsArticle", "articleBody": "LDJSON-TEXT"{"}"}</script>
            </body></html>
            """;
        var text = HtmlArticleReader.Read(html, "x").Text;
        Assert.Contains(Para2, text);
        foreach (var marker in new[] { "SCRIPT-TEXT", "STYLE-TEXT", "ONLOAD-TEXT", "WRITTEN-TEXT", "NOSCRIPT-TEXT", "IFRAME-TEXT", "TEMPLATE-TEXT", "LDJSON-TEXT" })
            Assert.DoesNotContain(marker, text);
    }

    [Fact]
    public void Survives_deep_nesting()
    {
        var sb = new StringBuilder("<html><body>");
        const int depth = 20000;
        for (int i = 0; i < depth; i++)
            sb.Append("<div>");
        sb.Append($"<p>{Para1}</p><p>{Para2}</p>");
        for (int i = 0; i < depth; i++)
            sb.Append("</div>");
        sb.Append("</body></html>");
        var article = HtmlArticleReader.Read(sb.ToString(), "deep.html");
        Assert.Contains(Para1, article.Text);
        Assert.Contains(Para2, article.Text);
    }

    [Fact]
    public void Reads_very_wide_pages()
    {
        // 20,000 sibling paragraphs: walking siblings must stay linear (AngleSharp's PreviousSibling is not)
        var sb = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 20000; i++)
            sb.Append($"<p>Paragraph {i} has enough words in it to look like prose to the extractor.</p>");
        sb.Append("</article></body></html>");
        var text = HtmlArticleReader.Read(sb.ToString(), "wide.html").Text;
        Assert.StartsWith("Paragraph 0 has", text);
        Assert.EndsWith("Paragraph 19999 has enough words in it to look like prose to the extractor.", text);
    }

    [Fact]
    public void Reads_malformed_markup()
    {
        var html = $"""
            <html><body><div class=story><p>{Para1}<p>{Para2}</div></span></b>
            <p><b><i>{Para3}</b></i>
            <p>Unclosed <a href=/x>link text that never closes and an attribute without quotes
            <div <p>broken tag
            """;
        var text = HtmlArticleReader.Read(html, "bad.html").Text;
        Assert.Contains(Para1, text);
        Assert.Contains(Para2, text);
        Assert.Contains(Para3, text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_line_breaks_kept()
    {
        var html = $"<html><body><article><p>{Para1}<br>{Para2}</p><p>{Para3}</p></article></body></html>";
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", HtmlArticleReader.Read(html, "x").Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><script>var a = 'no text here at all, just a script that would be dangerous';</script></body></html>")]
    public void No_article_text_is_an_input_error(string html)
    {
        var e = Assert.Throws<InputException>(() => HtmlArticleReader.Read(html, "empty.html"));
        Assert.Equal("empty.html", e.Input);
    }

    [Fact]
    public void Drops_boilerplate_around_and_inside_the_article()
    {
        const string teaser = "A short summary of another story that the site would like you to read next, in one sentence.";
        var html = $"""
            <html><body>
            <article>
              <div class="article-meta"><span class="byline">By Sam Reporter</span> <span class="timestamp">Nov 19, 2019</span></div>
              <p>{Para1}</p>
              <div class="wp-caption"><p class="wp-caption-text">A photo caption that describes the picture above in detail.</p></div>
              <div class="share-tools"><p>Share this article with your friends and family on social media today.</p></div>
              <p>{Para2}</p>
              <p>[button link="https://example.com/subscribe"]Subscribe now[/button]</p>
              <div class="newsletter-signup"><p>Sign up for our newsletter to get the best stories in your inbox every day.</p></div>
              <p>{Para3}</p>
              <p>Advertisement</p>
            </article>
            <div class="more-stories">
              <div><h3><a href="/a">Another story headline</a></h3><p>{teaser}</p></div>
              <div><h3><a href="/b">Yet another story headline</a></h3><p>{teaser}</p></div>
            </div>
            <p>Advertisement</p>
            <div id="comments"><p>What a great article, I really enjoyed reading it and will share it with everyone I know!</p></div>
            </body></html>
            """;
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", HtmlArticleReader.Read(html, "x").Text);
    }

    [Theory]
    [InlineData(true, 5)]
    [InlineData(false, 6)]
    public void Keeps_the_items_of_a_list_article(bool withIntro, int count)
    {
        // every item looks like a teaser (linked headline + short description) but sits inside the article beside its
        // intro; without an intro, nearly all the page's prose looks like teasers, so the page is a list
        var items = string.Concat(Enumerable.Range(1, count).Select(i =>
            $"<div class=\"item\"><h3><a href=\"/p{i}\">Gadget number {i}</a></h3><p>Gadget {i} is a fine device with a long battery life, a bright screen and a fair price.</p></div>"));
        var intro = withIntro ? $"<p>{Para1}</p>" : "";
        var html = $"<html><body><article><h1>Gadgets</h1>{intro}{items}</article></body></html>";
        var text = HtmlArticleReader.Read(html, "x").Text;
        for (int i = 1; i <= count; i++)
            Assert.Contains($"Gadget {i} is a fine device", text);
    }

    [Fact]
    public void Explains_its_choices()
    {
        var html = $"<html><body><div class=\"share-bar\"><p>Share this story with your friends on every network.</p></div>{Body()}</body></html>";
        var report = ContentExtractor.Explain(HtmlArticleReader.Parse(html));
        Assert.Contains("container: article", report);
        Assert.Contains(" KEEP P", report);
        Assert.Contains("Share this story", report);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", "Tom Davies Associated Press")]
    [InlineData("Jeff FoustMonday, November 18, 2019", "Jeff Foust")]
    [InlineData("https://www.facebook.com/someone", null)]
    [InlineData("   ", null)]
    public void Cleans_bylines(string raw, string? expected) => Assert.Equal(expected, HtmlMetadataReader.CleanByline(raw));

    [Theory]
    [InlineData("Storm hits coast | The Daily Planet", "The Daily Planet", "Storm hits coast")]
    [InlineData("The Daily Planet - Storm hits coast tonight", "The Daily Planet", "Storm hits coast tonight")]
    [InlineData("Storm hits the coast as residents flee - BBC News", null, "Storm hits the coast as residents flee")]
    [InlineData("Left - right", null, "Left - right")]
    public void Strips_site_names_from_titles(string title, string? site, string expected) =>
        Assert.Equal(expected, HtmlMetadataReader.StripSiteSuffix(title, site));
}
