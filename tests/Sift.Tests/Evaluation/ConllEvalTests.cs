using Sift.Evaluation.Conll;
using Sift.Intake;

namespace Sift.Tests.Evaluation;

public class ConllEvalTests
{
    private static string[] T(string tags) => tags.Split(' ');

    [Fact]
    public void Iob1_and_iob2_give_the_same_chunks()
    {
        ConllChunk[] expected = [new(0, 2, "PER"), new(2, 3, "PER"), new(4, 5, "LOC")];
        Assert.Equal(expected, ConllChunks.Extract(T("I-PER I-PER B-PER O I-LOC")));
        Assert.Equal(expected, ConllChunks.Extract(T("B-PER I-PER B-PER O B-LOC")));
        // A type change inside I- tags starts a new chunk.
        Assert.Equal([new ConllChunk(0, 1, "PER"), new ConllChunk(1, 2, "ORG")], ConllChunks.Extract(T("I-PER I-ORG")));
    }

    [Fact]
    public void Scores_entities_as_conlleval_does()
    {
        string[][] gold = [T("I-PER I-PER O I-LOC I-LOC O"), T("I-ORG O I-MISC")];
        string[][] predicted = [T("B-PER I-PER O B-LOC O O"), T("I-ORG O I-PER")];
        var score = ConllEval.Score(gold, predicted);
        // Gold chunks: PER[0,2) LOC[3,5) | ORG[0,1) MISC[2,3) = 4.  Predicted: PER[0,2) LOC[3,4) | ORG[0,1) PER[2,3) = 4.
        // Correct: PER[0,2) and ORG[0,1) = 2 (LOC[3,4) stops early).  P = 2/4, R = 2/4, F1 = 0.5.
        Assert.Equal((2, 4, 4), ((int)score.Overall.PrecisionNumerator, score.Overall.Predicted, score.Overall.Gold));
        Assert.Equal(0.5, score.Overall.F1, 12);
        // PER: correct 1, predicted 2, gold 1 → P 0.5, R 1, F1 2·0.5/1.5 = 0.667.  ORG 1/1/1 → 1.  LOC 0/1/1, MISC 0/0/1 → 0.
        Assert.Equal(2.0 / 3, score.PerType["PER"].F1, 12);
        Assert.Equal(1.0, score.PerType["ORG"].F1, 12);
        Assert.Equal(0.0, score.PerType["LOC"].F1, 12);
        Assert.Equal(0, score.PerType["MISC"].Predicted);
        // Tokens with the whole tag right: I-PER, O, O | I-ORG, O = 5 of 9 (B-PER ≠ I-PER counts as wrong).
        Assert.Equal(5.0 / 9, score.TokenAccuracy, 12);
    }

    [Fact]
    public void Sentence_boundaries_close_chunks()
    {
        // Gold: PER at the end of sentence 1 and PER at the start of sentence 2 are two chunks.
        // Prediction: the same tags → 2 correct of 2.
        string[][] gold = [T("O I-PER"), T("I-PER O")];
        var score = ConllEval.Score(gold, gold);
        Assert.Equal(2, score.Overall.Gold);
        Assert.Equal(1.0, score.Overall.F1);
    }

    [Fact]
    public void A_partial_match_is_a_false_positive_and_a_false_negative()
    {
        // Gold PER[0,2), predicted PER[0,1): correct 0, predicted 1, gold 1 → P = R = F1 = 0.
        var score = ConllEval.Score([T("I-PER I-PER")], [T("I-PER O")]);
        Assert.Equal((0.0, 1, 1), (score.Overall.PrecisionNumerator, score.Overall.Predicted, score.Overall.Gold));
        Assert.Equal(0.0, score.Overall.F1);
    }

    [Fact]
    public void Predictions_file_is_aligned_with_the_gold_file()
    {
        const string gold = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\nPeter NNP I-NP I-PER\n";
        var goldFile = ConllFile.Parse(new StringReader(gold), "gold");
        Assert.Equal((1, 2, 4, 4), (goldFile.Documents, goldFile.Sentences.Count, goldFile.TokenCount, goldFile.ColumnCount));

        // Two columns, no -DOCSTART-: EU B-ORG, rejects O, German O | Peter B-PER.
        var predicted = ConllFile.Parse(new StringReader("EU B-ORG\nrejects O\nGerman O\n\nPeter B-PER\n"), "pred");
        var score = ConllEval.Score(goldFile, predicted);
        // Gold ORG, MISC, PER = 3; predicted ORG, PER = 2, both correct: P = 1, R = 2/3, F1 = 2·(2/3)/(5/3) = 0.8.
        Assert.Equal(0.8, score.Overall.F1, 12);

        var shifted = ConllFile.Parse(new StringReader("EU B-ORG\nrejected O\nGerman O\n\nPeter B-PER\n"), "pred");
        var error = Assert.Throws<InputException>(() => ConllEval.Score(goldFile, shifted));
        Assert.Equal("pred:2: token 'rejected' does not line up with gold token 'rejects' (gold:4)", error.Message);

        var shortSentence = ConllFile.Parse(new StringReader("EU B-ORG\nrejects O\n\nPeter B-PER\n"), "pred");
        error = Assert.Throws<InputException>(() => ConllEval.Score(goldFile, shortSentence));
        Assert.Contains("pred:3: the sentence ends here, but the gold sentence goes on with 'German' (gold:5)", error.Message);
    }

    [Fact]
    public void Conlleval_input_with_gold_and_predicted_columns_scores_alone()
    {
        var file = ConllFile.Parse(new StringReader("EU NNP I-ORG I-ORG\nrejects VBZ O O\nGerman JJ I-MISC O\n"), "eval");
        // Gold ORG, MISC; predicted ORG: P = 1/1, R = 1/2, F1 = 2/3.
        Assert.Equal(2.0 / 3, ConllEval.ScoreGoldAndPredicted(file).Overall.F1, 12);
    }

    [Fact]
    public void Inconsistent_column_counts_are_reported()
    {
        var error = Assert.Throws<InputException>(() => ConllFile.Parse(new StringReader("a O\nb X O\n"), "f"));
        Assert.StartsWith("f:2:", error.Message);
    }

    [Theory]
    [InlineData("train.txt", 946, 14041, 203621, 6600, 7140, 6321, 3438)]
    [InlineData("dev.txt", 216, 3250, 51362, 1842, 1837, 1341, 922)]
    public void Real_files_have_the_readme_counts(string name, int documents, int sentences, int tokens, int per, int loc, int org, int misc)
    {
        var path = Path.Combine(DataLocator.Require("conll2003"), name);
        var file = ConllFile.Read(path);
        Assert.Equal((documents, sentences, tokens), (file.Documents, file.Sentences.Count, file.TokenCount));

        var score = ConllEval.ScoreFiles(path, path);
        Assert.Equal(1.0, score.Overall.F1);
        Assert.Equal((per, loc, org, misc), (score.PerType["PER"].Gold, score.PerType["LOC"].Gold, score.PerType["ORG"].Gold, score.PerType["MISC"].Gold));
        Assert.Equal(per + loc + org + misc, file.Tags(-1).Sum(tags => ConllChunks.Extract(tags).Count));

        // The gold rewritten in IOB2 scores perfectly against the IOB1 gold: the chunks are the same.
        var iob2 = file.Tags(-1).Select(ToIob2).ToList();
        var iob2Score = ConllEval.Score(file.Tags(-1), iob2);
        Assert.Equal(1.0, iob2Score.Overall.F1);
        Assert.True(iob2Score.TokenAccuracy < 1.0);
    }

    private static IReadOnlyList<string> ToIob2(IReadOnlyList<string> tags)
    {
        var result = Enumerable.Repeat("O", tags.Count).ToArray();
        foreach (var chunk in ConllChunks.Extract(tags))
        {
            for (var i = chunk.Start; i < chunk.End; i++)
                result[i] = (i == chunk.Start ? "B-" : "I-") + chunk.Type;
        }
        return result;
    }
}
