using Sift.Learning;
using Sift.Evaluation.Conll;

namespace Sift.Entities.Ner;

/// <summary>Runs the recognizer over a CoNLL-2003 file, document by document, and returns IOB2 tags sentence by sentence.</summary>
public static class NerPredictor
{
    /// <param name="words">The sentence encoder, for a recognizer that reads its vectors (encoded a document at a time).</param>
    public static List<string[]> Predict(ConllFile gold, EntityRecognizer recognizer, Learning.IWordEncoder? words = null)
    {
        if (recognizer.UsesEncoder && words is null)
            throw new ArgumentException("this recognizer reads encoder vectors; pass the encoder", nameof(words));
        var result = new List<string[]>(gold.Sentences.Count);
        var start = 0;
        while (start < gold.Sentences.Count)
        {
            var end = start;
            while (end < gold.Sentences.Count && gold.Sentences[end].Document == gold.Sentences[start].Document)
                end++;
            var forms = new List<string[]>(end - start);
            for (var s = start; s < end; s++)
                forms.Add(gold.Sentences[s].Tokens.Select(t => t.Word).ToArray());
            var vectors = recognizer.UsesEncoder ? words!.EncodeSentences(forms) : null;
            var labelled = recognizer.Recognize(forms, vectors);
            for (var k = 0; k < labelled.Length; k++)
                result.Add(ToIob2(forms[k].Length, NameSpans.Repair(forms[k], NerLabels.Decode(labelled[k]))));
            start = end;
        }
        return result;
    }

    public static string[] ToIob2(int length, List<(int Start, int End, int Type)> spans)
    {
        var tags = new string[length];
        tags.AsSpan().Fill("O");
        foreach (var (start, end, type) in spans)
        {
            tags[start] = "B-" + NerLabels.Types[type];
            for (var i = start + 1; i < end; i++)
                tags[i] = "I-" + NerLabels.Types[type];
        }
        return tags;
    }
}
