using Sift.Model;

namespace Sift.Syntax;

/// <summary>Adds the syntax layer: each sentence's Sift tokens are the parser's words.</summary>
public sealed class SyntaxAnalyzer(SyntaxModels models)
{
    [ThreadStatic] private static SentenceSyntax? t_sentence;

    public SyntaxLayer Analyze(Article article, TextLayer text)
    {
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
            models.Analyze(forms, syntax);
            for (var i = 0; i < n; i++)
            {
                var head = syntax.Heads[i] == 0 ? -1 : sentence.FirstToken + syntax.Heads[i] - 1;
                result[sentence.FirstToken + i] = new TokenSyntax(syntax.Upos[i], syntax.Xpos[i], syntax.Lemmas[i], head, syntax.Relations[i]);
            }
        }
        return new SyntaxLayer(result);
    }
}
