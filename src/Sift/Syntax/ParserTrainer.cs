using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Trains the parser with the arc-hybrid dynamic oracle: the first epoch follows the oracle, later
/// ones follow the model's own (possibly wrong) choice nine times in ten, so it learns to recover
/// from its mistakes. Each epoch's averaged model is scored on dev; the best is kept.
/// </summary>
internal static class ParserTrainer
{
    /// <summary>Averaged weights at or below this magnitude are dropped from the model file.</summary>
    public const float Prune = 1f;

    /// <summary>Scores the final weights on dev at several pruning thresholds (to choose <see cref="Prune"/>).</summary>
    public static bool SweepPruning { get; set; }

    /// <summary>The order seed of the first member of each direction.</summary>
    public const int Seed = 20260102;

    public sealed record TaggedSentence(TreebankSentence Gold, string[] Upos, string[] Xpos);

    /// <summary>The sentence with its words in reverse order (and its heads renumbered), for a right-to-left parser.</summary>
    public static TaggedSentence Reversed(TaggedSentence tagged)
    {
        var g = tagged.Gold;
        var n = g.Forms.Length;
        var heads = new int[n];
        for (var i = 0; i < n; i++)
        {
            var h = g.Heads[n - 1 - i];
            heads[i] = h == 0 ? 0 : n + 1 - h;
        }
        var sentence = new TreebankSentence(Backwards(g.Forms), Backwards(g.Tags), Backwards(g.Lemmas), heads, Backwards(g.Relations));
        if (g.Vectors is { } vectors)
        {
            sentence.Vectors = new float[vectors.Length];
            ParserEnsemble.ReverseRows(vectors, n, sentence.Vectors);
        }
        return new TaggedSentence(sentence, Backwards(tagged.Upos), Backwards(tagged.Xpos));
    }

    private static T[] Backwards<T>(T[] items)
    {
        var copy = (T[])items.Clone();
        Array.Reverse(copy);
        return copy;
    }

    public static DependencyParser Train(List<TaggedSentence> train, List<TaggedSentence> dev, LabelSet relations, int epochs,
        Action<string> log, Action<double>? progress = null, int seed = Seed, float prune = Prune)
    {
        var root = relations.IndexOf(DependencyParser.RootRelation);
        var classes = ParserState.Classes(relations.Count);
        var perceptron = new AveragedPerceptron(classes);
        var dimensions = train[0].Gold.Vectors is { } v0 ? v0.Length / train[0].Gold.Forms.Length : 0;
        var dense = dimensions > 0 ? new DensePerceptron(classes, ParserVectors.Blocks * dimensions) : null;
        var input = new float[ParserVectors.Blocks * dimensions];
        var cache = dimensions > 0 ? new ParserDenseCache(classes, dimensions) : null;
        var words = new ParserWords();
        var st = new ParserState();
        var features = new FeatureBuffer(160);
        var scores = new float[classes];
        var costs = new int[classes];
        var random = new Random(seed);
        var goldHead = new int[256];
        var goldRel = new int[256];
        DependencyParser? best = null;
        var bestLas = -1.0;
        var sinceBest = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = Treebank.Shuffled(train.Count, random);
            long decisions = 0, errors = 0;
            for (var k = 0; k < order.Length; k++)
            {
                var s = train[order[k]];
                var n = s.Gold.Forms.Length;
                if (goldHead.Length < n + 1)
                {
                    goldHead = new int[2 * n + 2];
                    goldRel = new int[2 * n + 2];
                }
                goldHead[0] = -1;
                for (var i = 0; i < n; i++)
                {
                    goldHead[i + 1] = s.Gold.Heads[i];
                    goldRel[i + 1] = s.Gold.Relations[i];
                }
                words.Fill(s.Gold.Forms, s.Upos, s.Xpos);
                st.Init(n);
                if (dense is not null)
                    cache!.Start(dense, s.Gold.Vectors, n, forUpdates: true);
                while (!st.IsTerminal)
                {
                    ParserFeatures.Extract(words, st, features);
                    perceptron.Score(features.Items, scores);
                    if (dense is not null)
                    {
                        ParserVectors.Fill(s.Gold.Vectors, dimensions, st, input);
                        cache!.AddScores(dense, st, input, scores);
                    }
                    var guess = DependencyParser.BestValid(st, scores, root, relations.Count);
                    ArcHybridOracle.Costs(st, goldHead, goldRel, root, relations.Count, costs);
                    var minCost = int.MaxValue;
                    foreach (var c in costs)
                        minCost = Math.Min(minCost, c);
                    var gold = -1;
                    for (var c = 0; c < classes; c++)
                    {
                        if (costs[c] == minCost && (gold < 0 || scores[c] > scores[gold]))
                            gold = c;
                    }
                    decisions++;
                    if (costs[guess] > minCost)
                    {
                        errors++;
                        perceptron.Update(features.Items, gold, guess);
                        if (dense is not null)
                        {
                            dense.Update(input, gold, guess);
                            cache!.Updated(gold, guess);
                        }
                    }
                    perceptron.Tick();
                    dense?.Tick();
                    var follow = costs[guess] == minCost || (epoch > 1 && random.NextDouble() < 0.9) ? guess : gold;
                    st.Apply(follow);
                }
                if ((k & 255) == 0)
                    progress?.Invoke((epoch - 1 + (double)k / order.Length) / epochs);
            }
            var parser = new DependencyParser(perceptron.Freeze(prune), relations, dense?.Freeze());
            var (uas, las) = Score(new ParserEnsemble([(parser, false)]), dev);
            log($"parser epoch {epoch}: train decision errors {100.0 * errors / decisions:0.00}%, dev UAS {100 * uas:0.00}%, LAS {100 * las:0.00}% ({perceptron.Features:N0} features, {clock.Elapsed:mm\\:ss})");
            if (las > bestLas)
            {
                bestLas = las;
                best = parser;
                sinceBest = 0;
            }
            else if (++sinceBest >= 3)
            {
                break;
            }
        }
        if (SweepPruning)
        {
            foreach (var threshold in new[] { 0.1f, 0.25f, 0.5f, 1f, 2f })
            {
                var pruned = perceptron.Freeze(threshold);
                var (u, l) = Score(new ParserEnsemble([(new DependencyParser(pruned, relations, dense?.Freeze()), false)]), dev);
                log($"prune {threshold}: {pruned.Features:N0} features, {pruned.Weights:N0} weights, dev UAS {100 * u:0.00}%, LAS {100 * l:0.00}%");
            }
        }
        return best!;
    }

    /// <summary>UAS and LAS (universal relations) over every word.</summary>
    public static (double Uas, double Las) Score(ParserEnsemble parser, List<TaggedSentence> sentences)
    {
        int uas = 0, las = 0, total = 0;
        var heads = new int[256];
        var rels = new int[256];
        foreach (var s in sentences)
        {
            var n = s.Gold.Forms.Length;
            if (heads.Length < n)
            {
                heads = new int[2 * n];
                rels = new int[2 * n];
            }
            parser.Parse(s.Gold.Forms, s.Upos, s.Xpos, heads, rels, s.Gold.Vectors);
            for (var i = 0; i < n; i++)
            {
                total++;
                if (heads[i] != s.Gold.Heads[i])
                    continue;
                uas++;
                if (Universal(parser.Relation(rels[i])).SequenceEqual(Universal(parser.Relation(s.Gold.Relations[i]))))
                    las++;
            }
        }
        return ((double)uas / total, (double)las / total);
    }

    private static ReadOnlySpan<char> Universal(string relation) =>
        relation.IndexOf(':') is var i and > 0 ? relation.AsSpan(0, i) : relation;
}
