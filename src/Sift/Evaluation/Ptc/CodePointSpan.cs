namespace Sift.Evaluation.Ptc;

/// <summary>A range counted in Unicode code points (Python <c>str</c> indices), end exclusive: the unit of the PTC files.</summary>
public readonly record struct CodePointSpan(int Start, int End) : IComparable<CodePointSpan>
{
    public int Length => End - Start;

    /// <summary>How many positions the two spans share; 0 when they only touch.</summary>
    public int OverlapLength(CodePointSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public int CompareTo(CodePointSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start},{End})";
}
