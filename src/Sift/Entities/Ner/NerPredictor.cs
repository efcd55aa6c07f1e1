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
            var labelled = recognizer.Recognize(forms);
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
