using Sift.Evaluation.Conllu;
using Sift.Learning;
using Sift.Text;

namespace Sift.Syntax;

/// <summary>
/// Runs the syntax models over a CoNLL-U file's sentences and returns system CoNLL-U for the
/// scorer: either over the gold words, or over Sift's own tokens of each sentence's "# text".
/// </summary>
public static class SyntaxPredictor
{
    /// <summary>Sentences per encoder call in encoder mode, so the encoder batches them.</summary>
    private const int EncoderChunk = 64;

    /// <param name="words">the sentence encoder, for models that read its vectors (see <see cref="SyntaxModels.UsesEncoder"/>)</param>
    public static List<ConlluSentence> Predict(IReadOnlyList<ConlluSentence> gold, SyntaxModels models, bool siftTokenization, IWordEncoder? words = null)
    {
        if (models.UsesEncoder && words is null)
            throw new ArgumentException("these syntax models read encoder vectors; pass the encoder", nameof(words));
        var result = new List<ConlluSentence>(gold.Count);
        var syntax = new SentenceSyntax();
        var forms = new string[gold.Count][];
        var mwts = new IReadOnlyList<ConlluMultiwordToken>[gold.Count];
        for (var k = 0; k < gold.Count; k++)
            (forms[k], mwts[k]) = Words(gold[k], siftTokenization);
        List<float[]>? vectors = null;
        for (var k = 0; k < gold.Count; k++)
        {
            if (models.UsesEncoder && k % EncoderChunk == 0)
                vectors = words!.EncodeSentences(forms.AsSpan(k, Math.Min(EncoderChunk, gold.Count - k)).ToArray());
            var sentence = gold[k];
            var annotated = Annotate(forms[k], models, syntax, vectors is null ? default : vectors[k % EncoderChunk]);
            result.Add(new ConlluSentence(sentence.Id, sentence.Text, annotated, mwts[k], sentence.StartsDocument, sentence.StartsParagraph));
        }
        return result;
    }

    private static (string[] Forms, IReadOnlyList<ConlluMultiwordToken> Mwts) Words(ConlluSentence sentence, bool siftTokenization)
    {
        if (!siftTokenization)
        {
            var gold = new string[sentence.Words.Count];
            for (var i = 0; i < gold.Length; i++)
                gold[i] = sentence.Words[i].Form;
            return (gold, sentence.MultiwordTokens);
        }
        var text = sentence.Text ?? throw new Intake.InputException(sentence.Id ?? "a sentence", "has no '# text' line to tokenize");
        var tokens = Tokenizer.Tokenize(text);
        var forms = new string[tokens.Count];
        for (var i = 0; i < forms.Length; i++)
            forms[i] = text[tokens[i].Start..tokens[i].End];
        return (forms, []);
    }

    /// <summary>The CoNLL-U words of one analysed sentence.</summary>
    public static List<ConlluWord> Annotate(string[] forms, SyntaxModels models, SentenceSyntax syntax, ReadOnlySpan<float> vectors = default)
    {
        var words = new List<ConlluWord>(forms.Length);
        if (forms.Length == 0)
            return words;
        models.Analyze(forms, syntax, vectors);
        for (var i = 0; i < forms.Length; i++)
            words.Add(new ConlluWord(i + 1, forms[i], syntax.Lemmas[i], syntax.Upos[i], syntax.Xpos[i], "_", syntax.Heads[i], syntax.Relations[i], "_"));
        return words;
    }
}
