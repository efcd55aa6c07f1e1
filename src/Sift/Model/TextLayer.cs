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
}
