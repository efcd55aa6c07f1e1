using Sift.Learning;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// What the attribution tagger reads about each token, computed once per article: hashes of word, lemma,
/// tag and relation, whether it is a report word, whether it is inside quotation marks, and the nearest
/// report word above it in the dependency tree (with the relation of the path's first step below it),
/// and, in encoder mode, each token's encoder vector scaled as the other encoder-mode models read it.
/// </summary>
public sealed class AttributionDocument
{
    public AttributionDocument(Article article, TextLayer text, SyntaxLayer syntax, ReportVerbs verbs, Encoder.TokenVectors? vectors = null)
    {
        Vectors = vectors;
        Article = article;
        Text = text;
        Syntax = syntax;
        var n = text.Tokens.Count;
        Word = new ulong[n];
        Lemma = new ulong[n];
        Upos = new ulong[n];
        Relation = new ulong[n];
        Shape = new byte[n];
        IsReport = new bool[n];
        InQuote = new bool[n];
        ReportAbove = new int[n];
        PathRelation = new ulong[n];
        Depth = new int[n];
        SentenceOf = new int[n];
        var body = article.Text;
        for (var i = 0; i < n; i++)
        {
            var t = text.Tokens[i];
            var s = syntax.Tokens[i];
            var form = body.AsSpan(t.Start, t.End - t.Start);
            Word[i] = FeatureHash.OfLower(form);
            Lemma[i] = FeatureHash.OfLower(s.Lemma ?? "");
            Upos[i] = FeatureHash.Of(s.Upos ?? "");
            Relation[i] = FeatureHash.Of(s.Relation ?? "");
            Shape[i] = t.Kind == TokenKind.Quote ? (byte)3 : form.Length > 0 && char.IsUpper(form[0]) ? (byte)1 : t.Kind == TokenKind.Punctuation ? (byte)2 : (byte)0;
            IsReport[i] = s.Lemma is { } l && verbs.Contains(l) && (s.Upos is "VERB" or "NOUN" or "ADJ" || l == "according");
        }
        for (var si = 0; si < text.Sentences.Count; si++)
        {
            var sentence = text.Sentences[si];
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
                SentenceOf[i] = si;
        }
        foreach (var dateline in Provenance.CreditLineFinder.FindDatelines(body, text))
            Datelines.Add(text.TokensIn(dateline));
        // Inside quotation marks: opened and closed within a paragraph (a quote running on into the next
        // paragraph reopens with its own mark there). Two apostrophes in a row are a double quotation mark
        // (''…'', as some newspapers' feeds write it).
        foreach (var p in text.Paragraphs)
        {
            if (p.SentenceCount == 0)
                continue;
            var first = text.Sentences[p.FirstSentence].FirstToken;
            var last = text.Sentences[p.FirstSentence + p.SentenceCount - 1];
            var end = last.FirstToken + last.TokenCount;
            var open = false;
            for (var i = first; i < end; i++)
            {
                var t = text.Tokens[i];
                if (IsApostrophePair(body, text.Tokens, i, end))
                {
                    // The first of the two reads as a plural possessive after a word in -s ("emails''").
                    open = !open;
                    InQuote[i] = InQuote[++i] = true;
                    continue;
                }
                if (t.Kind != TokenKind.Quote)
                {
                    InQuote[i] = open;
                    continue;
                }
                InQuote[i] = true;
                var c = body[t.Start];
                if (c is '“' or '«')
                    open = true;
                else if (c is '”' or '»')
                    open = false;
                else if (c == '"')
                    open = !open;
            }
        }
        for (var i = 0; i < n; i++)
        {
            ReportAbove[i] = -1;
            var child = i;
            var head = syntax.Tokens[i].Head;
            var depth = 1;
            while (head >= 0 && depth <= 12)
            {
                if (IsReport[head])
                {
                    ReportAbove[i] = head;
                    PathRelation[i] = Relation[child];
                    Depth[i] = depth;
                    break;
                }
                child = head;
                head = syntax.Tokens[head].Head;
                depth++;
            }
        }
    }

    private static bool IsApostrophePair(string body, IReadOnlyList<Token> tokens, int i, int end) =>
        i + 1 < end && tokens[i] is { Kind: TokenKind.Quote or TokenKind.Clitic } a && a.End == a.Start + 1 && body[a.Start] == '\''
        && tokens[i + 1] is { Kind: TokenKind.Quote } b && b.Start == a.End && body[b.Start] == '\'';

    public Article Article { get; }
    public TextLayer Text { get; }
    public SyntaxLayer Syntax { get; }
    public ulong[] Word { get; }
    public ulong[] Lemma { get; }
    public ulong[] Upos { get; }
    public ulong[] Relation { get; }
    public byte[] Shape { get; }
    public bool[] IsReport { get; }
    public bool[] InQuote { get; }
    public int[] ReportAbove { get; }
    public ulong[] PathRelation { get; }
    public int[] Depth { get; }
    public int[] SentenceOf { get; }

    /// <summary>
    /// The tokens of the story's dateline ("New York (AFP) –") and of wire tags opening later paragraphs, found
    /// by the provenance layer's <see cref="Provenance.CreditLineFinder.FindDatelines"/>: the tagger and the
    /// parser both take a dateline's name for its sentence's subject.
    /// </summary>
    public List<(int From, int To)> Datelines { get; } = [];

    /// <summary>The end of the dateline <paramref name="token"/> lies in, or -1.</summary>
    public int DatelineEnd(int token)
    {
        foreach (var (from, to) in Datelines)
        {
            if (token >= from && token < to)
                return to;
        }
        return -1;
    }

    /// <summary>The article's encoder vectors; null in fast mode.</summary>
    public Encoder.TokenVectors? Vectors { get; }

    /// <summary>The length of one token's vector; 0 in fast mode.</summary>
    public int Dimensions => Vectors?.Dimensions ?? 0;

    /// <summary>A token's vector, scaled as the encoder-mode models read it.</summary>
    public ReadOnlySpan<float> VectorOf(int token) => Vectors!.Scaled.Slice(token * Dimensions, Dimensions);
}
