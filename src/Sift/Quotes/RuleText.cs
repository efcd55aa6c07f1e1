using Sift.Model;

namespace Sift.Quotes;

/// <summary>Token tests and spans shared by the hand-written attribution rules.</summary>
internal static class RuleText
{
    /// <summary>The text span of tokens <paramref name="from"/> to <paramref name="to"/> (end exclusive).</summary>
    public static Span Range(TextLayer text, int from, int to) => new(text.Tokens[from].Start, text.Tokens[to - 1].End);

    /// <summary>Whether the token is <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(string body, Token token, string word) =>
        body.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Inserts <paramref name="attribution"/> before the first one whose cue starts after its cue's start.</summary>
    /// <remarks>Loops rather than lambdas: a lambda over a loop's locals allocates its closure on every pass of the loop.</remarks>
    public static void InsertInCueOrder(List<FoundAttribution> found, FoundAttribution attribution)
    {
        var at = found.Count;
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Cue.Start > attribution.Cue.Start)
            {
                at = i;
                break;
            }
        }
        found.Insert(at, attribution);
    }

    /// <summary>Whether the token is the one character <paramref name="c"/>.</summary>
    public static bool IsChar(string body, Token token, char c) => token.End == token.Start + 1 && body[token.Start] == c;
}
