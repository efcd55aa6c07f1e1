using Sift.Evaluation.Ptc;
using Sift.Learning;
using Sift.Model;
using static Sift.Framing.Propaganda.PtcPredictor;

namespace Sift.Framing.Propaganda;

public sealed record PropagandaTrainingOptions(string PtcFolder, string LexiconFolder, string OutputPath, string HoldoutPath,
    int TaggerEpochs = 10, int ClassifierEpochs = 20, Func<Article, TextLayer, Encoder.TokenVectors>? Encode = null, int VerifierEpochs = 10);

/// <summary>
/// Trains the span tagger and technique classifier on PTC train the way its README asks: every
/// choice (epochs, the tagger's decision bias, the temperatures) is made on the validation split
/// (ids divisible by 5) with models trained on the other articles, which are saved as the holdout
/// model; then both are retrained with those choices on all 371 articles for the shipped model.
/// </summary>
public static class PropagandaTrainer
{
    public const float Prune = 0.05f;
    private static readonly float[] OutsideBiases = [-160f, -120f, -90f, -70f, -55f, -40f, -30f, -24f, -18f, -14f, -10f, -8f, -6f, -4f, -2f, 0f, 2f];
    /// <summary>The tagger biases the verifier's candidates are proposed at: lower than the tagger's own, more and longer spans for it to sift.</summary>
    private static readonly float[] CandidateBiases = [-480f, -320f, -240f, -160f, -120f];
    private static readonly float[] SpanFloors = [0f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f];
    private static readonly float[] Temperatures = [0.25f, 0.5f, 1f, 2f, 4f, 8f, 16f, 32f];

    public static PropagandaModel Train(PropagandaTrainingOptions options, Action<string> log, Action<string, double>? progress = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var cues = CueLexicon.FromFolder(options.LexiconFolder);
        var corpus = PtcCorpus.Load(options.PtcFolder);
        var (trainCorpus, validationCorpus) = corpus.SplitForValidation();
        var dense = options.Encode is not null;
        var all = Prepare(corpus.Articles, cues, options.Encode, f => progress?.Invoke(dense ? "Segmenting and encoding PTC articles" : "Segmenting PTC articles", f));
        var train = all.Where(p => !p.Article.IsValidation).ToList();
        var validation = all.Where(p => p.Article.IsValidation).ToList();
        log($"read {all.Count} articles ({train.Count} train, {validation.Count} validation); cue lexicon: {cues.Count} entries");

        // Span tagger: the epoch and decision bias with the best SI F1 on validation.
        var techniques = new LabelSet(PtcTechniques.All);
        var tagger = new AveragedPerceptron(3);
        var taggerDense = dense ? new DensePerceptron(3, EncoderInput.Width) : null;
        var best = (F1: -1.0, Epoch: 0, Bias: 0f, Model: (LinearModel?)null, Dense: (DenseLinearModel?)null);
        for (var epoch = 1; epoch <= options.TaggerEpochs; epoch++)
        {
            TrainTaggerEpoch(tagger, taggerDense, train, epoch);
            var frozen = tagger.Freeze(Prune);
            var frozenDense = taggerDense?.Freeze();
            foreach (var bias in OutsideBiases)
            {
                var f1 = ScoreSpans(validationCorpus, validation, frozen, frozenDense, bias).F1;
                if (f1 > best.F1)
                    best = (f1, epoch, bias, frozen, frozenDense);
            }
            log($"tagger epoch {epoch}: validation SI F1 {100 * best.F1:F2} so far (epoch {best.Epoch}, O bias {best.Bias:+0;-0;0})");
            progress?.Invoke("Training the span tagger", (double)epoch / options.TaggerEpochs);
        }
        var holdoutTagger = best.Model!;
        var taggerTemperature = FitTaggerTemperature(validation, holdoutTagger, best.Dense, best.Bias);
        // Then the bias again, with a floor under each span's confidence: with weak spans dropped, a lower bias may pay.
        var decision = (F1: best.F1, Bias: best.Bias, Floor: 0f);
        foreach (var bias in OutsideBiases)
        {
            if (bias > best.Bias)
                continue;
            foreach (var floor in SpanFloors)
            {
                var f1 = ScoreSpans(validationCorpus, validation, holdoutTagger, best.Dense, bias, taggerTemperature, floor).F1;
                if (f1 > decision.F1)
                    decision = (f1, bias, floor);
            }
            progress?.Invoke("Choosing the span tagger's decision rule", 1.0);
        }
        var siScore = ScoreSpans(validationCorpus, validation, holdoutTagger, best.Dense, decision.Bias, taggerTemperature, decision.Floor);
        log($"span tagger: validation SI P {100 * siScore.Precision:F2} R {100 * siScore.Recall:F2} F1 {100 * siScore.F1:F2} (epoch {best.Epoch}, O bias {decision.Bias}, temperature {taggerTemperature}, span floor {decision.Floor})");

        // Span verifier: trained on the spans taggers proposed for train articles they did not see; its epoch,
        // threshold and the tagger bias that proposes candidates are chosen for SI F1 on validation. Encoder
        // mode only: its vectors are what the verifier learns from (on sparse features alone it gained 0.0002).
        var verifierChoice = !dense ? null : ChooseVerifier(train, validation, validationCorpus, holdoutTagger, best.Dense, best.Epoch, taggerTemperature,
            [.. CandidateBiases.Where(b => b <= best.Bias)], options.VerifierEpochs, log, progress);
        if (verifierChoice is { } v && v.F1 > decision.F1)
        {
            decision = (v.F1, v.Bias, 0f);
            log($"span verifier: validation SI F1 {100 * v.F1:F2} (epoch {v.Epoch}, candidates at O bias {v.Bias}, threshold {v.Verifier.Threshold})");
        }
        else
        {
            verifierChoice = null;
            log(dense ? "span verifier: no gain on validation; not used" : "span verifier: encoder mode only");
        }

        // Technique classifier: the epoch with the best micro-F1 on validation.
        var classifier = new AveragedPerceptron(techniques.Count);
        var classifierDense = dense ? new DensePerceptron(techniques.Count, EncoderInput.Width) : null;
        var trainSpans = Instances(train, techniques);
        var bestTc = (Accuracy: -1.0, Epoch: 0, Model: (LinearModel?)null, Dense: (DenseLinearModel?)null);
        for (var epoch = 1; epoch <= options.ClassifierEpochs; epoch++)
        {
            TrainClassifierEpoch(classifier, classifierDense, trainSpans, epoch);
            var frozen = classifier.Freeze(Prune);
            var frozenDense = classifierDense?.Freeze();
            var candidate = new PropagandaModel(cues, holdoutTagger, frozen, techniques, 0f, 1f, 1f, best.Dense, frozenDense);
            var accuracy = PtcTcScorer.Score(validationCorpus.TcLabels, PtcPredictor.Techniques(candidate, validation)).MicroF1;
            if (accuracy > bestTc.Accuracy)
                bestTc = (accuracy, epoch, frozen, frozenDense);
            progress?.Invoke("Training the technique classifier", (double)epoch / options.ClassifierEpochs);
        }
        var classifierTemperature = FitClassifierTemperature(Instances(validation, techniques), bestTc.Model!, bestTc.Dense);
        log($"technique classifier: validation TC micro-F1 {100 * bestTc.Accuracy:F2} (epoch {bestTc.Epoch}, temperature {classifierTemperature})");

        var holdout = new PropagandaModel(cues, holdoutTagger, bestTc.Model!, techniques, decision.Bias, taggerTemperature, classifierTemperature,
            best.Dense, bestTc.Dense, decision.Floor, verifierChoice?.Verifier);
        holdout.Save(options.HoldoutPath);
        log($"wrote {options.HoldoutPath} ({new FileInfo(options.HoldoutPath).Length / 1024:N0} KB; trained without the validation articles)");

        // The shipped model: the same choices, all articles.
        var (shippedTagger, shippedTaggerDense) = TrainTagger(all, best.Epoch, dense,
            epoch => progress?.Invoke("Retraining the span tagger on all articles", (double)epoch / best.Epoch));
        classifier = new AveragedPerceptron(techniques.Count);
        classifierDense = dense ? new DensePerceptron(techniques.Count, EncoderInput.Width) : null;
        var allSpans = Instances(all, techniques);
        for (var epoch = 1; epoch <= bestTc.Epoch; epoch++)
        {
            TrainClassifierEpoch(classifier, classifierDense, allSpans, epoch);
            progress?.Invoke("Retraining the technique classifier on all articles", (double)epoch / bestTc.Epoch);
        }
        SpanVerifier? shippedVerifier = null;
        if (verifierChoice is { } chosen)
        {
            var candidates = JackknifeCandidates(all, best.Epoch, [chosen.Bias], taggerTemperature, dense,
                f => progress?.Invoke("Proposing spans for the verifier (all articles)", f))[0];
            var (verifier, verifierDense) = (new AveragedPerceptron(2), dense ? new DensePerceptron(2, SpanVerifier.Width) : null);
            var instances = candidates.ConvertAll(c => c.Instance);
            for (var epoch = 1; epoch <= chosen.Epoch; epoch++)
                TrainClassifierEpoch(verifier, verifierDense, instances, epoch);
            shippedVerifier = new SpanVerifier(verifier.Freeze(Prune), verifierDense?.Freeze(), chosen.Verifier.Threshold);
        }
        var model = new PropagandaModel(cues, shippedTagger, classifier.Freeze(Prune), techniques, decision.Bias, taggerTemperature, classifierTemperature,
            shippedTaggerDense, classifierDense?.Freeze(), decision.Floor, shippedVerifier);
        log($"trained in {started.Elapsed:mm\\:ss}");
        return model;
    }

    /// <summary>A span a tagger proposed, with the verifier's inputs and whether it should be kept (any of it annotated: on validation that label
    /// chose better than "half or more of it", 41.7 against 39.1 SI F1).</summary>
    private sealed record Candidate(string ArticleId, Span Span, Instance Instance)
    {
        public bool Keep => Instance.Label == SpanVerifier.Keep;
    }

    private sealed record VerifierChoice(double F1, int Epoch, float Bias, SpanVerifier Verifier);

    private static VerifierChoice? ChooseVerifier(List<Prepared> train, List<Prepared> validation, PtcCorpus validationCorpus,
        LinearModel holdoutTagger, DenseLinearModel? holdoutDense, int taggerEpochs, float temperature, float[] biases, int epochs,
        Action<string> log, Action<string, double>? progress)
    {
        var dense = holdoutDense is not null;
        var trainCandidates = JackknifeCandidates(train, taggerEpochs, biases, temperature, dense,
            f => progress?.Invoke("Proposing spans for the verifier (jackknife)", f));
        VerifierChoice? best = null;
        for (var b = 0; b < biases.Length; b++)
        {
            var validationCandidates = Candidates(validation, holdoutTagger, holdoutDense, biases[b], temperature);
            log($"span verifier, O bias {biases[b]}: {trainCandidates[b].Count} train candidates ({trainCandidates[b].Count(c => c.Keep)} to keep), {validationCandidates.Count} validation");
            var (verifier, verifierDense) = (new AveragedPerceptron(2), dense ? new DensePerceptron(2, SpanVerifier.Width) : null);
            var instances = trainCandidates[b].ConvertAll(c => c.Instance);
            for (var epoch = 1; epoch <= epochs; epoch++)
            {
                TrainClassifierEpoch(verifier, verifierDense, instances, epoch);
                var frozen = new SpanVerifier(verifier.Freeze(Prune), verifierDense?.Freeze(), 0f);
                var (f1, threshold) = BestThreshold(validationCorpus, validationCandidates, frozen);
                if (best is null || f1 > best.F1)
                    best = new VerifierChoice(f1, epoch, biases[b], frozen.WithThreshold(threshold));
                progress?.Invoke("Training the span verifier", (double)(b * epochs + epoch) / (biases.Length * epochs));
            }
        }
        return best;
    }

    /// <summary>
    /// Spans taggers propose for articles they never saw: the articles in three parts, each tagged (at each
    /// bias) by a tagger trained for <paramref name="epochs"/> on the other two. The parts train side by side.
    /// </summary>
    private static List<Candidate>[] JackknifeCandidates(List<Prepared> articles, int epochs, float[] biases, float temperature, bool dense,
        Action<double>? progress)
    {
        const int Folds = 3;
        var parts = new List<Candidate>[Folds][];
        var done = 0;
        Parallel.For(0, Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            var rest = articles.Where((_, i) => i % Folds != k).ToList();
            var held = articles.Where((_, i) => i % Folds == k).ToList();
            var (frozen, frozenDense) = TrainTagger(rest, epochs, dense, _ => progress?.Invoke((double)Interlocked.Increment(ref done) / (Folds * epochs)));
            parts[k] = [.. biases.Select(b => Candidates(held, frozen, frozenDense, b, temperature))];
        });
        return [.. Enumerable.Range(0, biases.Length).Select(b => parts.SelectMany(p => p[b]).ToList())];
    }

    private static List<Candidate> Candidates(List<Prepared> articles, LinearModel tagger, DenseLinearModel? dense, float bias, float temperature)
    {
        var result = new List<Candidate>();
        var features = new FeatureBuffer();
        foreach (var p in articles)
        {
            var counter = new SpanCounter(p.Doc);
            var gold = Merge(p.Article.SiGold).ToList();
            var spans = PropagandaModel.FindSpans(p.Doc, tagger, dense, bias, temperature);
            foreach (var span in spans)
            {
                SpanVerifier.Features(p.Doc, counter, span, features);
                var input = dense is null ? null : SpanVerifier.Input(p.Doc, span);
                var keep = gold.Exists(g => g.Overlaps(span.Span));
                result.Add(new Candidate(p.Article.Id, span.Span, new Instance(features.Items.ToArray(), input, keep ? SpanVerifier.Keep : SpanVerifier.Drop)));
            }
        }
        return result;
    }

    /// <summary>The margin threshold with the best SI F1 over the candidates: every fortieth quantile of their margins is tried.</summary>
    private static (double F1, float Threshold) BestThreshold(PtcCorpus gold, List<Candidate> candidates, SpanVerifier verifier)
    {
        var margins = new float[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
            margins[k] = verifier.Margin(candidates[k].Instance.Features, candidates[k].Instance.Dense);
        var sorted = margins.Order().ToArray();
        var best = (F1: -1.0, Threshold: float.NegativeInfinity);
        for (var q = 0; q < 40; q++)
        {
            var threshold = q == 0 ? float.NegativeInfinity : sorted[sorted.Length * q / 40];
            var kept = candidates.Where((_, k) => margins[k] >= threshold)
                .GroupBy(c => c.ArticleId)
                .Select(g => new KeyValuePair<string, IReadOnlyList<Span>>(g.Key, g.Select(c => c.Span).ToList()));
            var f1 = PtcSiScorer.Score(gold, kept).F1;
            if (f1 > best.F1)
                best = (f1, threshold);
        }
        return best;
    }

    private static PtcSiScore ScoreSpans(PtcCorpus gold, List<Prepared> articles, LinearModel tagger, DenseLinearModel? dense, float bias,
        float temperature = 1f, float floor = 0f)
    {
        var predicted = articles.Select(p => new KeyValuePair<string, IReadOnlyList<Span>>(p.Article.Id,
            PropagandaModel.FindSpans(p.Doc, tagger, dense, bias, temperature, floor).Select(s => s.Span).ToList()));
        return PtcSiScorer.Score(gold, predicted);
    }

    /// <summary>Token tags from the SI gold: spans that share a character are merged first, as the scorer merges them.</summary>
    internal static int[] GoldTags(Prepared p)
    {
        var tokens = p.Doc.Layer.Tokens;
        var tags = new int[tokens.Count];
        foreach (var span in Merge(p.Article.SiGold))
        {
            var (_, from, to) = TokenRange(p.Doc.Layer, span);
            for (var i = from; i < to; i++)
                tags[i] = PropagandaModel.Inside;
            tags[from] = PropagandaModel.Begin;
        }
        return tags;
    }

    private static IEnumerable<Span> Merge(IEnumerable<Span> spans)
    {
        Span? open = null;
        foreach (var span in spans.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (open is { } o && span.Start < o.End)
            {
                open = new Span(o.Start, Math.Max(o.End, span.End));
                continue;
            }
            if (open is { } done)
                yield return done;
            open = span;
        }
        if (open is { } last)
            yield return last;
    }

    /// <summary>A span tagger trained for <paramref name="epochs"/> on the articles, frozen; <paramref name="epochDone"/> after each epoch.</summary>
    private static (LinearModel Tagger, DenseLinearModel? Dense) TrainTagger(List<Prepared> articles, int epochs, bool dense, Action<int> epochDone)
    {
        var (tagger, taggerDense) = (new AveragedPerceptron(3), dense ? new DensePerceptron(3, EncoderInput.Width) : null);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            TrainTaggerEpoch(tagger, taggerDense, articles, epoch);
            epochDone(epoch);
        }
        return (tagger.Freeze(Prune), taggerDense?.Freeze());
    }

    private static void TrainTaggerEpoch(AveragedPerceptron tagger, DensePerceptron? dense, List<Prepared> articles, int epoch)
    {
        foreach (var p in Shuffled(articles, epoch))
        {
            WalkTokens(p, dense is not null,
                (features, input, scores) =>
                {
                    tagger.Score(features.Items, scores);
                    dense?.AddScores(input, scores);
                },
                (features, input, scores, gold) =>
                {
                    var guess = LinearModel.ArgMax(scores);
                    tagger.Update(features.Items, gold, guess);
                    tagger.Tick();
                    dense?.Update(input, gold, guess);
                    dense?.Tick();
                    return guess;
                });
        }
    }

    /// <summary>
    /// Runs the tagger's greedy walk over an article: per token, the features and encoder input, then
    /// <paramref name="score"/> fills the scores and <paramref name="step"/> (given the gold tag) returns
    /// the tag the next tokens see as history.
    /// </summary>
    private static void WalkTokens(Prepared p, bool dense, Action<FeatureBuffer, float[], float[]> score, Func<FeatureBuffer, float[], float[], int, int> step)
    {
        var features = new FeatureBuffer();
        var scores = new float[3];
        var input = dense ? new float[EncoderInput.Width] : [];
        var gold = GoldTags(p);
        foreach (var sentence in p.Doc.Layer.Sentences)
        {
            var cues = SentenceCues.Of(p.Doc, sentence);
            int prev = PropagandaModel.Outside, prev2 = PropagandaModel.Outside;
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                PropagandaFeatures.Token(p.Doc, sentence, cues, i, prev, prev2, features);
                if (dense)
                    EncoderInput.Token(p.Doc, sentence, i, input);
                score(features, input, scores);
                prev2 = prev;
                prev = step(features, input, scores, gold[i]);
            }
        }
    }

    private sealed record Instance(ulong[] Features, float[]? Dense, int Label);

    private static List<Instance> Instances(List<Prepared> articles, LabelSet techniques)
    {
        var result = new List<Instance>();
        var features = new FeatureBuffer();
        foreach (var p in articles)
        {
            var counter = new SpanCounter(p.Doc);
            foreach (var gold in p.Article.TcGold)
            {
                var (sentence, from, to) = TokenRange(p.Doc.Layer, gold.Span);
                var tokens = p.Doc.Layer.Tokens;
                PropagandaFeatures.Span(p.Doc, p.Doc.Layer.Sentences[sentence], from, to,
                    counter.Occurrences(new Span(tokens[from].Start, tokens[to - 1].End)), counter.HeadOccurrences(from, to), features);
                float[]? input = null;
                if (p.Doc.Vectors is not null)
                {
                    input = new float[EncoderInput.Width];
                    EncoderInput.Span(p.Doc, p.Doc.Layer.Sentences[sentence], from, to, input);
                }
                result.Add(new Instance(features.Items.ToArray(), input, techniques.IndexOf(gold.Technique)));
            }
        }
        return result;
    }

    /// <summary>One perceptron epoch over span instances: the technique classifier's, and the span verifier's (keep or drop).</summary>
    private static void TrainClassifierEpoch(AveragedPerceptron classifier, DensePerceptron? dense, List<Instance> instances, int epoch)
    {
        var scores = new float[classifier.Classes];
        foreach (var instance in Shuffled(instances, epoch))
        {
            classifier.Score(instance.Features, scores);
            if (dense is not null)
                dense.AddScores(instance.Dense, scores);
            var guess = LinearModel.ArgMax(scores);
            classifier.Update(instance.Features, instance.Label, guess);
            classifier.Tick();
            if (dense is not null)
            {
                dense.Update(instance.Dense, instance.Label, guess);
                dense.Tick();
            }
        }
    }

    /// <summary>The temperature that gives the validation tokens' in-span probabilities the lowest log loss.</summary>
    private static float FitTaggerTemperature(List<Prepared> validation, LinearModel tagger, DenseLinearModel? dense, float bias)
    {
        var samples = new List<(float[] Scores, bool Inside)>();
        foreach (var p in validation)
        {
            WalkTokens(p, dense is not null,
                (features, input, scores) =>
                {
                    tagger.Score(features.Items, scores);
                    dense?.AddScores(input, scores);
                },
                (_, _, scores, gold) =>
                {
                    scores[PropagandaModel.Outside] += bias;
                    samples.Add(((float[])scores.Clone(), gold != PropagandaModel.Outside));
                    return LinearModel.ArgMax(scores);
                });
        }
        return BestTemperature(t => samples.Sum(s =>
        {
            var p = 1 - PropagandaModel.Softmax(s.Scores, t)[PropagandaModel.Outside];
            return -Math.Log(Math.Clamp(s.Inside ? p : 1 - p, 1e-6, 1));
        }));
    }

    private static float FitClassifierTemperature(List<Instance> validation, LinearModel classifier, DenseLinearModel? dense)
    {
        var scored = validation.Select(v =>
        {
            var scores = new float[classifier.Classes];
            classifier.Score(v.Features, scores);
            if (dense is not null)
                dense.AddScores(v.Dense, scores);
            return (Scores: scores, v.Label);
        }).ToList();
        return BestTemperature(t => scored.Sum(s => -Math.Log(Math.Max(PropagandaModel.Softmax(s.Scores, t)[s.Label], 1e-6f))));
    }

    private static float BestTemperature(Func<float, double> loss)
    {
        var best = (Loss: double.MaxValue, T: 1f);
        foreach (var t in Temperatures)
        {
            var l = loss(t);
            if (l < best.Loss)
                best = (l, t);
        }
        return best.T;
    }

    /// <summary>A fixed shuffle per epoch, so training is reproducible byte for byte.</summary>
    private static IEnumerable<T> Shuffled<T>(List<T> items, int epoch)
    {
        var order = items.ToArray();
        new Random(1000 + epoch).Shuffle(order);
        return order;
    }
}
