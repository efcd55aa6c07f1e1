using Sift.Intake;

namespace Sift.Evaluation.Conll;

/// <summary>What conlleval reports: entity-level figures overall and per type, and token accuracy.</summary>
public sealed record ConllScore(PrecisionRecall Overall, IReadOnlyDictionary<string, PrecisionRecall> PerType, int Tokens, int CorrectTokens)
{
    /// <summary>Share of tokens whose whole tag is right, O tokens included. Informational, not the official score.</summary>
    public double TokenAccuracy => Tokens > 0 ? (double)CorrectTokens / Tokens : 0;

    public override string ToString() => $"F1={Overall.F1:F4} P={Overall.Precision:F4} R={Overall.Recall:F4} (gold {Overall.Gold}, predicted {Overall.Predicted})";
}

/// <summary>
/// The CoNLL-2003 metric, computed as the conlleval script does: tags become chunks with conlleval's
/// start and end rules (so IOB1 and IOB2 give the same chunks), sentence boundaries close chunks,
/// and a predicted chunk is correct only with exactly the gold chunk's first token, last token and type.
/// Token accuracy counts sentence tokens only; conlleval would also count the -DOCSTART- lines it is fed.
/// </summary>
public static class ConllEval
{
    /// <summary>Scores tag sequences, sentence by sentence. Each predicted sentence must be as long as its gold one.</summary>
    public static ConllScore Score(IEnumerable<IReadOnlyList<string>> goldSentences, IEnumerable<IReadOnlyList<string>> predictedSentences)
    {
        var counter = new ConllEvalCounter();
        using var predicted = predictedSentences.GetEnumerator();
        var index = 0;
        foreach (var gold in goldSentences)
        {
            if (!predicted.MoveNext())
                throw new ArgumentException($"predictions end before gold sentence {index}");
            if (predicted.Current.Count != gold.Count)
                throw new ArgumentException($"sentence {index}: {predicted.Current.Count} predicted tags for {gold.Count} gold tags");
            for (var i = 0; i < gold.Count; i++)
                counter.Add(gold[i], predicted.Current[i]);
            counter.EndSentence();
            index++;
        }
        if (predicted.MoveNext())
            throw new ArgumentException($"predictions have more sentences than the {index} of the gold");
        return counter.Result();
    }

    /// <summary>
    /// Scores a predictions file (the CoNLL layout, predicted tag in the last column) against a gold file
    /// (NER tag in the last column). Sentences and tokens must line up; -DOCSTART- lines may be left out.
    /// </summary>
    public static ConllScore Score(ConllFile gold, ConllFile predicted)
    {
        CheckAligned(gold, predicted);
        return Score(gold.Tags(-1), predicted.Tags(-1));
    }

    public static ConllScore ScoreFiles(string goldPath, string predictedPath) =>
        Score(ConllFile.Read(goldPath), ConllFile.Read(predictedPath));

    /// <summary>Scores conlleval's own input: each line <c>token … gold predicted</c>, the last two columns being the tags.</summary>
    public static ConllScore ScoreGoldAndPredicted(ConllFile file)
    {
        if (file.ColumnCount < 3)
            throw new InputException(file.Source, $"expected at least 3 columns (token … gold predicted), found {file.ColumnCount}");
        return Score(file.Tags(-2), file.Tags(-1));
    }

    public static ConllScore ScoreGoldAndPredicted(string path) => ScoreGoldAndPredicted(ConllFile.Read(path));

    private static void CheckAligned(ConllFile gold, ConllFile predicted)
    {
        var count = Math.Min(gold.Sentences.Count, predicted.Sentences.Count);
        for (var s = 0; s < count; s++)
        {
            var g = gold.Sentences[s].Tokens;
            var p = predicted.Sentences[s].Tokens;
            for (var t = 0; t < Math.Min(g.Count, p.Count); t++)
            {
                if (g[t].Word != p[t].Word)
                    throw new InputException($"{predicted.Source}:{p[t].Line}",
                        $"token '{p[t].Word}' does not line up with gold token '{g[t].Word}' ({gold.Source}:{g[t].Line})");
            }
            if (p.Count < g.Count)
                throw new InputException($"{predicted.Source}:{p[^1].Line + 1}",
                    $"the sentence ends here, but the gold sentence goes on with '{g[p.Count].Word}' ({gold.Source}:{g[p.Count].Line})");
            if (p.Count > g.Count)
                throw new InputException($"{predicted.Source}:{p[g.Count].Line}",
                    $"token '{p[g.Count].Word}' is past the end of the gold sentence ({gold.Source}:{g[^1].Line})");
        }
        if (predicted.Sentences.Count < gold.Sentences.Count)
            throw new InputException(predicted.Source,
                $"the predictions end after {count} sentences, but the gold goes on ({gold.Source}:{gold.Sentences[count].Tokens[0].Line})");
        if (predicted.Sentences.Count > gold.Sentences.Count)
            throw new InputException($"{predicted.Source}:{predicted.Sentences[count].Tokens[0].Line}",
                $"this sentence is past the end of the gold ({gold.Sentences.Count} sentences)");
    }
}
