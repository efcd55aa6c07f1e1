using Sift.Model;

namespace Sift.Syntax;

/// <summary>Adds the syntax layer: each sentence's Sift tokens are the parser's words.</summary>
public sealed class SyntaxAnalyzer(SyntaxModels models)
{
    [ThreadStatic] private static SentenceSyntax? t_sentence;

    /// <summary>Whether the models read the article's encoder vectors (pass them to <see cref="Analyze"/>).</summary>
    public bool UsesEncoder => models.UsesEncoder;

    /// <summary>
    /// The syntax layer alone, encoding the article here when the models need it: for callers (the
    /// evaluations) with no other stage to share the encoder pass with.
    /// </summary>
    public SyntaxLayer AnalyzeAlone(Article article, TextLayer text) =>
        Analyze(article, text, UsesEncoder ? Encoder.SentenceEncoder.Shared.Encode(article, text) : null);

    /// <param name="vectors">the article's encoder vectors, one row per token; needed when <see cref="UsesEncoder"/></param>
    public SyntaxLayer Analyze(Article article, TextLayer text, Encoder.TokenVectors? vectors = null)
    {
        if (models.UsesEncoder && vectors is null)
            throw new ArgumentException("these syntax models read encoder vectors; pass the article's", nameof(vectors));
        var result = new TokenSyntax[text.Tokens.Count];
        var syntax = t_sentence ??= new SentenceSyntax();
        var forms = Array.Empty<string>();
        foreach (var sentence in text.Sentences)
        {
            var n = sentence.TokenCount;
            if (n == 0)
                continue;
            if (forms.Length != n)
                forms = new string[n];
            var tokens = text.TokensOf(sentence);
            for (var i = 0; i < n; i++)
                forms[i] = article.Text[tokens[i].Start..tokens[i].End];
            models.Analyze(forms, syntax, models.UsesEncoder ? vectors!.Scaled.Slice(sentence.FirstToken * vectors.Dimensions, n * vectors.Dimensions) : default);
            for (var i = 0; i < n; i++)
            {
                var head = syntax.Heads[i] == 0 ? -1 : sentence.FirstToken + syntax.Heads[i] - 1;
                result[sentence.FirstToken + i] = new TokenSyntax(syntax.Upos[i], syntax.Xpos[i], syntax.Lemmas[i], head, syntax.Relations[i]);
            }
        }
        return new SyntaxLayer(result);
    }
}
