using Sift.Model;

namespace Sift.Time;

/// <summary>
/// A token as the time patterns see it: lower-cased, with hyphenated words split into their parts
/// ("mid-September" → mid, -, September; "48-hour" → 48, -, hour) so patterns can name each part.
/// </summary>
internal readonly record struct TimeToken(int Start, int End, string Lower, bool Capitalized, bool IsNumber)
{
    public static List<TimeToken> FromTokens(string text, ReadOnlySpan<Token> tokens)
    {
        var list = new List<TimeToken>(tokens.Length + 4);
        foreach (var t in tokens)
        {
            if (IsCompound(text.AsSpan(t.Start, t.End - t.Start)))
            {
                var start = t.Start;
                for (var i = t.Start; i <= t.End; i++)
                {
                    if (i < t.End && text[i] != '-')
                        continue;
                    if (i > start)
                        list.Add(Make(text, start, i));
                    if (i < t.End)
                        list.Add(new TimeToken(i, i + 1, "-", false, false));
                    start = i + 1;
                }
                continue;
            }
            list.Add(Make(text, t.Start, t.End));
        }
        return list;
    }

    /// <summary>A hyphenated word with letters in it ("mid-September", "48-hour"); numeric dates stay whole.</summary>
    private static bool IsCompound(ReadOnlySpan<char> s) => s.Contains('-') && s.IndexOfAnyInRange('a', 'z') >= 0 | s.IndexOfAnyInRange('A', 'Z') >= 0;

    private static TimeToken Make(string text, int start, int end) =>
        new(start, end, text.Substring(start, end - start).ToLowerInvariant(), char.IsUpper(text[start]), char.IsDigit(text[start]));
}
