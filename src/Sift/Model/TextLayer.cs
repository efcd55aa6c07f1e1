namespace Sift.Model;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>An opening or closing quotation mark.</summary>
    Quote,
    /// <summary>A clitic split from its host: 's, ’s, n't, 're, the possessive apostrophe of terrorists’.</summary>
    Clitic,
    Abbreviation,
    Url,
    Email,
    Emoji,
    Symbol,
    Hashtag,
    Mention,
}

public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public Span Span => new(Start, End);

    /// <summary>Whether the token counts as a word of the text: a word, number or abbreviation.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation;
}

public readonly record struct Sentence(int Start, int End, int Paragraph, int FirstToken, int TokenCount)
{
    public Span Span => new(Start, End);
}

public enum ParagraphKind : byte
{
    Headline,
    Body,
}

public readonly record struct Paragraph(int Start, int End, ParagraphKind Kind, int FirstSentence, int SentenceCount)
{
    public Span Span => new(Start, End);
}

/// <summary>Paragraphs, sentences and tokens of an article, each a span of its text, in text order.</summary>
public sealed class TextLayer(Paragraph[] paragraphs, Sentence[] sentences, Token[] tokens)
{
    public IReadOnlyList<Paragraph> Paragraphs { get; } = paragraphs;
    public IReadOnlyList<Sentence> Sentences { get; } = sentences;
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public ReadOnlySpan<Token> TokensOf(in Sentence sentence) => tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>
    /// The tokens a character span touches, as [From, To): From is the first token that ends after the span's
    /// start, To the first that starts at or after its end (From == To when the span touches none).
    /// </summary>
    public (int From, int To) TokensIn(Span span)
    {
        var from = FirstEndingAfter(span.Start);
        var to = from;
        int hi = tokens.Length;
        while (to < hi)
        {
            var mid = (to + hi) >>> 1;
            if (tokens[mid].Start < span.End)
                to = mid + 1;
            else
                hi = mid;
        }
        return (from, to);
    }

    private int FirstEndingAfter(int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
