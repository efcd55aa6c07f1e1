using Sift.Model;

namespace Sift.Evaluation.Coref;

/// <summary>A mention: a range of the article text in UTF-16 code units, end exclusive. Mentions are equal when their spans are.</summary>
public readonly record struct MentionSpan(int Start, int End)
{
    public static implicit operator MentionSpan(Span span) => new(span.Start, span.End);

    public override string ToString() => $"[{Start},{End})";
}
