using Sift.Model;

namespace Sift.Evaluation.Ptc;

/// <summary>
/// Converts offsets between Unicode code points (what the PTC files count) and UTF-16 code units
/// (C# string indices). A surrogate pair is one code point and two units; every other char,
/// a lone surrogate included, is one of each. Both directions accept the end position (the length).
/// </summary>
public sealed class CodePointMap
{
    // Null when the text has no surrogate pairs: then both offsets are the same.
    private readonly int[]? _utf16OfCodePoint;
    private readonly int[]? _codePointOfUtf16;

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Utf16Length = text.Length;
        var pairs = CountSurrogatePairs(text);
        CodePointLength = text.Length - pairs;
        if (pairs == 0)
            return;

        _utf16OfCodePoint = new int[CodePointLength + 1];
        _codePointOfUtf16 = new int[text.Length + 1];
        var codePoint = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _utf16OfCodePoint[codePoint] = i;
            _codePointOfUtf16[i] = codePoint;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                _codePointOfUtf16[++i] = -1; // the second half of a pair has no code-point offset
            codePoint++;
        }
        _utf16OfCodePoint[CodePointLength] = text.Length;
        _codePointOfUtf16[text.Length] = CodePointLength;
    }

    public int CodePointLength { get; }

    public int Utf16Length { get; }

    /// <summary>True when code-point and UTF-16 offsets differ somewhere in the text.</summary>
    public bool HasSurrogatePairs => _utf16OfCodePoint is not null;

    public int ToUtf16(int codePoint)
    {
        if ((uint)codePoint > (uint)CodePointLength)
            throw new ArgumentOutOfRangeException(nameof(codePoint), codePoint, $"the text has {CodePointLength} code points");
        return _utf16OfCodePoint is null ? codePoint : _utf16OfCodePoint[codePoint];
    }

    public int ToCodePoint(int utf16)
    {
        if ((uint)utf16 > (uint)Utf16Length)
            throw new ArgumentOutOfRangeException(nameof(utf16), utf16, $"the text has {Utf16Length} UTF-16 units");
        if (_codePointOfUtf16 is null)
            return utf16;
        var codePoint = _codePointOfUtf16[utf16];
        return codePoint >= 0 ? codePoint
            : throw new ArgumentException($"UTF-16 offset {utf16} falls between the two halves of a surrogate pair", nameof(utf16));
    }

    public Span ToUtf16(CodePointSpan span) => new(ToUtf16(span.Start), ToUtf16(span.End));

    public CodePointSpan ToCodePoints(Span span) => new(ToCodePoint(span.Start), ToCodePoint(span.End));

    private static int CountSurrogatePairs(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return pairs;
    }
}
