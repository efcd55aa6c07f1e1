using Sift.Model;

namespace Sift.Text;

/// <summary>
/// Finds sentence ends within one run of tokens (a paragraph, or a line in the one-sentence-per-line
/// layout). A sentence ends at . ! ? … and takes the closing quotes and brackets that follow it; an
/// abbreviation ends one only when what follows starts a sentence; a title (Gen., No.) never does.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Adds to <paramref name="ends"/> the index one past the last token of each sentence in [first, last).</summary>
    public static void Split(string text, IReadOnlyList<Token> tokens, int first, int last, List<int> ends)
    {
        var i = first;
        while (i < last)
        {
            var token = tokens[i];
            var boundary = false;
            if (IsTerminal(text, token))
            {
                boundary = true;
            }
            else if (token.Kind == TokenKind.Abbreviation && i + 1 < last)
            {
                var kind = Abbreviations.Lookup(text.AsSpan(token.Start, token.End - token.Start));
                var nextIndex = SkipClosers(text, tokens, i + 1, last);
                var next = tokens[Math.Min(nextIndex, last - 1)];
                boundary = kind == AbbreviationKind.Final && nextIndex < last && next.Kind == TokenKind.Word
                    && char.IsUpper(text[next.Start]) && Abbreviations.IsSentenceStarter(text.AsSpan(next.Start, next.End - next.Start));
            }
            if (!boundary)
            {
                i++;
                continue;
            }
            var end = SkipClosers(text, tokens, i + 1, last);
            if (end < last && !StartsSentence(text, tokens, end, token))
            {
                i = end;
                continue;
            }
            ends.Add(end);
            i = end;
        }
        if (ends.Count == 0 || ends[^1] != last)
        {
            if (last > first)
                ends.Add(last);
        }
    }

    /// <summary>A run of terminal marks: ".", "!", "?", "…", "...", "?!".</summary>
    private static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
            return false;
        var c = text[token.Start];
        return c is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    /// <summary>Moves past closing quotes and brackets that hang on the sentence end (no space before them), and more terminals.</summary>
    private static int SkipClosers(string text, IReadOnlyList<Token> tokens, int i, int last)
    {
        while (i < last)
        {
            var t = tokens[i];
            var attached = t.Start == tokens[i - 1].End;
            var closes = t.Kind == TokenKind.Quote || IsTerminal(text, t) || text[t.Start] is ')' or ']' or '}';
            if (!attached || !closes)
                break;
            i++;
        }
        return i;
    }

    /// <summary>Whether the token at <paramref name="i"/> can begin a new sentence after <paramref name="terminal"/>.</summary>
    private static bool StartsSentence(string text, IReadOnlyList<Token> tokens, int i, Token terminal)
    {
        var next = tokens[i];
        // "3.5" never reaches here; "…what? he asked" and "e.g. this" continue in lower case.
        if (next.Kind is TokenKind.Word or TokenKind.Clitic && char.IsLower(text[next.Start]))
            return false;
        // No sentence starts at a comma, semicolon or colon: "Sen. Joe Lieberman (I-Conn.), also stated …".
        if (next.Kind == TokenKind.Punctuation && text[next.Start] is ',' or ';' or ':')
            return false;
        // A period glued to what follows is not a sentence end ("Syria.com").
        return next.Start > terminal.End || next.Kind is TokenKind.Quote;
    }
}
