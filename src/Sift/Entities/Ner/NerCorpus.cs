namespace Sift.Entities.Ner;

/// <summary>A sentence of a NER corpus: its words and their gold BILOU labels.</summary>
public sealed record NerSentence(string[] Forms, int[] Labels);

/// <summary>A document of a NER corpus (CoNLL-2003 separates them with -DOCSTART- lines).</summary>
public sealed record NerDocument(List<NerSentence> Sentences);

/// <summary>
/// Reads a CoNLL-2003 file (word, POS, chunk, NER tag per line; IOB1 or IOB2 tags) into documents of
/// sentences with BILOU labels. Only the first and last columns are used: at run time Sift has its own
/// tokens and no chunker.
/// </summary>
public static class NerCorpus
{
    public static List<NerDocument> Read(string path)
    {
        var documents = new List<NerDocument>();
        var sentences = new List<NerSentence>();
        var forms = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                if (sentences.Count > 0)
                    documents.Add(new NerDocument(sentences));
                sentences = [];
                continue;
            }
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }
            var first = line.IndexOf(' ');
            var last = line.LastIndexOf(' ');
            if (first <= 0)
                throw new Intake.InputException(path, $"not a CoNLL-2003 line: \"{line}\"");
            forms.Add(line[..first]);
            tags.Add(line[(last + 1)..]);
        }
        EndSentence();
        if (sentences.Count > 0)
            documents.Add(new NerDocument(sentences));
        return documents;

        void EndSentence()
        {
            if (forms.Count == 0)
                return;
            sentences.Add(new NerSentence([.. forms], NerLabels.Encode(forms.Count, Spans(tags))));
            forms.Clear();
            tags.Clear();
        }
    }

    /// <summary>Entity spans from IOB1 or IOB2 tags: a span starts at B-, or at I- after O or another type.</summary>
    public static List<(int Start, int End, int Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var t = tag.Length > 2 ? NerLabels.TypeIndex(tag[2..]) : -1;
            var begins = t >= 0 && (tag[0] == 'B' || t != type);
            if (start >= 0 && (t < 0 || begins))
            {
                spans.Add((start, i, type));
                start = -1;
                type = -1;
            }
            if (begins)
            {
                start = i;
                type = t;
            }
        }
        return spans;
    }
}
