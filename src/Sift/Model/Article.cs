namespace Sift.Model;

/// <summary>What is known about an article apart from its text.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Site { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }
    public string? Byline { get; init; }

    /// <summary>Fields set in <paramref name="overrides"/> win over this record's.</summary>
    public ArticleMetadata With(ArticleMetadata overrides) => new()
    {
        Title = overrides.Title ?? Title,
        Url = overrides.Url ?? Url,
        Site = overrides.Site ?? Site,
        Published = overrides.Published ?? Published,
        Language = overrides.Language ?? Language,
        Byline = overrides.Byline ?? Byline,
    };
}

/// <summary>How the text lays out paragraphs; decided by the reader that produced it.</summary>
public enum TextLayout
{
    /// <summary>Decide from the text itself.</summary>
    Auto,
    /// <summary>Every non-empty line is a paragraph (the reference layout).</summary>
    LinePerParagraph,
    /// <summary>Paragraphs are separated by blank lines; single line breaks inside are wrapping.</summary>
    BlankLineParagraphs,
    /// <summary>Title, blank line, one sentence per line (the PTC layout): every line break ends a sentence.</summary>
    SentencePerLine,
}

/// <summary>An article: a string of text plus metadata. Every finding is a span of <see cref="Text"/>.</summary>
public sealed record Article
{
    public required string Text { get; init; }
    public ArticleMetadata Metadata { get; init; } = new();

    /// <summary>Where the article came from: a path, "-" for standard input, or "file.jsonl:3".</summary>
    public string Source { get; init; } = "-";

    /// <summary>Where the headline sits inside <see cref="Text"/>, when the text carries it.</summary>
    public Span? TitleSpan { get; init; }

    public TextLayout Layout { get; init; } = TextLayout.Auto;

    /// <summary>Problems the reader worked around (wrong encoding, guessed fields).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
