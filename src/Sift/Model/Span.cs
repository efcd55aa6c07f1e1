namespace Sift.Model;

/// <summary>A range of the article text in UTF-16 code units, end exclusive.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
