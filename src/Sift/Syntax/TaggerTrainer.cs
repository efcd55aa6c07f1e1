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
        var gate = new object();
        void Log(string line)
        {
            lock (gate)
                log(line);
        }

        // Pass one, and beside it the fold models that give train jackknifed first-pass tags.
        var folds = new int[Folds][];
        for (var fold = 0; fold < Folds; fold++)
            folds[fold] = Enumerable.Range(0, train.Count).Where(i => i % Folds == fold).ToArray();
        int[] RestOf(int fold) => [.. Enumerable.Range(0, train.Count).Where(i => i % Folds != fold)];
        var first = default(Pass);
        var firstTags = new int[train.Count][];
        var foldFirst = new Pass[Folds];
        SideBySide("tagger pass 1 and folds", gate, progress, (job, report) =>
        {
            if (job == Folds)
            {
                first = TrainPass(train, null, tags, ambiguity, epochs,
                    m => Accuracy(Tagger(m, null), dev), (e, a) => Log($"tagger pass 1 epoch {e}: dev UPOS+XPOS {100 * a:0.00}%"), report);
                return;
            }
            foldFirst[job] = TrainPass(RestOf(job).Select(i => train[i]).ToList(), null, tags, ambiguity, FoldEpochs, null, null, report);
            var tagger = Tagger(foldFirst[job], null);
            foreach (var i in folds[job])
                firstTags[i] = TagAll(tagger, train[i]);
        });
        log($"jackknifed first-pass tags on train: UPOS+XPOS {100 * Agreement(train, firstTags):0.00}%");

        // Pass two, and beside it the second passes of the fold models (kept for jackknifing the parser's tags).
        var second = default(Pass);
        var foldTaggers = new PosTagger[Folds];
        SideBySide("tagger pass 2 and folds", gate, progress, (job, report) =>
        {
            if (job == Folds)
            {
                second = TrainPass(train, firstTags, tags, ambiguity, epochs,
                    m => Accuracy(Tagger(first, m), dev), (e, a) => Log($"tagger pass 2 epoch {e}: dev UPOS+XPOS {100 * a:0.00}%"), report);
                return;
            }
            var rest = RestOf(job);
            var foldSecond = TrainPass(rest.Select(i => train[i]).ToList(), rest.Select(i => firstTags[i]).ToArray(), tags, ambiguity,
                FoldEpochs, null, null, report);
            foldTaggers[job] = Tagger(foldFirst[job], foldSecond);
        });
        return new Result(Tagger(first, second), foldTaggers, folds);
    }

    /// <summary>
    /// Runs the five fold jobs and the main pass (job <see cref="Folds"/>, started first: it is the
    /// longest) on every core. Each job is deterministic on its own, so the models do not depend on
    /// how the threads interleave.
    /// </summary>
    private static void SideBySide(string stage, object gate, Action<string, double>? progress, Action<int, Action<double>> job)
    {
        var done = new double[Folds + 1];
        int[] order = [Folds, .. Enumerable.Range(0, Folds)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering), options,
            j => job(j, p =>
            {
                lock (gate)
                {
                    done[j] = p;
                    progress?.Invoke(stage, done.Average());
                }
            }));
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
