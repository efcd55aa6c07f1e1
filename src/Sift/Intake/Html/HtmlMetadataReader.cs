using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sift.Model;

namespace Sift.Intake.Html;

/// <summary>
/// Reads an article's metadata from a parsed page: meta tags (Open Graph, Dublin Core, article:*), JSON-LD
/// (including @graph), the document title, &lt;time&gt; elements, bylines and the URL itself.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:article:published_time", "article:published", "published_time", "og:published_time",
        "datepublished", "date_published", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
        "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate", "date", "created",
    ];

    private static readonly string[] AuthorMetaKeys =
    [
        "author", "article:author", "og:article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator",
    ];

    public static ArticleMetadata Read(IHtmlDocument document, string? url)
    {
        var meta = MetaTags(document);
        var jsonLd = JsonLdArticle(document);

        var resolvedUrl = Clean(url) ?? CanonicalUrl(document) ?? meta.GetValueOrDefault("og:url");
        var site = meta.GetValueOrDefault("og:site_name") ?? jsonLd.Publisher;
        if (site is not null && LooksLikeUrl(site))
            site = HostOf(site.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + site : site);
        site ??= HostOf(resolvedUrl);
        return new ArticleMetadata
        {
            Title = Title(document, meta, jsonLd, site),
            Url = resolvedUrl,
            Site = site,
            Published = Published(document, meta, jsonLd, resolvedUrl),
            Language = Language(document, meta, jsonLd),
            Byline = Byline(document, meta, jsonLd),
        };
    }

    /// <summary>name / property / itemprop (lower case) → content of the first meta tag that has it.</summary>
    private static Dictionary<string, string> MetaTags(IHtmlDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = Clean(element.GetAttribute("content"));
            if (content is null)
                continue;
            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var key = element.GetAttribute(attribute)?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(key))
                    tags.TryAdd(key, content);
            }
        }
        return tags;
    }

    private sealed record JsonLdFields(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Language);

    /// <summary>The most article-like object among the page's JSON-LD blocks (arrays and @graph flattened).</summary>
    private static JsonLdFields JsonLdArticle(IHtmlDocument document)
    {
        JsonLdFields? best = null;
        int bestRank = -1;
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                    MaxDepth = 64,
                });
            }
            catch (JsonException)
            {
                continue;
            }
            using (json)
            {
                foreach (var item in Flatten(json.RootElement, 0))
                {
                    int rank = TypeRank(item);
                    if (rank <= bestRank)
                        continue;
                    bestRank = rank;
                    best = new JsonLdFields(
                        StringProperty(item, "headline") ?? StringProperty(item, "name"),
                        StringProperty(item, "datePublished") ?? StringProperty(item, "dateCreated"),
                        Names(item, "author") ?? Names(item, "creator"),
                        Names(item, "publisher"),
                        StringProperty(item, "inLanguage"));
                }
            }
        }
        return best ?? new JsonLdFields(null, null, null, null, null);
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element, int depth)
    {
        if (depth > 8)
            yield break;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Flatten(item, depth + 1))
                    yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var inner in Flatten(graph, depth + 1))
                    yield return inner;
            if (element.TryGetProperty("mainEntity", out var main))
                foreach (var inner in Flatten(main, depth + 1))
                    yield return inner;
        }
    }

    /// <summary>3 for *Article / *Posting types, 2 for Report and similar creative works, 1 for web pages, 0 otherwise.</summary>
    private static int TypeRank(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
            return 0;
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "").ToList()
            : type.ValueKind == JsonValueKind.String ? [type.GetString() ?? ""] : [];
        if (types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.EndsWith("Posting", StringComparison.OrdinalIgnoreCase)))
            return 3;
        if (types.Any(t => t is "Report" or "CreativeWork" or "Review" or "Blog"))
            return 2;
        if (types.Any(t => t.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase)))
            return 1;
        return 0;
    }

    private static string? StringProperty(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    /// <summary>A person/organisation value as text: a string, an object's name, or an array of those joined with ", ".</summary>
    private static string? Names(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
            return null;
        var names = new List<string>();
        void Add(JsonElement v)
        {
            var text = v.ValueKind switch
            {
                JsonValueKind.String => Clean(v.GetString()),
                JsonValueKind.Object => StringProperty(v, "name"),
                _ => null,
            };
            if (text is not null && !LooksLikeUrl(text) && !names.Contains(text))
                names.Add(text);
        }
        if (value.ValueKind == JsonValueKind.Array)
            foreach (var v in value.EnumerateArray())
                Add(v);
        else
            Add(value);
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? Title(IHtmlDocument document, Dictionary<string, string> meta, JsonLdFields jsonLd, string? site)
    {
        var candidate = meta.GetValueOrDefault("og:title") ?? jsonLd.Headline ?? meta.GetValueOrDefault("twitter:title");
        if (candidate is not null)
            return StripSiteSuffix(candidate, site);
        if (Clean(document.Title) is { } title)
            return StripSiteSuffix(title, site);
        return Clean(document.QuerySelector("h1")?.TextContent);
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " // "];

    /// <summary>
    /// "Headline | Site" → "Headline": drops a leading or trailing part that names the site, or else a short
    /// trailing part (at most four words) after a separator when the rest is clearly longer.
    /// </summary>
    internal static string StripSiteSuffix(string title, string? site)
    {
        title = Collapse(title);
        foreach (var separator in TitleSeparators)
        {
            int last = title.LastIndexOf(separator, StringComparison.Ordinal);
            int first = title.IndexOf(separator, StringComparison.Ordinal);
            if (last < 0)
                continue;
            var head = title[..last].Trim();
            var tail = title[(last + separator.Length)..].Trim();
            if (site is not null && SameName(tail, site))
                return head;
            var lead = title[..first].Trim();
            var rest = title[(first + separator.Length)..].Trim();
            if (site is not null && SameName(lead, site))
                return rest;
            if (WordCount(tail) <= 4 && WordCount(head) >= WordCount(tail) + 2)
                return head;
        }
        return title;
    }

    private static bool SameName(string part, string site)
    {
        static string Key(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var a = Key(part);
        var b = Key(site);
        return a.Length > 0 && b.Length > 0 && (a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static DateOnly? Published(IHtmlDocument document, Dictionary<string, string> meta, JsonLdFields jsonLd, string? url)
    {
        foreach (var key in PublishedMetaKeys)
            if (meta.TryGetValue(key, out var value) && ParseDate(value) is { } fromMeta)
                return fromMeta;
        if (ParseDate(jsonLd.DatePublished) is { } fromJsonLd)
            return fromJsonLd;
        var times = document.QuerySelectorAll("time[datetime]").ToList();
        var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate")
            || string.Equals(t.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase));
        foreach (var time in preferred is null ? times : times.Prepend(preferred))
            if (ParseDate(time.GetAttribute("datetime")) is { } fromTime)
                return fromTime;
        return DateInUrl(url);
    }

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$")]
    private static partial Regex CompactDate();

    /// <summary>The calendar date as written (ISO 8601 prefix, yyyymmdd, or an RFC 1123 / invariant-culture date).</summary>
    internal static DateOnly? ParseDate(string? text)
    {
        text = Clean(text);
        if (text is null)
            return null;
        var iso = IsoDate().Match(text);
        if (iso.Success && MakeDate(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value) is { } date)
            return date;
        var compact = CompactDate().Match(text);
        if (compact.Success && MakeDate(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value) is { } compactDate)
            return compactDate;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is > 1900 and < 2200)
            return DateOnly.FromDateTime(parsed.DateTime);
        return null;
    }

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$|\.)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})(\d{2})(\d{2})/")]
    private static partial Regex UrlCompactDate();

    internal static DateOnly? DateInUrl(string? url)
    {
        if (url is null)
            return null;
        var match = UrlDate().Match(url);
        if (!match.Success)
            match = UrlCompactDate().Match(url);
        return match.Success ? MakeDate(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) : null;
    }

    private static DateOnly? MakeDate(string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture), d = int.Parse(day, CultureInfo.InvariantCulture);
        return y is > 1900 and < 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    private static string? Language(IHtmlDocument document, Dictionary<string, string> meta, JsonLdFields jsonLd)
    {
        var lang = Clean(document.DocumentElement.GetAttribute("lang")) ?? Clean(document.DocumentElement.GetAttribute("xml:lang"));
        lang ??= meta.GetValueOrDefault("og:locale") ?? meta.GetValueOrDefault("content-language") ?? meta.GetValueOrDefault("language") ?? jsonLd.Language;
        if (lang is null)
            return null;
        lang = lang.Split(',')[0].Trim().Replace('_', '-');
        return lang.Length is >= 2 and <= 20 && lang.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? lang : null;
    }

    private static readonly string[] BylineSelectors =
    [
        "[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[class*=byline]", "[id*=byline]", "[class*=author-name]", "[class*=author]",
    ];

    private static string? Byline(IHtmlDocument document, Dictionary<string, string> meta, JsonLdFields jsonLd)
    {
        foreach (var key in AuthorMetaKeys)
            if (meta.TryGetValue(key, out var value) && !LooksLikeUrl(value) && CleanByline(value) is { } fromMeta)
                return fromMeta;
        if (jsonLd.Author is not null && CleanByline(jsonLd.Author) is { } fromJsonLd)
            return fromJsonLd;
        var body = document.Body;
        if (body is null)
            return null;
        foreach (var selector in BylineSelectors)
        {
            foreach (var element in body.QuerySelectorAll(selector))
            {
                if (element.LocalName is "script" or "style" or "meta" or "link" || element.Closest("script, style, template") is not null)
                    continue;
                if (CleanByline(element.TextContent) is { } byline)
                    return byline;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:by|von|por|par|di|от)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:\||·|•)?\s*(?:Published|Updated|Posted)\b.*$|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s.*\d{4}.*$")]
    private static partial Regex TrailingDate();

    /// <summary>"By Jane Doe" → "Jane Doe"; a trailing "Published …" or dated part is cut; null for empty, URL-like or sentence-long text.</summary>
    internal static string? CleanByline(string? text)
    {
        text = Clean(text);
        if (text is null)
            return null;
        text = ByPrefix().Replace(text, "").Trim();
        text = TrailingDate().Replace(text, "").Trim().TrimEnd(',', '|', '-', '·').Trim();
        if (text.Length is 0 or > 100 || LooksLikeUrl(text) || WordCount(text) > 12)
            return null;
        return text;
    }

    private static string? CanonicalUrl(IHtmlDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("canonical", StringComparison.OrdinalIgnoreCase))
                && Clean(link.GetAttribute("href")) is { } href && Uri.TryCreate(href, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https")
                return uri.ToString();
        }
        return null;
    }

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.StartsWith('/');

    /// <summary>Whitespace collapsed and trimmed; null when nothing is left.</summary>
    internal static string? Clean(string? text)
    {
        if (text is null)
            return null;
        var collapsed = Collapse(text);
        return collapsed.Length > 0 ? collapsed : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    internal static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();
}
