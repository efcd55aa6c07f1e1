using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Trains the two-pass tagger. Pass one is trained on train, its epoch chosen on dev. Pass two needs
/// first-pass tags on train as noisy as at run time, so they come from five pass-one models each
/// trained without the fold it tags (jackknifing); its epoch is chosen on dev too. The five fold
/// taggers (both passes, neither having seen its fold) are kept for jackknifing the parser's tags.
/// </summary>
internal static class TaggerTrainer
{
    public const float Prune = 0.05f;
    public const int Folds = 5;
    public const int FoldEpochs = 5;

    public sealed record Result(PosTagger Tagger, PosTagger[] FoldTaggers, int[][] FoldOf);

    public static Result Train(List<TreebankSentence> train, List<TreebankSentence> dev, LabelSet tags, int epochs,
        Action<string> log, Action<string, double>? progress = null)
    {
        var ambiguity = AmbiguityClasses.Learn(train.SelectMany(s => s.Forms.Zip(s.Tags)));
        PosTagger Tagger(Pass first, Pass? second) =>
            new(first.Sparse, second?.Sparse, tags, ambiguity, first.Dense, second?.Dense);
        var first = TrainPass(train, null, tags, ambiguity, epochs,
            m => Accuracy(Tagger(m, null), dev), (e, a) => log($"tagger pass 1 epoch {e}: dev UPOS+XPOS {100 * a:0.00}%"),
            p => progress?.Invoke("tagger pass 1", p));

        // Jackknifed first-pass tags for train, and the fold models that made them.
        var firstTags = new int[train.Count][];
        var foldFirst = new Pass[Folds];
        var folds = new int[Folds][];
        for (var fold = 0; fold < Folds; fold++)
        {
            folds[fold] = Enumerable.Range(0, train.Count).Where(i => i % Folds == fold).ToArray();
            var rest = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).Select(i => train[i]).ToList();
            var f = fold;
            foldFirst[fold] = TrainPass(rest, null, tags, ambiguity, FoldEpochs, null, null, p => progress?.Invoke("tagger folds", (f + p) / Folds));
            var tagger = Tagger(foldFirst[fold], null);
            foreach (var i in folds[fold])
                firstTags[i] = TagAll(tagger, train[i]);
        }
        log($"jackknifed first-pass tags on train: UPOS+XPOS {100 * Agreement(train, firstTags):0.00}%");

        var second = TrainPass(train, firstTags, tags, ambiguity, epochs,
            m => Accuracy(Tagger(first, m), dev), (e, a) => log($"tagger pass 2 epoch {e}: dev UPOS+XPOS {100 * a:0.00}%"),
            p => progress?.Invoke("tagger pass 2", p));

        var foldTaggers = new PosTagger[Folds];
        for (var fold = 0; fold < Folds; fold++)
        {
            var restIndices = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).ToList();
            var f = fold;
            var foldSecond = TrainPass(restIndices.Select(i => train[i]).ToList(), restIndices.Select(i => firstTags[i]).ToArray(), tags, ambiguity,
                FoldEpochs, null, null, p => progress?.Invoke("tagger folds pass 2", (f + p) / Folds));
            foldTaggers[fold] = Tagger(foldFirst[fold], foldSecond);
        }
        return new Result(Tagger(first, second), foldTaggers, folds);
    }

    /// <summary>One pass's weights: sparse, and dense over the encoder vectors in encoder mode.</summary>
    private readonly record struct Pass(LinearModel Sparse, DenseLinearModel? Dense);

    /// <summary>
    /// One pass's model: with <paramref name="select"/>, the epoch it scores best; without, the last.
    /// <paramref name="firstTags"/> (aligned with <paramref name="train"/>) makes it a second pass.
    /// Sentences with <see cref="TreebankSentence.Vectors"/> make it an encoder-mode pass.
    /// </summary>
    private static Pass TrainPass(List<TreebankSentence> train, int[][]? firstTags, LabelSet tags, AmbiguityClasses ambiguity, int epochs,
        Func<Pass, double>? select, Action<int, double>? report, Action<double>? progress)
    {
        var perceptron = new AveragedPerceptron(tags.Count);
        var dense = train[0].Vectors is { } v0 ? new DensePerceptron(tags.Count, v0.Length / train[0].Forms.Length) : null;
        var hashes = new WordHashes();
        var features = new FeatureBuffer(64);
        var scores = new float[tags.Count];
        var random = new Random(20260101);
        Pass? best = null;
        var bestScore = double.NegativeInfinity;
        var guessed = new int[256];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = Treebank.Shuffled(train.Count, random);
            for (var k = 0; k < order.Length; k++)
            {
                var s = train[order[k]];
                hashes.Fill(s.Forms);
                if (guessed.Length < s.Forms.Length)
                    guessed = new int[s.Forms.Length * 2];
                for (var i = 0; i < s.Forms.Length; i++)
                {
                    if (firstTags is null)
                        TaggerFeatures.Extract(hashes, ambiguity, guessed, i, features);
                    else
                        TaggerFeatures.ExtractSecond(hashes, ambiguity, guessed, firstTags[order[k]], i, features);
                    perceptron.Score(features.Items, scores);
                    var input = dense is null ? default : s.Vectors.AsSpan(i * dense.Dimensions, dense.Dimensions);
                    dense?.AddScores(input, scores);
                    var guess = LinearModel.ArgMax(scores);
                    perceptron.Update(features.Items, s.Tags[i], guess);
                    perceptron.Tick();
                    dense?.Update(input, s.Tags[i], guess);
                    dense?.Tick();
                    guessed[i] = guess;
                }
                if ((k & 511) == 0)
                    progress?.Invoke((epoch - 1 + (double)k / order.Length) / epochs);
            }
            if (select is null)
                continue;
            var model = new Pass(perceptron.Freeze(Prune), dense?.Freeze());
            var score = select(model);
            report?.Invoke(epoch, score);
            if (score > bestScore)
            {
                bestScore = score;
                best = model;
            }
        }
        return best ?? new Pass(perceptron.Freeze(Prune), dense?.Freeze());
    }

    private static int[] TagAll(PosTagger tagger, TreebankSentence sentence)
    {
        var tags = new int[sentence.Forms.Length];
        tagger.Tag(sentence.Forms, tags, sentence.Vectors);
        return tags;
    }

    private static double Agreement(List<TreebankSentence> sentences, int[][] predicted)
    {
        long correct = 0, total = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            for (var i = 0; i < predicted[k].Length; i++)
            {
                if (predicted[k][i] == sentences[k].Tags[i]) correct++;
                total++;
            }
        }
        return (double)correct / total;
    }

    public static double Accuracy(PosTagger tagger, List<TreebankSentence> sentences)
    {
        int correct = 0, total = 0;
        var tags = new int[256];
        foreach (var s in sentences)
        {
            if (tags.Length < s.Forms.Length)
                tags = new int[s.Forms.Length * 2];
            tagger.Tag(s.Forms, tags, s.Vectors);
            for (var i = 0; i < s.Forms.Length; i++)
            {
                if (tags[i] == s.Tags[i]) correct++;
                total++;
            }
        }
        return (double)correct / total;
    }
}
