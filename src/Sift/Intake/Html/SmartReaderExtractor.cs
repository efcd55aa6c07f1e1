namespace Sift.Intake.Html;

/// <summary>Main text by SmartReader (a port of Mozilla's Readability).</summary>
internal static class SmartReaderExtractor
{
    public static List<string> Extract(string html, string? url)
    {
        var reader = new SmartReader.Reader(url ?? "https://localhost/", html);
        var article = reader.GetArticle();
        var text = article.TextContent ?? "";
        return text.Replace("\r\n", "\n").Split("\n\n")
            .Select(p => HtmlMetadataReader.Collapse(p))
            .Where(p => p.Length > 0)
            .ToList();
    }
}
