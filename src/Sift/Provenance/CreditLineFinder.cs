using System.Text.RegularExpressions;
using Sift.Model;

namespace Sift.Provenance;

/// <summary>
/// Finds the lines that credit another outlet with the story ("Culled from Presstv", "Source: Reuters",
/// "This article originally appeared on …", "via …", "Courtesy of …") and the wire tag or dateline at
/// the head of the story ("DAMASCUS (Reuters) -", "(AP) —", "Geneva - ").
/// Credit lines are short paragraphs of their own; the patterns run on those only.
/// </summary>
public static partial class CreditLineFinder
{
    private const int LongestCreditLine = 160;

    public static (List<(Span Line, CreditKind Kind, Span Outlet)> Credits, Dateline? Dateline) Find(string text, TextLayer layer)
    {
        var credits = new List<(Span, CreditKind, Span)>();
        var head = StoryHead(text, layer);
        var dateline = head?.Dateline;
        if (head is { Agency: { } wire })
            credits.Add((head.Value.Dateline.Span, CreditKind.WireTag, wire));
        foreach (var (tag, agency) in LaterWireTags(text, layer, dateline))
        {
            // Under a few opening lines (a subtitle, a teaser) the tag is the story's own dateline; further down it
            // heads wire copy the story quotes.
            if (BodyLinesBefore(text, layer, tag.Start) > MostLinesBeforeDateline)
                credits.Add((tag, CreditKind.QuotedWire, agency));
        }
        foreach (var paragraph in layer.Paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Headline || (dateline is { } d && paragraph.Span.Contains(d.Span.Start)))
                continue;
            // A credit line is a paragraph of its own, or a line of one where lines are not paragraphs
            // ("Originally published the Jerusalem Post." over the story's first lines).
            for (var start = paragraph.Start; start < paragraph.End;)
            {
                var newline = text.IndexOf('\n', start, paragraph.End - start);
                var end = newline < 0 ? paragraph.End : newline;
                if (end - start <= LongestCreditLine && CreditIn(text, new Span(start, end)) is { } credit)
                    credits.Add(credit);
                start = end + 1;
            }
        }
        return (credits, dateline);
    }

    private static (Span Line, CreditKind Kind, Span Outlet)? CreditIn(string text, Span line)
    {
        var s = text[line.Start..line.End];
        foreach (var (pattern, kind) in Patterns)
        {
            var m = pattern.Match(s);
            if (!m.Success)
                continue;
            var outlet = WithoutAuthor(text, TrimOutlet(text, line.Start + m.Groups["outlet"].Index, line.Start + m.Groups["outlet"].Index + m.Groups["outlet"].Length));
            return IsOutletLike(text, outlet) ? (line, kind, outlet) : null;
        }
        return null;
    }

    private static readonly (Regex, CreditKind)[] Patterns =
    [
        (CulledFrom(), CreditKind.CulledFrom),
        (OriginallyAppeared(), CreditKind.OriginallyAppeared),
        (SourceLabel(), CreditKind.Source),
        (Courtesy(), CreditKind.Courtesy),
        (Via(), CreditKind.Via),
    ];

    [GeneratedRegex(@"^\s*(?:culled|republished|reprinted|adapted|excerpted|reproduced)(?:\s+with\s+permission)?\s+from\s*:?\s*(?<outlet>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CulledFrom();

    [GeneratedRegex(@"^\s*(?:(?:this|the)\s+(?:article|story|post|piece|report|op-ed|column)\s+)?(?:was\s+|is\s+)?(?:originally|first)\s+(?:appeared|published|posted|ran)\s+(?:(?:on|in|at|by)\s+|(?=(?-i:[Tt]he\s+[A-Z])))(?:the\s+website\s+of\s+)?(?<outlet>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginallyAppeared();

    [GeneratedRegex(@"^\s*sources?\s*[:\-–—]\s*(?<outlet>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^\s*\(?\s*courtesy(?:\s+of|\s*:)\s*(?<outlet>.+?)\s*\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"^\s*\(?\s*(?:via|h/t|hat\s+tip)\s*:?\s+(?<outlet>.+?)\s*\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Via();

    // "DAMASCUS (Reuters) -", "WASHINGTON, Aug 30 (Reuters) -", "(AP) —"
    [GeneratedRegex(@"^(?<place>[A-Z][\p{L}.' ]{1,40}?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?<agency>[A-Z][\p{L}.& ]{0,40})\)\s*[-–—]+\s*")]
    private static partial Regex WireTag();

    // "DAMASCUS — ", "Geneva - ": a capitalised place of up to three words and a dash, then the story.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.' ]{2,40}|[A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+){0,2})(?:,\s*[A-Z][\p{L}]+)?\s+[-–—]+\s+(?=[A-Z""“])")]
    private static partial Regex PlaceDateline();

    /// <summary>The wire tag or dateline at the head of the story, if it has one.</summary>
    public static Dateline? FindDateline(string text, TextLayer layer) => StoryHead(text, layer)?.Dateline;

    /// <summary>
    /// The story's dateline and every wire tag that opens a later line: an outlet that quotes a wire story at
    /// length pastes its tag in too ("BOSTON (Reuters) - A U.S. judge on Wednesday ordered …").
    /// </summary>
    public static List<Span> FindDatelines(string text, TextLayer layer)
    {
        var head = FindDateline(text, layer);
        var found = new List<Span>();
        if (head is not null)
            found.Add(head.Span);
        foreach (var (tag, _) in LaterWireTags(text, layer, head))
            found.Add(tag);
        return found;
    }

    /// <summary>Where the story's body starts: after its headline, when the text has one.</summary>
    private static int BodyStart(TextLayer layer) =>
        layer.Paragraphs.Count > 0 && layer.Paragraphs[0].Kind == ParagraphKind.Headline ? layer.Paragraphs[0].End : 0;

    private static int BodyLinesBefore(string text, TextLayer layer, int offset)
    {
        var bodyStart = BodyStart(layer);
        var lines = 0;
        for (var i = bodyStart; i < offset; i++)
        {
            if (text[i] == '\n' && i + 1 < offset && text[i + 1] != '\n' && !char.IsWhiteSpace(text[i + 1]))
                lines++;
        }
        return lines;
    }

    /// <summary>Wire tags, each with its agency, that open a line of the story after its head dateline.</summary>
    private static List<(Span Tag, Span Agency)> LaterWireTags(string text, TextLayer layer, Dateline? head)
    {
        var found = new List<(Span, Span)>();
        var bodyStart = BodyStart(layer);
        for (var start = text.IndexOf('\n', bodyStart) + 1; start > 0 && start < text.Length; start = text.IndexOf('\n', start) + 1)
        {
            if (head is { } h && start <= h.Span.Start)
                continue;
            var length = Math.Min(text.Length - start, 120);
            if (text.AsSpan(start, length).IndexOf('(') < 0)
                continue;
            var m = WireTag().Match(text.Substring(start, length));
            if (m.Success)
            {
                var agency = m.Groups["agency"];
                found.Add((new Span(start, start + m.Length), new Span(start + agency.Index, start + agency.Index + agency.Length)));
            }
        }
        return found;
    }

    /// <summary>Short lines a story may open with before its dateline: subtitle lines, a byline.</summary>
    private const int LongestLineBeforeDateline = 80, MostLinesBeforeDateline = 3;

    /// <summary>
    /// The dateline that opens the story's first paragraph after the headline, or one after a few short lines
    /// (a subtitle broken over lines, a byline: "Libertarian candidate pushes to hit needed. | 15 percent mark in
    /// polls. | PORTLAND, Maine - On Friday morning, …"); a long paragraph is the story itself.
    /// </summary>
    private static (Dateline Dateline, Span? Agency)? StoryHead(string text, TextLayer layer)
    {
        var skipped = 0;
        foreach (var paragraph in layer.Paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Headline)
                continue;
            var isLong = paragraph.End - paragraph.Start > LongestLineBeforeDateline;
            // After short lines, only a story paragraph opens with one ("SOURCE - Al Jazeera" at the foot does not).
            if ((skipped == 0 || isLong) && MatchDateline(text, paragraph) is { } found)
                return found;
            if (isLong || ++skipped == MostLinesBeforeDateline)
                return null;
        }
        return null;
    }

    /// <summary>The paragraph's opening dateline, and the agency's span when it is a wire tag.</summary>
    private static (Dateline Dateline, Span? Agency)? MatchDateline(string text, Paragraph paragraph)
    {
        var head = text[paragraph.Start..Math.Min(paragraph.End, paragraph.Start + 120)];
        var m = WireTag().Match(head);
        if (m.Success)
        {
            var agency = m.Groups["agency"];
            var agencySpan = new Span(paragraph.Start + agency.Index, paragraph.Start + agency.Index + agency.Length);
            var place = m.Groups["place"];
            var placeSpan = place.Success
                ? TrimOutlet(text, paragraph.Start + place.Index, paragraph.Start + place.Index + place.Length)
                : new Span(paragraph.Start, paragraph.Start);
            return (new Dateline(new Span(paragraph.Start, paragraph.Start + m.Length), placeSpan, agency.Value), agencySpan);
        }
        m = PlaceDateline().Match(head);
        if (!m.Success)
            return null;
        var p = m.Groups["place"];
        return (new Dateline(new Span(paragraph.Start, paragraph.Start + m.Length),
            new Span(paragraph.Start + p.Index, paragraph.Start + p.Index + p.Length), null), null);
    }

    /// <summary>"by Paul Joseph Watson at Infowars.com", "by Tyler Durden at Zero Hedge": the outlet is after the author's name.</summary>
    private static Span WithoutAuthor(string text, Span outlet)
    {
        if (!text.AsSpan(0, outlet.Start).TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase))
            return outlet;
        var m = AuthorAt().Match(text, outlet.Start, outlet.Length);
        return m.Success ? new Span(outlet.Start + m.Length, outlet.End) : outlet;
    }

    [GeneratedRegex(@"\G(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:at|on|for)\s+(?=\S)")]
    private static partial Regex AuthorAt();

    /// <summary>An outlet is a name or an address, not a clause: a few words, or one URL.</summary>
    private static bool IsOutletLike(string text, Span outlet)
    {
        if (outlet.IsEmpty)
            return false;
        var s = outlet.Of(text);
        if (s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return !s.Contains(' ');
        return s.Length <= MaxOutletLength && s.Count(' ') < MaxOutletWords;
    }

    private const int MaxOutletLength = 60;
    private const int MaxOutletWords = 7;

    /// <summary>Trims spaces, closing punctuation and a trailing "website" from an outlet's span.</summary>
    private static Span TrimOutlet(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '“' or '\'' or '‘'))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '”' or '\'' or '’' or '…'))
            end--;
        const string suffix = " website";
        if (end - start > suffix.Length && text.AsSpan(end - suffix.Length, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase))
            end -= suffix.Length;
        return new Span(start, end);
    }
}
