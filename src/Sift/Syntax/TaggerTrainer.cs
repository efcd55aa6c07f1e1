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
        var first = TrainPass(train, null, tags, ambiguity, epochs,
            m => Accuracy(new PosTagger(m, null, tags, ambiguity), dev), (e, a) => log($"tagger pass 1 epoch {e}: dev UPOS+XPOS {100 * a:0.00}%"),
            p => progress?.Invoke("tagger pass 1", p));

        // Jackknifed first-pass tags for train, and the fold models that made them.
        var firstTags = new int[train.Count][];
        var foldFirst = new LinearModel[Folds];
        var folds = new int[Folds][];
        for (var fold = 0; fold < Folds; fold++)
        {
            folds[fold] = Enumerable.Range(0, train.Count).Where(i => i % Folds == fold).ToArray();
            var rest = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).Select(i => train[i]).ToList();
            var f = fold;
            foldFirst[fold] = TrainPass(rest, null, tags, ambiguity, FoldEpochs, null, null, p => progress?.Invoke("tagger folds", (f + p) / Folds));
            var tagger = new PosTagger(foldFirst[fold], null, tags, ambiguity);
            foreach (var i in folds[fold])
                firstTags[i] = TagAll(tagger, train[i].Forms);
        }
        log($"jackknifed first-pass tags on train: UPOS+XPOS {100 * Agreement(train, firstTags):0.00}%");

        var devFirst = new PosTagger(first, null, tags, ambiguity);
        var devFirstTags = dev.Select(s => TagAll(devFirst, s.Forms)).ToArray();
        var second = TrainPass(train, firstTags, tags, ambiguity, epochs,
            m => Accuracy(new PosTagger(first, m, tags, ambiguity), dev), (e, a) => log($"tagger pass 2 epoch {e}: dev UPOS+XPOS {100 * a:0.00}%"),
            p => progress?.Invoke("tagger pass 2", p));

        var foldTaggers = new PosTagger[Folds];
        for (var fold = 0; fold < Folds; fold++)
        {
            var restIndices = Enumerable.Range(0, train.Count).Where(i => i % Folds != fold).ToList();
            var f = fold;
            var foldSecond = TrainPass(restIndices.Select(i => train[i]).ToList(), restIndices.Select(i => firstTags[i]).ToArray(), tags, ambiguity,
                FoldEpochs, null, null, p => progress?.Invoke("tagger folds pass 2", (f + p) / Folds));
            foldTaggers[fold] = new PosTagger(foldFirst[fold], foldSecond, tags, ambiguity);
        }
        return new Result(new PosTagger(first, second, tags, ambiguity), foldTaggers, folds);
    }

    /// <summary>
    /// One pass's model: with <paramref name="select"/>, the epoch it scores best; without, the last.
    /// <paramref name="firstTags"/> (aligned with <paramref name="train"/>) makes it a second pass.
    /// </summary>
    private static LinearModel TrainPass(List<TreebankSentence> train, int[][]? firstTags, LabelSet tags, AmbiguityClasses ambiguity, int epochs,
        Func<LinearModel, double>? select, Action<int, double>? report, Action<double>? progress)
    {
        var perceptron = new AveragedPerceptron(tags.Count);
        var hashes = new WordHashes();
        var features = new FeatureBuffer(64);
        var scores = new float[tags.Count];
        var random = new Random(20260101);
        LinearModel? best = null;
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
                    var guess = LinearModel.ArgMax(scores);
                    perceptron.Update(features.Items, s.Tags[i], guess);
                    perceptron.Tick();
                    guessed[i] = guess;
                }
                if ((k & 511) == 0)
                    progress?.Invoke((epoch - 1 + (double)k / order.Length) / epochs);
            }
            if (select is null)
                continue;
            var model = perceptron.Freeze(Prune);
            var score = select(model);
            report?.Invoke(epoch, score);
            if (score > bestScore)
            {
                bestScore = score;
                best = model;
            }
        }
        return best ?? perceptron.Freeze(Prune);
    }

    private static int[] TagAll(PosTagger tagger, string[] forms)
    {
        var tags = new int[forms.Length];
        tagger.Tag(forms, tags);
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
            tagger.Tag(s.Forms, tags);
            for (var i = 0; i < s.Forms.Length; i++)
            {
                if (tags[i] == s.Tags[i]) correct++;
                total++;
            }
        }
        return (double)correct / total;
    }
}
