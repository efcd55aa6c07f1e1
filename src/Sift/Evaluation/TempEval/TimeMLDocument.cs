using Sift.Model;

namespace Sift.Evaluation.TempEval;

/// <summary>
/// A TIMEX3: its extent in the document text (UTF-16, end exclusive), the covered text and its attributes.
/// For the document-creation time, <see cref="Span"/> is over <see cref="Text"/> alone (it sits outside TEXT).
/// </summary>
public sealed record Timex
{
    public required Span Span { get; init; }
    public required string Text { get; init; }
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Value { get; init; }
    public string? Mod { get; init; }
    public string? AnchorTimeId { get; init; }

    /// <summary>Any other attributes (temporalFunction, functionInDocument, beginPoint, quant, freq …), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OtherAttributes { get; init; } = [];
}

/// <summary>
/// A TimeML document reduced to what TempEval-3 Task A scores: the text of the TEXT element (tags
/// removed, entities decoded) and the TIMEX3s inside it, plus the document-creation time.
/// </summary>
public sealed record TimeMLDocument
{
    /// <summary>The file name (e.g. <c>APW19980807.0261.tml</c>), which pairs gold and system documents.</summary>
    public required string Name { get; init; }
    public string? DocId { get; init; }
    public Timex? CreationTime { get; init; }
    public required string Text { get; init; }
    /// <summary>The TIMEX3s inside TEXT, in text order.</summary>
    public required IReadOnlyList<Timex> Timexes { get; init; }
}
