using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sift.Model;

namespace Sift.Intake.Html;

/// <summary>
/// Reads a news or blog page into an <see cref="Article"/>: the main article text (paragraphs separated by blank
/// lines) and its metadata. The HTML is only parsed, never run: scripts, styles and frames are ignored.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Reads <paramref name="html"/>; throws <see cref="InputException"/> when no article text can be found.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="source">Where it came from (a path, a URL, "-"), for messages and <see cref="Article.Source"/>.</param>
    /// <param name="url">The page's URL when known; otherwise the canonical link or og:url is used.</param>
    public static Article Read(string html, string source, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Parse(html);
        var metadata = HtmlMetadataReader.Read(document, url);
        var paragraphs = ContentExtractor.Extract(document);
        paragraphs = DropLeadingTitle(paragraphs, metadata.Title);
        if (paragraphs.Count == 0)
            throw new InputException(source, "no article text found in the HTML");
        return new Article
        {
            Text = string.Join("\n\n", paragraphs),
            Metadata = metadata,
            Source = source,
            Layout = TextLayout.BlankLineParagraphs,
        };
    }

    /// <summary>The main article text only (paragraphs separated by "\n\n"), or "" when none is found. For benchmarks.</summary>
    public static string ExtractText(string html, string? url = null)
    {
        var document = Parse(html);
        var title = HtmlMetadataReader.Read(document, url).Title;
        return string.Join("\n\n", DropLeadingTitle(ContentExtractor.Extract(document), title));
    }

    internal static IHtmlDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);

    /// <summary>Drops paragraphs at the start that repeat the headline.</summary>
    private static List<string> DropLeadingTitle(List<string> paragraphs, string? title)
    {
        if (title is null)
            return paragraphs;
        var key = TextKey(title);
        int skip = 0;
        while (skip < paragraphs.Count && skip < 3 && TextKey(paragraphs[skip]) == key)
            skip++;
        return skip == 0 ? paragraphs : paragraphs[skip..];
    }

    private static string TextKey(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
