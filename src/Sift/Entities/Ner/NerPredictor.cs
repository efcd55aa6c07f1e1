using Sift.Evaluation.Conll;

namespace Sift.Entities.Ner;

/// <summary>Runs the recognizer over a CoNLL-2003 file, document by document, and returns IOB2 tags sentence by sentence.</summary>
public static class NerPredictor
{
    public static List<string[]> Predict(ConllFile gold, EntityRecognizer recognizer)
    {
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
            foreach (var labels in recognizer.Recognize(forms))
                result.Add(ToIob2(labels));
            start = end;
        }
        return result;
    }

    public static string[] ToIob2(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        tags.AsSpan().Fill("O");
        foreach (var (start, end, type) in NerLabels.Decode(labels))
        {
            tags[start] = "B-" + NerLabels.Types[type];
            for (var i = start + 1; i < end; i++)
                tags[i] = "I-" + NerLabels.Types[type];
        }
        return tags;
    }
}
