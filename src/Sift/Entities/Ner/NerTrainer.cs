using System.Diagnostics;
using Sift.Learning;
using Sift.Syntax;

namespace Sift.Entities.Ner;

/// <summary>What `sift train ner` may change: the data, where the model goes, epochs to try (the best on dev is kept).</summary>
public sealed record NerTrainingOptions(string TrainPath, string DevPath, string OutputPath, int Epochs = 12, int Folds = 5);

/// <summary>
/// Trains the fast recognizer on CoNLL-2003 train and chooses each pass's epoch on dev. Pass two
/// needs pass-one labels on train as noisy as at run time, so they come from fold models that never
/// saw the documents they label (jackknifing). Deterministic: fixed-seed shuffles, no threads.
/// </summary>
public static class NerTrainer
{
    public const float Prune = 0.05f;

    /// <param name="encoder">
    /// For encoder mode: the sentence encoder's word vectors of one sentence's words (words × dimensions);
    /// without it the fast, encoder-free model is trained.
    /// </param>
    public static EntityRecognizer Train(NerTrainingOptions options, NameLists lists, Action<string> log, Action<string, double>? progress = null,
        IWordEncoder? encoder = null)
    {
        var clock = Stopwatch.StartNew();
        var train = NerCorpus.Read(options.TrainPath);
        var dev = NerCorpus.Read(options.DevPath);
        log($"read {train.Count:N0} train documents ({train.Sum(d => d.Sentences.Count):N0} sentences) and {dev.Count:N0} dev documents; name lists: {lists.Count:N0} entries");
        float[][][]? trainVectors = null, devVectors = null;
        var dimensions = encoder?.Dimensions ?? 0;
        if (encoder is not null)
        {
            trainVectors = Encode(train, encoder, p => progress?.Invoke("encoding train", p));
            devVectors = Encode(dev, encoder, p => progress?.Invoke("encoding dev", p));
            log($"encoded train and dev ({clock.Elapsed:mm\\:ss})");
        }

        var (first, firstDense, firstEpochs) = TrainPass(train, trainVectors, dimensions, null, lists, options.Epochs,
            (m, d) => F1(new EntityRecognizer(m, null, lists, d), dev, devVectors), (e, f1) => log($"pass 1 epoch {e}: dev F1 {100 * f1:0.00}"),
            p => progress?.Invoke("pass 1", p));

        // Jackknifed pass-one labels for train: each fold labelled by a model trained on the others.
        var firstLabels = new int[train.Count][][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var rest = new List<NerDocument>();
            for (var d = 0; d < train.Count; d++)
            {
                if (d % options.Folds != fold)
                    rest.Add(train[d]);
            }
            var restVectors = trainVectors?.Where((_, d) => d % options.Folds != fold).ToArray();
            var f = fold;
            var (model, dense, _) = TrainPass(rest, restVectors, dimensions, null, lists, firstEpochs, null, null, p => progress?.Invoke("folds", (f + p) / options.Folds));
            var recognizer = new EntityRecognizer(model, null, lists, dense);
            for (var d = fold; d < train.Count; d += options.Folds)
                firstLabels[d] = recognizer.Recognize(train[d].Sentences.Select(s => s.Forms).ToList(), trainVectors?[d]);
        }
        log($"jackknifed pass-1 labels on train ({options.Folds} folds of {firstEpochs} epochs): F1 {100 * F1(train, firstLabels):0.00}");

        var (second, secondDense, _) = TrainPass(train, trainVectors, dimensions, firstLabels, lists, options.Epochs,
            (m, d) => F1(new EntityRecognizer(first, m, lists, firstDense, d), dev, devVectors), (e, f1) => log($"pass 2 epoch {e}: dev F1 {100 * f1:0.00}"),
            p => progress?.Invoke("pass 2", p));
        var result = new EntityRecognizer(first, second, lists, firstDense, secondDense);
        log($"trained in {clock.Elapsed:mm\\:ss}; dev F1 {100 * F1(result, dev, devVectors):0.00}");
        return result;
    }

    private static float[][][] Encode(List<NerDocument> docs, IWordEncoder encoder, Action<double> progress)
    {
        var result = new float[docs.Count][][];
        for (var d = 0; d < docs.Count; d++)
        {
            // A document at a time, so the encoder batches its sentences.
            result[d] = [.. encoder.EncodeSentences(docs[d].Sentences.Select(s => s.Forms).ToArray())];
            if ((d & 15) == 0)
                progress((double)d / docs.Count);
        }
        return result;
    }

    /// <summary>One pass's model and how many epochs made it: with <paramref name="select"/>, the epoch scoring best; without, the last.</summary>
    private static (LinearModel Model, DenseLinearModel? Dense, int Epochs) TrainPass(List<NerDocument> docs, float[][][]? vectors, int dimensions, int[][][]? firstLabels,
        NameLists lists, int epochs, Func<LinearModel, DenseLinearModel?, double>? select, Action<int, double>? report, Action<double>? progress)
    {
        var perceptron = new AveragedPerceptron(NerLabels.Count);
        var dense = vectors is null ? null : new DensePerceptron(NerLabels.Count, VectorWindow.Width * dimensions);
        var input = new float[VectorWindow.Width * dimensions];
        var hashes = new WordHashes();
        var features = new FeatureBuffer(64);
        var scores = new float[NerLabels.Count];
        var votes = new DocumentVotes();
        var random = new Random(20261128);
        var marks = new ulong[64];
        var guessed = new int[64];
        LinearModel? best = null;
        DenseLinearModel? bestDense = null;
        var bestEpochs = epochs;
        var bestScore = double.NegativeInfinity;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = Treebank.Shuffled(docs.Count, random);
            for (var k = 0; k < order.Length; k++)
            {
                var doc = docs[order[k]];
                var docFirst = firstLabels?[order[k]];
                if (docFirst is not null)
                {
                    votes.Clear();
                    for (var s = 0; s < doc.Sentences.Count; s++)
                    {
                        hashes.Fill(doc.Sentences[s].Forms);
                        votes.Add(hashes.Form.AsSpan(0, hashes.Count), docFirst[s]);
                    }
                }
                for (var s = 0; s < doc.Sentences.Count; s++)
                {
                    var sentence = doc.Sentences[s];
                    var n = sentence.Forms.Length;
                    hashes.Fill(sentence.Forms);
                    if (marks.Length < n)
                    {
                        marks = new ulong[n * 2];
                        guessed = new int[n * 2];
                    }
                    lists.Mark(hashes.Lower.AsSpan(0, n), marks.AsSpan(0, n));
                    var caps = EntityRecognizer.IsCapsSentence(hashes);
                    for (var i = 0; i < n; i++)
                    {
                        if (docFirst is null)
                            NerFeatures.Extract(hashes, marks.AsSpan(0, n), caps, guessed, i, features);
                        else
                            NerFeatures.ExtractSecond(hashes, marks.AsSpan(0, n), caps, guessed, docFirst[s], votes.Vote(hashes.Form[i], docFirst[s][i]), i, features);
                        perceptron.Score(features.Items, scores);
                        if (dense is not null)
                            VectorWindow.Fill(vectors![order[k]][s], dimensions, i, 0, n, input);
                        dense?.AddScores(input, scores);
                        var guess = LinearModel.ArgMax(scores);
                        perceptron.Update(features.Items, sentence.Labels[i], guess);
                        perceptron.Tick();
                        dense?.Update(input, sentence.Labels[i], guess);
                        dense?.Tick();
                        EntityRecognizer.Decide(scores, guessed, i, n);
                    }
                }
                if ((k & 63) == 0)
                    progress?.Invoke((epoch - 1 + (double)k / order.Length) / epochs);
            }
            if (select is null)
                continue;
            var model = perceptron.Freeze(Prune);
            var denseModel = dense?.Freeze();
            var score = select(model, denseModel);
            report?.Invoke(epoch, score);
            // On a tie the later epoch, the one that saw the data more often, is kept.
            if (score >= bestScore)
            {
                bestScore = score;
                best = model;
                bestDense = denseModel;
                bestEpochs = epoch;
            }
        }
        return best is null ? (perceptron.Freeze(Prune), dense?.Freeze(), bestEpochs) : (best, bestDense, bestEpochs);
    }

    /// <summary>Exact-span micro F1 of the recognizer on <paramref name="docs"/>, as conlleval counts it.</summary>
    public static double F1(EntityRecognizer recognizer, List<NerDocument> docs, float[][][]? vectors = null) =>
        F1(docs, docs.Select((d, i) => recognizer.Recognize(d.Sentences.Select(s => s.Forms).ToList(), vectors?[i])).ToArray());

    private static double F1(List<NerDocument> docs, int[][][] predicted)
    {
        long gold = 0, system = 0, correct = 0;
        for (var d = 0; d < docs.Count; d++)
        {
            for (var s = 0; s < docs[d].Sentences.Count; s++)
            {
                var g = NerLabels.Decode(docs[d].Sentences[s].Labels);
                // Scored as `sift eval ner` scores it, after the repairs every prediction goes through.
                var p = NameSpans.Repair(docs[d].Sentences[s].Forms, NerLabels.Decode(predicted[d][s]));
                gold += g.Count;
                system += p.Count;
                foreach (var span in p)
                {
                    if (g.Contains(span))
                        correct++;
                }
            }
        }
        return correct == 0 ? 0 : 2.0 * correct / (gold + system);
    }
}
