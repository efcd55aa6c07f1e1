using Sift.Evaluation.Conllu;
using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// One gold sentence prepared for training: forms, joint tags, lemmas, heads (0 = root) and relations;
/// for encoder-mode training also its words' normalized encoder vectors, one after another.
/// </summary>
internal sealed record TreebankSentence(string[] Forms, int[] Tags, string[] Lemmas, int[] Heads, int[] Relations)
{
    public float[]? Vectors { get; set; }
}

/// <summary>Turns CoNLL-U sentences into training sentences, interning tags and relations.</summary>
internal static class Treebank
{
    public static List<TreebankSentence> Prepare(IReadOnlyList<ConlluSentence> sentences, LabelSet tags, LabelSet relations)
    {
        var result = new List<TreebankSentence>(sentences.Count);
        foreach (var s in sentences)
        {
            var n = s.Words.Count;
            var forms = new string[n];
            var t = new int[n];
            var lemmas = new string[n];
            var heads = new int[n];
            var rels = new int[n];
            for (var i = 0; i < n; i++)
            {
                var w = s.Words[i];
                forms[i] = w.Form;
                t[i] = tags.Intern(TagLabel.Join(w.Upos, w.Xpos));
                lemmas[i] = w.Lemma;
                heads[i] = Math.Max(0, w.Head);
                rels[i] = relations.Intern(w.Deprel);
            }
            result.Add(new TreebankSentence(forms, t, lemmas, heads, rels));
        }
        return result;
    }

    /// <summary>A fixed-seed Fisher–Yates shuffle of indices, the same on every run.</summary>
    public static int[] Shuffled(int count, Random random)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
            order[i] = i;
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
