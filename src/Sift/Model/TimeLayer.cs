namespace Sift.Model;

public enum AnchorSource : byte
{
    /// <summary>No date to anchor on: relative expressions keep unknown parts as X.</summary>
    None,
    /// <summary>The publication date from the article's metadata or --date.</summary>
    Metadata,
    /// <summary>An explicit full date found in the text, taken as the day of writing.</summary>
    InferredFromText,
}

/// <summary>
/// A time expression normalized the TimeML way: type DATE, TIME, DURATION or SET; a value such as
/// 2017-08-30, 2017-09 (with mod MID), P3Y or PRESENT_REF; and the anchor it was resolved against,
/// null when the expression names its own date.
/// </summary>
public sealed record TimeExpression(Span Span, int Sentence, string Type, string Value, string? Mod, DateOnly? Anchor);

public sealed class TimeLayer(DateOnly? anchor, AnchorSource anchorSource, IReadOnlyList<TimeExpression> expressions)
{
    public DateOnly? Anchor { get; } = anchor;
    public AnchorSource AnchorSource { get; } = anchorSource;
    public IReadOnlyList<TimeExpression> Expressions { get; } = expressions;
}
