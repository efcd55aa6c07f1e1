using Sift.Model;
using Sift.Text;

namespace Sift.Intake;

/// <summary>
/// Plain text in the layouts news corpora use: the reference layout (headline, then a paragraph a line),
/// blank-line-separated paragraphs, and the PTC layout (title, blank line, a sentence a line).
/// The text is kept whole, headline included, so offsets point into the file as it was read.
/// </summary>
public static class PlainTextReader
{
    private const int LongestHeadline = 250;

    public static Article Read(string text, string source, IReadOnlyList<string>? warnings = null)
    {
        if (IsBlank(text))
            throw new InputException(source, "is empty (no text)");
        var title = FindHeadline(text);
        return new Article
        {
            Text = text,
            Source = source,
            TitleSpan = title,
            Metadata = new ArticleMetadata { Title = title is { } t ? text[t.Start..t.End] : null },
            Layout = LayoutDetector.Detect(text),
            Warnings = warnings ?? [],
        };
    }

    /// <summary>
    /// The first line is the headline when more lines follow and it is short, and it either has no
    /// final period or a blank line sets it apart.
    /// </summary>
    internal static Span? FindHeadline(string text)
    {
        var start = 0;
        while (start < text.Length && Tokenizer.IsSpace(text[start]))
            start++;
        var end = text.IndexOfAny(['\n', '\r'], start);
        if (end < 0)
            return null;
        var rest = end;
        while (rest < text.Length && Tokenizer.IsSpace(text[rest]))
            rest++;
        if (rest >= text.Length)
            return null;
        var trimmedEnd = end;
        while (trimmedEnd > start && Tokenizer.IsSpace(text[trimmedEnd - 1]))
            trimmedEnd--;
        if (trimmedEnd - start > LongestHeadline || trimmedEnd == start)
            return null;
        var setApart = text.AsSpan(end, rest - end).Count('\n') >= 2;
        var endsWithPeriod = text[trimmedEnd - 1] == '.';
        return !endsWithPeriod || setApart ? new Span(start, trimmedEnd) : null;
    }

    internal static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!Tokenizer.IsSpace(c))
                return false;
        }
        return true;
    }
}
