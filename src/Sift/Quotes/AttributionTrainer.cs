using Sift.Evaluation;
using Sift.Evaluation.PolNear;
using Sift.Learning;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Quotes;

/// <param name="Encoder">encoder mode: parse with the encoder-mode syntax models and read the encoder's vectors (else the fast model)</param>
public sealed record AttributionTrainingOptions(string PolNearFolder, string ReportVerbsPath, string OutputPath, int Epochs = AttributionTrainingOptions.FastEpochs, bool Encoder = false, int Seed = AttributionTrainingOptions.DefaultSeed)
{
    /// <summary>Seeds the order the articles are shuffled in, epoch by epoch (the seed plus the epoch).</summary>
    public const int DefaultSeed = 1000;

    /// <summary>
    /// Epochs each pass may take, chosen on validation: in encoder mode 14 let the first pass keep its 9th
    /// epoch and raised every figure a little (source overlap 0.796 → 0.799, cue 0.796 → 0.799, whole
    /// attributions 0.685 → 0.690); in fast mode 14 did worse than 8 (cue overlap 0.768 → 0.763).
    /// </summary>
    public const int FastEpochs = 8, EncoderEpochs = 14;
}

/// <summary>
/// Trains the attribution tagger on PolNeAR train as its authors intended the split by date: the articles of
/// the last month-long period (from <see cref="PolNearCorpus.ValidationStart"/>) are validation, every choice
/// (the epoch) is made on them, and the saved model is the one trained without them, so that
/// `sift eval attribution` on validation is an honest figure.
/// </summary>
public static class AttributionTrainer
{
    public const float Prune = 0.01f;

    public sealed record Prepared(PolNearArticle Article, AttributionDocument Doc, int[] Gold);

    /// <summary>Train articles whose first-pass tags come from taggers that never saw them.</summary>
    public const int Folds = 4;

    public static AttributionModel Train(AttributionTrainingOptions options, Action<string> log, Action<string, double>? progress = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var verbs = ReportVerbs.FromFile(options.ReportVerbsPath);
        var corpus = PolNearCorpus.Load(options.PolNearFolder);
        var all = Prepare(corpus, verbs, SyntaxModels.For(!options.Encoder), f => progress?.Invoke("Segmenting and parsing PolNeAR articles", f));
        var train = all.Where(p => p.Article.Published < PolNearCorpus.ValidationStart).ToList();
        var validation = all.Where(p => p.Article.Published >= PolNearCorpus.ValidationStart).ToList();
        log($"read {all.Count} articles ({train.Count} train, {validation.Count} validation from {PolNearCorpus.ValidationStart:yyyy-MM-dd}) in {started.Elapsed:mm\\:ss}; {verbs.Lemmas.Count} report words");

        var unstacked = new int[]?[train.Count];
        var (first, firstEpoch) = TrainPass("first pass", train, unstacked, validation, new int[]?[validation.Count], options, log, progress);
        // The second pass learns from first-pass tags as good as those it will read at run time: each train
        // article's come from a first pass trained on the other folds, for as many epochs as the first pass kept.
        var stacked = new int[]?[train.Count];
        var done = 0;
        Parallel.For(0, Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var others = train.Where((_, i) => i % Folds != fold).ToList();
            var pass = NewPass(train[0], options.Encoder);
            for (var epoch = 1; epoch <= firstEpoch; epoch++)
                TrainEpoch(pass, others, new int[]?[others.Count], options.Seed + epoch);
            var frozen = Freeze(pass);
            for (var i = fold; i < train.Count; i += Folds)
                stacked[i] = AttributionModel.Tag(train[i].Doc, frozen, null);
            progress?.Invoke("First-pass tags for the second pass", (double)Interlocked.Increment(ref done) / Folds);
        });
        var validationStacks = validation.Select(p => (int[]?)AttributionModel.Tag(p.Doc, first, null)).ToArray();
        log($"first-pass tags of {train.Count} train articles from {Folds} folds in {started.Elapsed:mm\\:ss}");
        var (second, _) = TrainPass("second pass", train, stacked, validation, validationStacks, options, log, progress);
        log($"trained in {started.Elapsed:mm\\:ss}");
        return new AttributionModel(first, second, verbs);
    }

    private sealed record Training(AveragedPerceptron Tagger, DensePerceptron? Dense);

    private static Training NewPass(Prepared example, bool encoder) =>
        new(new AveragedPerceptron(AttributionTags.Count), encoder ? new DensePerceptron(AttributionTags.Count, example.Doc.Dimensions) : null);

    private static AttributionPass Freeze(Training t) => new(t.Tagger.Freeze(Prune), t.Dense?.Freeze());

    /// <summary>Trains one pass, keeping the epoch that scores best on validation.</summary>
    private static (AttributionPass Pass, int Epoch) TrainPass(string name, List<Prepared> train, int[]?[] trainStacks, List<Prepared> validation, int[]?[] validationStacks,
        AttributionTrainingOptions options, Action<string> log, Action<string, double>? progress)
    {
        var training = NewPass(train[0], options.Encoder);
        var best = (Score: -1.0, Epoch: 0, Pass: (AttributionPass?)null);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            TrainEpoch(training, train, trainStacks, options.Seed + epoch);
            var frozen = Freeze(training);
            var score = Score(validation, validationStacks, frozen);
            var key = Key(score);
            if (key > best.Score)
                best = (key, epoch, frozen);
            log($"{name}, epoch {epoch}: validation overlap F1 source {score.SourceOverlap.F1:F3} cue {score.CueOverlap.F1:F3} content {score.ContentOverlap.F1:F3}; exact content {score.ContentExact.F1:F3}; attributions {score.AttributionOverlap.F1:F3}");
            progress?.Invoke($"Training the attribution tagger's {name}", (double)epoch / options.Epochs);
        }
        log($"{name}: kept epoch {best.Epoch}");
        return (best.Pass!, best.Epoch);
    }

    /// <summary>What the epoch choice maximises: the mean of the three overlap F1s, content exact F1 and whole-attribution overlap F1.</summary>
    private static double Key(PolNearScore s) =>
        (s.SourceOverlap.F1 + s.CueOverlap.F1 + s.ContentOverlap.F1 + s.ContentExact.F1 + s.AttributionOverlap.F1) / 5;

    public static PolNearScore Score(List<Prepared> articles, IReadOnlyList<int[]?> stacks, AttributionPass pass) =>
        PolNearScorer.Score(articles.Select((p, i) => (p.Article.Text, p.Article.Attributions, ToPolNear(AttributionDecoder.Decode(p.Doc, AttributionModel.Tag(p.Doc, pass, stacks[i], stacks[i] is null ? 1 : AttributionModel.SecondPassBeam))))));

    public static IReadOnlyList<PolNearAttribution> ToPolNear(IReadOnlyList<FoundAttribution> found)
    {
        var result = new List<PolNearAttribution>(found.Count);
        foreach (var a in found)
            result.Add(new PolNearAttribution(a.Source is { } s ? [s] : [], [a.Cue], a.Content));
        return result;
    }

    public static IReadOnlyList<PolNearAttribution> ToPolNear(IReadOnlyList<Attribution> found)
    {
        var result = new List<PolNearAttribution>(found.Count);
        foreach (var a in found)
            result.Add(new PolNearAttribution(a.Source is { } s ? [s] : [], [a.Cue], a.Content));
        return result;
    }

    public static List<Prepared> Prepare(IReadOnlyList<PolNearArticle> corpus, ReportVerbs verbs, SyntaxModels syntax, Action<double>? progress = null)
    {
        var analyzer = new SyntaxAnalyzer(syntax);
        var result = new Prepared[corpus.Count];
        var done = 0;
        Parallel.For(0, corpus.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var a = corpus[i];
            var article = a.ToArticle();
            var text = TextSegmenter.Segment(article);
            var vectors = syntax.UsesEncoder ? Encoder.SentenceEncoder.Shared.Encode(article, text) : null;
            var doc = new AttributionDocument(article, text, analyzer.Analyze(article, text, vectors), verbs, vectors);
            result[i] = new Prepared(a, doc, GoldTags(text, a.Attributions));
            progress?.Invoke((double)Interlocked.Increment(ref done) / corpus.Count);
        });
        return [.. result];
    }

    /// <summary>Token tags from the gold spans: content first, then source, then cue, so a cue wins a token both claim.</summary>
    public static int[] GoldTags(TextLayer text, IReadOnlyList<PolNearAttribution> gold)
    {
        var tags = new int[text.Tokens.Count];
        foreach (var role in (ReadOnlySpan<int>)[3, 1, 2])
        {
            foreach (var a in gold)
            {
                var spans = role switch { 1 => a.Source, 2 => a.Cue, _ => a.Content };
                foreach (var span in spans)
                    Mark(text, span, role, tags);
            }
        }
        return tags;
    }

    private static void Mark(TextLayer text, Span span, int role, int[] tags)
    {
        var (from, to) = text.TokensIn(span);
        for (var i = from; i < to; i++)
            tags[i] = i == from || AttributionTags.Role(tags[i - 1]) != role ? AttributionTags.Begin(role) : AttributionTags.Inside(role);
    }

    private static void TrainEpoch(Training t, List<Prepared> articles, IReadOnlyList<int[]?> stacks, int shuffleSeed)
    {
        var features = new FeatureBuffer();
        Span<float> scores = stackalloc float[AttributionTags.Count];
        var order = Enumerable.Range(0, articles.Count).ToArray();
        new Random(shuffleSeed).Shuffle(order);
        var nearest = Array.Empty<int>();
        foreach (var k in order)
        {
            var p = articles[k];
            var stack = stacks[k];
            var d = p.Doc;
            if (nearest.Length < d.Text.Tokens.Count)
                nearest = new int[d.Text.Tokens.Count];
            foreach (var sentence in d.Text.Sentences)
            {
                AttributionFeatures.NearestReports(d, sentence, nearest);
                int prev = AttributionTags.Outside, prev2 = AttributionTags.Outside;
                var end = sentence.FirstToken + sentence.TokenCount;
                for (var i = sentence.FirstToken; i < end; i++)
                {
                    AttributionFeatures.ForPass(d, sentence, nearest[i], stack, i, prev, prev2, features);
                    t.Tagger.Score(features.Items, scores);
                    t.Dense?.AddScores(d.VectorOf(i), scores);
                    var guess = LinearModel.ArgMax(scores);
                    t.Tagger.Update(features.Items, p.Gold[i], guess);
                    t.Tagger.Tick();
                    t.Dense?.Update(d.VectorOf(i), p.Gold[i], guess);
                    t.Dense?.Tick();
                    prev2 = prev;
                    prev = guess;
                }
            }
        }
    }
}
