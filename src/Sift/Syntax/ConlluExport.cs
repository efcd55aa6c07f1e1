using Sift.Evaluation.Conllu;
using Sift.Model;

namespace Sift.Syntax;

/// <summary>Writes an analysis's syntax layer as CoNLL-U, one block per sentence, Sift tokens as words.</summary>
public static class ConlluExport
{
    public static void Write(TextWriter writer, Analysis analysis)
    {
        if (analysis.Syntax is not { } syntax)
            throw new InvalidOperationException("the analysis has no syntax layer");
        var text = analysis.Article.Text;
        var layer = analysis.Text;
        writer.Write($"# newdoc id = {OneLine(analysis.Article.Source)}\n");
        var sentences = new List<ConlluSentence>(layer.Sentences.Count);
        for (var s = 0; s < layer.Sentences.Count; s++)
        {
            var sentence = layer.Sentences[s];
            var tokens = layer.TokensOf(sentence);
            var words = new List<ConlluWord>(tokens.Length);
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                var y = syntax.Tokens[sentence.FirstToken + i];
                var head = y.Head < 0 ? 0 : y.Head - sentence.FirstToken + 1;
                var spaceAfter = i + 1 < tokens.Length && tokens[i + 1].Start == t.End ? "SpaceAfter=No" : "_";
                words.Add(new ConlluWord(i + 1, text[t.Start..t.End], y.Lemma, y.Upos, y.Xpos, "_", head, y.Relation, spaceAfter));
            }
            if (words.Count > 0)
                sentences.Add(new ConlluSentence($"{s + 1}", OneLine(text[sentence.Start..sentence.End]), words, [], s == 0, false));
        }
        ConlluFile.Write(writer, sentences);
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Replace('\t', ' ');
}
