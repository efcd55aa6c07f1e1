using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sift.Intake.Html;

/// <summary>
/// Finds the main article text of a page on AngleSharp's DOM: the page is cut into text blocks, the element whose
/// blocks hold the most prose and the least boilerplate (link-dense, short or boilerplate-named blocks) is taken as the
/// article, and its blocks are cleaned paragraph by paragraph (share bars, captions, related links, bylines…).
/// Only general structure and common naming conventions are used, no per-site rules.
/// </summary>
internal static class ContentExtractor
{
    /// <summary>A run of text between two block boundaries.</summary>
    private sealed class Block
    {
        public required IElement Owner { get; init; }
        public required string Text { get; init; }
        public required int LinkChars { get; init; }
        /// <summary>Share of the block's non-space characters that sit inside links.</summary>
        public double LinkDensity => Math.Min(1.0, (double)LinkChars / Math.Max(1, CountNonSpace(Text)));
        /// <summary>How many blocks on the page have exactly this text.</summary>
        public int Repeats { get; set; } = 1;
    }

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
        "button", "input", "select", "textarea", "option", "label", "nav", "aside", "footer", "figure", "figcaption",
        "picture", "img", "map", "head", "title", "meta", "link", "dialog", "menu",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
        "legend", "br", "html",
    };

    public static List<string> Extract(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
            return [];
        var blocks = Segment(body);
        if (blocks.Count == 0)
            return [];
        var hints = new Hints(body, blocks);
        var container = ChooseContainer(body, blocks, hints);
        var paragraphs = Clean(blocks, container, hints);
        if (paragraphs.Count > 0)
            return paragraphs;
        // Everything in the chosen element looked like boilerplate: fall back to the page's prose, then to any text
        // that is not mostly links, rather than report a page with text as empty.
        var fallback = blocks.Where(IsProse).ToList();
        if (fallback.Count == 0)
            fallback = blocks.Where(b => b.LinkDensity <= 0.5 && b.Owner.LocalName != "h1").ToList();
        return Paragraphs(fallback);
    }

    /// <summary>
    /// For tuning: the chosen container, the naming hints above the longest block, and every block with whether it
    /// was kept (KEEP), left outside the container (out) or dropped, and why.
    /// </summary>
    internal static string Explain(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
            return "(no body)";
        var blocks = Segment(body);
        var hints = new Hints(body, blocks);
        var container = ChooseContainer(body, blocks, hints);
        var sb = new StringBuilder();
        sb.AppendLine($"container: {Describe(container)}");
        var longest = blocks.OrderByDescending(b => b.Text.Length).FirstOrDefault();
        int up = 0;
        for (var e = longest?.Owner; e is not null && up < MaxClimb; e = e.ParentElement, up++)
            sb.AppendLine($"   ^ {hints.Of(e)} {Describe(e)}");

        foreach (var block in blocks)
        {
            var inside = container.Contains(block.Owner);
            var mark = !inside ? "  out" : Reason(block, container, hints) ?? " KEEP";
            sb.AppendLine($"{mark} {(IsProse(block) ? "P" : "-")} ld={block.LinkDensity:0.00} {Describe(block.Owner)} | {block.Text[..Math.Min(120, block.Text.Length)].Replace('\n', '/')}{(inside && BoilerplateAncestor(block.Owner, container, hints) is { } b ? "  <<" + Describe(b) : "")}");
        }
        return sb.ToString();
    }

    private static string Describe(IElement e) =>
        $"{e.LocalName}{(string.IsNullOrEmpty(e.Id) ? "" : "#" + e.Id)}{(e.ClassName is { Length: > 0 } c ? "." + c.Replace(' ', '.') : "")}";

    // ---------------------------------------------------------------- segmentation

    private const char LineBreak = '\u0001';

    private static List<Block> Segment(IElement root)
    {
        var blocks = new List<Block>();
        var text = new StringBuilder();
        int linkChars = 0;
        IElement owner = root;

        void Flush()
        {
            // source whitespace collapses to one space; line breaks (<br>) were written as LineBreak and survive as '\n'
            var collapsed = string.Join('\n', HtmlMetadataReader.Collapse(text.ToString())
                .Split(LineBreak).Select(l => l.Trim()).Where(l => l.Length > 0));
            if (collapsed.Length > 0)
                blocks.Add(new Block { Owner = owner, Text = collapsed, LinkChars = linkChars });
            text.Clear();
            linkChars = 0;
        }

        // explicit stack: (node, exiting) so that deeply nested hostile markup cannot overflow the call stack
        var stack = new Stack<(INode Node, bool Exit, int LinkDepth)>();
        stack.Push((root, false, 0));
        var blockOwners = new Stack<IElement>();
        while (stack.Count > 0)
        {
            var (node, exit, linkDepth) = stack.Pop();
            if (node is IText textNode)
            {
                var data = textNode.Data;
                text.Append(data);
                if (linkDepth > 0)
                    linkChars += CountNonSpace(data);
                continue;
            }
            if (node is not IElement element)
                continue;
            var name = element.LocalName;
            bool isBlock = BlockTags.Contains(name);
            if (exit)
            {
                if (isBlock)
                {
                    Flush();
                    blockOwners.Pop();
                    owner = blockOwners.Count > 0 ? blockOwners.Peek() : root;
                }
                continue;
            }
            if (name == "br")
            {
                text.Append(LineBreak);
                continue;
            }
            if (Dropped.Contains(name) || IsHidden(element))
            {
                if (isBlock)
                    Flush(); // the text on either side of a dropped figure or aside is not one paragraph
                continue;
            }
            if (name is "td" or "th")
                text.Append(' '); // cells are inline: a table row is one block
            if (isBlock)
            {
                Flush();
                blockOwners.Push(element);
                owner = element;
                stack.Push((element, true, linkDepth));
            }
            int childLinkDepth = linkDepth + (name == "a" && element.HasAttribute("href") ? 1 : 0);
            // indexed, not PreviousSibling: AngleSharp finds a sibling by searching the parent's child list
            var children = element.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
                stack.Push((children[i], false, childLinkDepth));
        }
        Flush();
        var counts = blocks.GroupBy(b => b.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var block in blocks)
            block.Repeats = counts[block.Text];
        return blocks;
    }

    private static int CountNonSpace(string s)
    {
        int n = 0;
        foreach (var c in s)
            if (!char.IsWhiteSpace(c))
                n++;
        return n;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
            return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = element.GetAttribute("style");
        if (style is not null)
        {
            var compact = style.Replace(" ", "").ToLowerInvariant();
            if (compact.Contains("display:none") || compact.Contains("visibility:hidden"))
                return true;
        }
        var cls = element.GetAttribute("class");
        if (cls is not null)
            foreach (var token in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (token is "hidden" or "sr-only" or "visually-hidden" or "visuallyhidden" or "screen-reader-text" or "hide")
                    return true;
        return false;
    }

    // ---------------------------------------------------------------- naming hints

    // Strong names mark boilerplate even next to a content-like name ("comment-body"); weak ones only on their own.
    private static readonly string[] StrongNegativePrefixes =
    [
        "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup",
        "promo", "advert", "sponsor", "sidebar", "breadcrumb", "byline", "caption", "outbrain", "taboola", "cookie",
        "consent", "popup", "modal", "footer", "dateline", "timestamp",
    ];

    // "nocontent" as in the robots-nocontent convention for parts of a page that are not its content
    private static readonly HashSet<string> StrongNegativeTokens = new(StringComparer.Ordinal) { "ad", "ads", "nocontent", "noscript" };

    private static readonly string[] WeakNegativePrefixes =
    [
        "banner", "widget", "author", "credit", "popular", "trending", "masthead", "navigation", "navbar", "menu",
        "toolbar", "readmore", "moreon", "rail", "teaser", "tagline", "taglist", "keywords", "copyright", "print",
        "follow", "metadata", "date",
    ];

    private static readonly HashSet<string> WeakNegativeTokens = new(StringComparer.Ordinal)
    {
        "nav", "tag", "tags", "meta", "more", "time", "also", "links", "topics", "photo", "image", "img", "gallery",
        "skip", "login", "header", "foot", "pagination", "pager", "utility", "tools",
    };

    private static readonly string[] PositivePrefixes = ["article", "content", "story", "body", "entry", "post", "text", "main", "blog"];

    /// <summary>-1 when the element's class or id names boilerplate, +1 when it names article content, else 0.</summary>
    private static int Hint(IElement element)
    {
        var names = (element.GetAttribute("class") + " " + element.Id).ToLowerInvariant();
        if (names.Length <= 1)
            return 0;
        bool positive = false, weakNegative = false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool modifier = false;
            foreach (var token in name.Split(['-', '_', ':', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
            {
                // "has-image", "no-sidebar", "with-comments": modifiers that describe the element, not name it
                if (token is "has" or "no" or "with" or "without")
                {
                    modifier = true;
                    continue;
                }
                if (modifier)
                    continue;
                if (StrongNegativeTokens.Contains(token) || StartsWithAny(token, StrongNegativePrefixes))
                    return -1;
                if (WeakNegativeTokens.Contains(token) || StartsWithAny(token, WeakNegativePrefixes))
                    weakNegative = true;
                else if (StartsWithAny(token, PositivePrefixes))
                    positive = true;
            }
        }
        return positive ? 1 : weakNegative ? -1 : 0;
    }

    private static bool StartsWithAny(string token, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (token.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        return false;
    }

    // ---------------------------------------------------------------- container choice

    private const int MaxClimb = 150;

    /// <summary>
    /// Naming hints, except that a boilerplate-named element holding most of the page's prose is a page wrapper
    /// ("has-sidebar", "tag-…" classes on the post) and is not treated as boilerplate.
    /// </summary>
    private sealed class Hints
    {
        private readonly Dictionary<IElement, int> _cache = new();
        private readonly Dictionary<IElement, int> _prose = new();
        private readonly int _totalProse;
        private readonly Dictionary<IElement, (int Blocks, int Prose, int Linky)> _counts = new();
        private readonly Block? _longestProse;
        private readonly bool _teasers;
        private readonly Dictionary<IElement, int> _candidates = new();

        public Hints(IElement body, List<Block> blocks)
        {
            foreach (var block in blocks)
            {
                bool prose = IsProse(block), linky = block.LinkDensity > 0.5;
                int up = 0;
                for (var e = block.Owner; e is not null && up < CountClimb; e = e.ParentElement, up++)
                {
                    var c = _counts.GetValueOrDefault(e);
                    _counts[e] = (c.Blocks + 1, c.Prose + (prose ? 1 : 0), c.Linky + (linky ? 1 : 0));
                    if (e == body)
                        break;
                }
                if (!prose)
                    continue;
                if (_longestProse is null || block.Text.Length > _longestProse.Text.Length)
                    _longestProse = block;
                _totalProse += block.Text.Length;
                int climbed = 0;
                for (var e = block.Owner; e is not null && climbed < MaxClimb; e = e.ParentElement, climbed++)
                {
                    _prose[e] = _prose.GetValueOrDefault(e) + block.Text.Length;
                    if (e == body)
                        break;
                }
            }
            foreach (var block in blocks)
            {
                if (TeaserGroup(block) is null)
                    continue;
                int up = 0;
                for (var e = block.Owner; e is not null && up < CountClimb; e = e.ParentElement, up++)
                    _candidates[e] = _candidates.GetValueOrDefault(e) + 1;
            }
            _teasers = true;
            double teaserProse = blocks.Where(IsTeaser).Sum(b => b.Text.Length);
            _teasers = teaserProse <= MaxTeaserShare * _totalProse;
        }

        public int Of(IElement e)
        {
            if (_cache.TryGetValue(e, out var h))
                return h;
            h = Hint(e);
            if (h < 0 && _totalProse > 0 && _prose.GetValueOrDefault(e) >= 0.6 * _totalProse)
                h = 0;
            return _cache[e] = h;
        }

        private const int TeaserClimb = 4;
        private const int CountClimb = 10;
        private const int MaxTeaserLength = 600;
        /// <summary>
        /// When more of the page's prose than this looks like teasers, the page is a list (a listicle of linked items,
        /// a page of cards) rather than an article among teasers, and nothing is treated as a teaser.
        /// </summary>
        private const double MaxTeaserShare = 0.8;

        /// <summary>
        /// A teaser of another story: a prose block of summary length whose nearest enclosing group (the first
        /// ancestor holding another block) holds no other prose but a link-dense block, i.e. a linked headline with a
        /// summary, in a list of nothing but such groups. (A group beside other prose, as in a list article with
        /// its intro, is part of that article.)
        /// </summary>
        public bool IsTeaser(Block block) =>
            _teasers && TeaserGroup(block) is { } group && group.ParentElement is { } list
            && _candidates.GetValueOrDefault(list) == _counts.GetValueOrDefault(list).Prose;

        /// <summary>The linked-headline-and-summary group a prose block sits in, or null.</summary>
        private IElement? TeaserGroup(Block block)
        {
            // the page's longest prose block is the likeliest piece of the article itself
            if (!IsProse(block) || block.Text.Length > MaxTeaserLength || block == _longestProse)
                return null;
            int up = 0;
            for (var e = block.Owner; e is not null && up < TeaserClimb; e = e.ParentElement, up++)
            {
                var c = _counts.GetValueOrDefault(e);
                // the group holding the page's own headline (h1) is the article, not a teaser
                if (c.Blocks > 1)
                    return c.Prose == 1 && c.Linky >= 1 && e.QuerySelector("h1") is null ? e : null;
            }
            return null;
        }
    }

    /// <summary>Whether a block reads as prose: enough words, few links.</summary>
    private static bool IsProse(Block block) =>
        block.LinkDensity < 0.35 && (block.Text.Length >= 80 || (block.Text.Length >= 25 && EndsLikeSentence(block.Text)));

    private static bool EndsLikeSentence(string text)
    {
        var last = text[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '»' or ')' or ':' or '。' or '…';
    }

    private static IElement ChooseContainer(IElement body, List<Block> blocks, Hints hints)
    {
        int HintOf(IElement e) => hints.Of(e);

        var scores = new Dictionary<IElement, double>();
        foreach (var block in blocks)
        {
            // a block inside a boilerplate-named element counts against every container above that element
            bool boiler = false;
            var path = new List<IElement>();
            for (var e = block.Owner; e is not null && path.Count < MaxClimb; e = e.ParentElement)
            {
                path.Add(e);
                if (e == body)
                    break;
            }
            double value = hints.IsTeaser(block) ? -0.3 * block.Text.Length
                : IsProse(block) ? block.Text.Length * (1 - block.LinkDensity)
                : block.LinkDensity > 0.3 ? -block.Text.Length * block.LinkDensity
                : -0.1 * block.Text.Length;
            foreach (var e in path)
            {
                if (!boiler && HintOf(e) < 0 && e != body)
                    boiler = true;
                double v = boiler ? -Math.Abs(value) * 0.5 : value;
                scores[e] = scores.GetValueOrDefault(e) + v;
            }
        }

        IElement best = body;
        double bestScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            double s = score * (HintOf(element) > 0 ? 1.05 : 1.0);
            if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
                s *= 1.2;
            if (s > bestScore || (s == bestScore && best.Contains(element)))
            {
                best = element;
                bestScore = s;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- cleanup

    private static List<string> Clean(List<Block> blocks, IElement container, Hints hints)
    {
        var kept = new List<Block>();
        foreach (var block in blocks)
            if (container.Contains(block.Owner) && Reason(block, container, hints) is null)
                kept.Add(block);
        TrimHead(kept);
        return Paragraphs(kept);
    }

    /// <summary>One paragraph per block, and per line of a block with line breaks.</summary>
    private static List<string> Paragraphs(List<Block> kept)
    {
        var paragraphs = new List<string>();
        foreach (var block in kept)
            foreach (var line in block.Text.Split('\n'))
            {
                var p = HtmlMetadataReader.Collapse(line);
                if (p.Length > 0)
                    paragraphs.Add(p);
            }
        return paragraphs;
    }

    /// <summary>Short non-prose blocks before the first prose block are kickers, datelines and the like.</summary>
    private static void TrimHead(List<Block> kept)
    {
        int drop = 0;
        while (drop < kept.Count && IsHeadNoise(kept[drop]))
            drop++;
        if (drop < kept.Count)
            kept.RemoveRange(0, drop);
    }

    private static bool IsHeadNoise(Block block) =>
        !IsProse(block) && block.Owner.LocalName is not ("li" or "tr" or "td" or "pre") && WordCount(block.Text) <= 6;

    /// <summary>Why a block inside the container is dropped, or null to keep it.</summary>
    private static string? Reason(Block block, IElement container, Hints hints)
    {
        if (InBoilerplate(block.Owner, container, hints))
            return "boilr";
        if (block.LinkDensity > 0.5)
            return "links";
        if (block.Owner.LocalName == "h1")
            return "   h1";
        if (LooksLikeMarkup(block.Text) || LooksLikeShortcode(block.Text))
            return "markp";
        if (block.Repeats > 1 && WordCount(block.Text) <= 3 && !EndsLikeSentence(block.Text))
            return "repet";
        return null;
    }

    /// <summary>Escaped or stray tags shown as text, e.g. a tracking pixel inside a noscript.</summary>
    private static bool LooksLikeMarkup(string text) =>
        text.StartsWith('<') && text.EndsWith('>') && (text.Contains("=\"") || text.Contains("/>") || text.Contains("</"));

    /// <summary>An unrendered CMS shortcode, e.g. "[button link=…]Send us your review[/button]".</summary>
    private static bool LooksLikeShortcode(string text) =>
        text.StartsWith('[') && text.EndsWith(']') && text.Contains("[/") && text.IndexOf(']') > 1 && char.IsAsciiLetter(text[1]);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool InBoilerplate(IElement owner, IElement container, Hints hints) =>
        BoilerplateAncestor(owner, container, hints) is not null;

    /// <summary>The nearest element from <paramref name="owner"/> up to (not including) the container named as boilerplate.</summary>
    private static IElement? BoilerplateAncestor(IElement owner, IElement container, Hints hints)
    {
        int climbed = 0;
        for (var e = owner; e is not null && e != container && climbed < MaxClimb; e = e.ParentElement, climbed++)
            if (hints.Of(e) < 0)
                return e;
        return null;
    }
}
