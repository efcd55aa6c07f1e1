using System.Buffers;
using System.Globalization;
using System.Text;
using Sift.Model;

namespace Sift.Text;

/// <summary>
/// Splits text into tokens with exact offsets, the way news text needs: hyphenated names stay whole
/// (al-Assad), clitics split as treebanks do (Syria ’s, do n't), the apostrophe of "terrorists’" is
/// a possessive clitic and not a closing quote, abbreviations keep their period (U.S., Gen.), and
/// numbers, dates, times, URLs, e-mail addresses, hashtags and emoji sequences are single tokens.
/// Works on whitespace-separated chunks, scanning each left to right without regular expressions.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>[start, end) into <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var state = new QuoteState();
        var i = start;
        while (i < end)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }
            var chunkEnd = i + 1;
            while (chunkEnd < end && !IsSpace(text[chunkEnd]))
                chunkEnd++;
            TokenizeChunk(text, i, chunkEnd, tokens, ref state);
            i = chunkEnd;
        }
    }

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Whitespace, and the invisible characters that separate nothing (zero-width space, BOM, direction marks).</summary>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u200E' or '\u200F' or '\u2060' or '\u00AD'
            || (c >= '\u202A' && c <= '\u202E');

    /// <summary>Whether a single quote opened earlier in the paragraph is still open, so the next ’ closes it.</summary>
    private struct QuoteState
    {
        public bool SingleOpen;
    }

    private static void TokenizeChunk(string text, int start, int end, List<Token> tokens, ref QuoteState state)
    {
        var p = start;
        while (p < end)
        {
            var c = text[p];
            int q;
            if (char.IsLetterOrDigit(c))
            {
                if ((q = MatchUrl(text, p, end)) > p)
                {
                    tokens.Add(new Token(p, q, TokenKind.Url));
                    p = q;
                    continue;
                }
                if ((q = MatchEmail(text, p, end)) > p)
                {
                    tokens.Add(new Token(p, q, TokenKind.Email));
                    p = q;
                    continue;
                }
                p = ScanWord(text, p, end, tokens, ref state);
                continue;
            }
            if ((c == '#' || c == '@') && p + 1 < end && IsWordChar(text[p + 1]) && (p == start || !char.IsLetterOrDigit(text[p - 1])))
            {
                q = p + 1;
                while (q < end && IsWordChar(text[q]))
                    q++;
                tokens.Add(new Token(p, q, c == '#' ? TokenKind.Hashtag : TokenKind.Mention));
                p = q;
                continue;
            }
            if ((q = MatchEmoji(text, p, end)) > p)
            {
                tokens.Add(new Token(p, q, TokenKind.Emoji));
                p = q;
                continue;
            }
            if (c is '\'' or '’' or '‘')
            {
                p = ApostropheOutsideWord(text, p, end, tokens, ref state);
                continue;
            }
            if (IsDoubleQuote(c))
            {
                tokens.Add(new Token(p, p + 1, TokenKind.Quote));
                p++;
                continue;
            }
            if (c is '.' or '-' or '*' or '=' or '_')
            {
                // Runs of the same mark are one token: "...", "--", "***".
                q = p + 1;
                while (q < end && text[q] == c)
                    q++;
                tokens.Add(new Token(p, q, TokenKind.Punctuation));
                p = q;
                continue;
            }
            if (char.IsHighSurrogate(c) && p + 1 < end && char.IsLowSurrogate(text[p + 1]))
            {
                var rune = new Rune(c, text[p + 1]);
                tokens.Add(new Token(p, p + 2, IsPunctuation(Rune.GetUnicodeCategory(rune)) ? TokenKind.Punctuation : TokenKind.Symbol));
                p += 2;
                continue;
            }
            tokens.Add(new Token(p, p + 1, IsPunctuation(char.GetUnicodeCategory(c)) ? TokenKind.Punctuation : TokenKind.Symbol));
            p++;
        }
    }

    /// <summary>An apostrophe that does not follow a word: an opening quote before a word, else a closing one.</summary>
    private static int ApostropheOutsideWord(string text, int p, int end, List<Token> tokens, ref QuoteState state)
    {
        var next = p + 1 < end ? text[p + 1] : '\0';
        // ’90s: the apostrophe stands for the century and belongs to the number.
        if (text[p] != '‘' && char.IsDigit(next) && p + 3 < end && char.IsDigit(text[p + 2]) && text[p + 3] == 's')
            return ScanWord(text, p, end, tokens, ref state, wordStart: p + 1);
        var opens = text[p] == '‘' || char.IsLetterOrDigit(next);
        state.SingleOpen = opens;
        tokens.Add(new Token(p, p + 1, TokenKind.Quote));
        return p + 1;
    }

    private static int ScanWord(string text, int p, int end, List<Token> tokens, ref QuoteState state, int wordStart = -1)
    {
        var start = p;
        var q = wordStart < 0 ? p : wordStart;
        var segmentStart = q;
        while (q < end)
        {
            var ch = text[q];
            if (char.IsLetterOrDigit(ch) || IsMark(ch))
            {
                q++;
                continue;
            }
            if (q + 1 >= end)
                break;
            var prev = text[q - 1];
            var next = text[q + 1];
            var joins = ch switch
            {
                '-' or '\u2010' or '\u2011' => char.IsLetterOrDigit(next),
                // 3.5, U.S, e.g; "Syria.The" (a missing space) splits.
                '.' => char.IsDigit(next) || (char.IsLetter(next) && (q - segmentStart == 1 || !char.IsUpper(next))),
                ',' or ':' or '/' => char.IsDigit(prev) && char.IsDigit(next),
                '&' => char.IsUpper(prev) && char.IsUpper(next),
                '_' => char.IsLetterOrDigit(next),
                '\'' or '’' => char.IsLetter(prev) && char.IsLetter(next),
                _ => false,
            };
            if (!joins)
                break;
            if (ch == '.')
                segmentStart = q + 1;
            q++;
        }

        var kind = char.IsDigit(text[wordStart < 0 ? p : wordStart]) ? TokenKind.Number : TokenKind.Word;
        // A final period that makes an abbreviation (Gen., U.S., etc.) stays with the word.
        if (q < end && text[q] == '.' && kind == TokenKind.Word && Abbreviations.Lookup(text.AsSpan(start, q + 1 - start)) != AbbreviationKind.None)
        {
            tokens.Add(new Token(start, q + 1, TokenKind.Abbreviation));
            return q + 1;
        }

        AddWordWithClitics(text, start, q, kind, tokens);

        // An apostrophe right after the word: the possessive of a plural (terrorists’), or a closing quote.
        if (q < end && text[q] is '\'' or '’' && (q + 1 == end || !char.IsLetterOrDigit(text[q + 1])))
        {
            var possessive = !state.SingleOpen && kind == TokenKind.Word && text[q - 1] is 's' or 'S';
            if (!possessive)
                state.SingleOpen = false;
            tokens.Add(new Token(q, q + 1, possessive ? TokenKind.Clitic : TokenKind.Quote));
            q++;
        }
        return q;
    }

    /// <summary>Splits the clitics treebanks split: Syria|’s, do|n't, they|'re, we|'ve, I|'m, she|'ll, he|'d.</summary>
    private static void AddWordWithClitics(string text, int start, int end, TokenKind kind, List<Token> tokens)
    {
        var word = text.AsSpan(start, end - start);
        var cliticLength = 0;
        if (kind == TokenKind.Word && word.Length >= 3)
        {
            if (IsApostrophe(word[^2]) && word[^1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D')
                cliticLength = 2;
            else if (IsApostrophe(word[^3]) && IsTwoLetterClitic(word[^2..]))
                cliticLength = 3;
            else if (word.Length >= 4 && IsApostrophe(word[^2]) && (word[^1] is 't' or 'T') && (word[^3] is 'n' or 'N'))
                cliticLength = 3;
        }
        if (cliticLength > 0 && cliticLength < word.Length)
        {
            tokens.Add(new Token(start, end - cliticLength, kind));
            tokens.Add(new Token(end - cliticLength, end, TokenKind.Clitic));
        }
        else
        {
            tokens.Add(new Token(start, end, kind));
        }
    }

    private static bool IsTwoLetterClitic(ReadOnlySpan<char> s) =>
        s.Equals("re", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
        || s.Equals("ll", StringComparison.OrdinalIgnoreCase);

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‹' or '›' or '‟' or '「' or '」';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsPunctuation(UnicodeCategory category) => category is UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ConnectorPunctuation;

    /// <summary>http(s)://… or www.… up to the end of the chunk, less trailing punctuation.</summary>
    private static int MatchUrl(string text, int p, int end)
    {
        var s = text.AsSpan(p, end - p);
        if (!(s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) || s.Length < 8)
            return p;
        var q = end;
        var openParens = s.Count('(');
        while (q > p)
        {
            var last = text[q - 1];
            if (last == ')' && openParens > 0)
                break;
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '\'' or '’' or '”' or '»' or '>')
                q--;
            else
                break;
        }
        return q;
    }

    /// <summary>name@domain.tld, the local part starting at <paramref name="p"/>.</summary>
    private static int MatchEmail(string text, int p, int end)
    {
        var q = p;
        while (q < end && (char.IsLetterOrDigit(text[q]) || text[q] is '.' or '_' or '%' or '+' or '-'))
            q++;
        if (q == p || q >= end || text[q] != '@')
            return p;
        var domainStart = ++q;
        var lastDot = -1;
        while (q < end && (char.IsLetterOrDigit(text[q]) || text[q] is '.' or '-'))
        {
            if (text[q] == '.')
                lastDot = q;
            q++;
        }
        while (q > domainStart && text[q - 1] is '.' or '-')
            q--;
        if (lastDot < domainStart || lastDot >= q - 2)
            return p;
        for (var i = lastDot + 1; i < q; i++)
        {
            if (!char.IsLetter(text[i]))
                return p;
        }
        return q;
    }

    /// <summary>One emoji with its modifiers: skin tones, variation selectors, keycaps, ZWJ sequences and flags.</summary>
    private static int MatchEmoji(string text, int p, int end)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(p, end - p), out var rune, out var length) != OperationStatus.Done || !IsEmoji(rune.Value))
            return p;
        var q = p + length;
        var regionalIndicators = IsRegionalIndicator(rune.Value) ? 1 : 0;
        while (q < end && Rune.DecodeFromUtf16(text.AsSpan(q, end - q), out var next, out var nextLength) == OperationStatus.Done)
        {
            var v = next.Value;
            if (v is 0xFE0F or 0xFE0E or 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F))
            {
                q += nextLength;
            }
            else if (v == 0x200D && q + 1 < end
                     && Rune.DecodeFromUtf16(text.AsSpan(q + 1, end - q - 1), out var joined, out var joinedLength) == OperationStatus.Done
                     && IsEmoji(joined.Value))
            {
                q += 1 + joinedLength;
            }
            else if (regionalIndicators == 1 && IsRegionalIndicator(v))
            {
                regionalIndicators++;
                q += nextLength;
            }
            else
            {
                break;
            }
        }
        return q;
    }

    private static bool IsRegionalIndicator(int v) => v >= 0x1F1E6 && v <= 0x1F1FF;

    private static bool IsEmoji(int v) =>
        (v >= 0x1F000 && v <= 0x1FAFF) || (v >= 0x2600 && v <= 0x27BF) || (v >= 0x2B00 && v <= 0x2BFF)
        || (v >= 0x2300 && v <= 0x23FF) || v is 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x3030 or 0x303D;
}
