using Sift.Evaluation.Conllu;
using Sift.Text;

namespace Sift.Syntax;

/// <summary>
/// Runs the syntax models over a CoNLL-U file's sentences and returns system CoNLL-U for the
/// scorer: either over the gold words, or over Sift's own tokens of each sentence's "# text".
/// </summary>
public static class SyntaxPredictor
{
    public static List<ConlluSentence> Predict(IReadOnlyList<ConlluSentence> gold, SyntaxModels models, bool siftTokenization)
    {
        var result = new List<ConlluSentence>(gold.Count);
        var syntax = new SentenceSyntax();
        foreach (var sentence in gold)
        {
            string[] forms;
            IReadOnlyList<ConlluMultiwordToken> mwts;
            if (siftTokenization)
            {
                var text = sentence.Text ?? throw new Intake.InputException(sentence.Id ?? "a sentence", "has no '# text' line to tokenize");
                var tokens = Tokenizer.Tokenize(text);
                forms = new string[tokens.Count];
                for (var i = 0; i < forms.Length; i++)
                    forms[i] = text[tokens[i].Start..tokens[i].End];
                mwts = [];
            }
            else
            {
                forms = new string[sentence.Words.Count];
                for (var i = 0; i < forms.Length; i++)
                    forms[i] = sentence.Words[i].Form;
                mwts = sentence.MultiwordTokens;
            }
            result.Add(new ConlluSentence(sentence.Id, sentence.Text, Annotate(forms, models, syntax), mwts, sentence.StartsDocument, sentence.StartsParagraph));
        }
        return result;
    }

    /// <summary>The CoNLL-U words of one analysed sentence.</summary>
    public static List<ConlluWord> Annotate(string[] forms, SyntaxModels models, SentenceSyntax syntax)
    {
        var words = new List<ConlluWord>(forms.Length);
        if (forms.Length == 0)
            return words;
        models.Analyze(forms, syntax);
        for (var i = 0; i < forms.Length; i++)
            words.Add(new ConlluWord(i + 1, forms[i], syntax.Lemmas[i], syntax.Upos[i], syntax.Xpos[i], "_", syntax.Heads[i], syntax.Relations[i], "_"));
        return words;
    }
}
