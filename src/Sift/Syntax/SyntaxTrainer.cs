using System.Diagnostics;
using Sift.Evaluation.Conllu;
using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// What `sift train syntax` may change: epochs to try (the best on dev is kept), where to write, and
/// for encoder mode the encoder whose word vectors the tagger and parser read beside their sparse features.
/// </summary>
public sealed record SyntaxTrainingOptions(string TrainPath, string DevPath, string OutputFolder, int TaggerEpochs = 8, int ParserEpochs = 12, bool Jackknife = true,
    IWordEncoder? Encoder = null, int ParserMembers = 1);

/// <summary>
/// Trains the tagger, lemmatizer and parser on a CoNLL-U train file, chooses each model's epoch on
/// dev, and writes the model files. Deterministic: fixed-seed shuffles, no threads.
/// </summary>
public static class SyntaxTrainer
{
    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmatizer.bin";
    public const string ParserFile = "parser.bin";

    /// <summary>
    /// The random order seed of each member of <see cref="ParserEnsemble.MemberFiles"/>: a second
    /// member of a direction differs from the first only in the order it reads the train sentences.
    /// </summary>
    private static readonly int[] ParserSeeds = [ParserTrainer.Seed, 7, 11, ParserTrainer.Seed, 7];

    /// <summary>Report dev scores of the last parser epoch at several pruning thresholds.</summary>
    public static bool SweepParserPruning { get => ParserTrainer.SweepPruning; set => ParserTrainer.SweepPruning = value; }

    /// <param name="log">one line per finished step (epoch figures)</param>
    /// <param name="progress">the stage's name and the fraction of it done</param>
    public static void Train(SyntaxTrainingOptions options, Action<string> log, Action<string, double>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var tags = new LabelSet();
        var relations = new LabelSet();
        var train = Treebank.Prepare(ConlluFile.Read(options.TrainPath), tags, relations);
        var dev = Treebank.Prepare(ConlluFile.Read(options.DevPath), tags, relations);
        log($"read {train.Count:N0} train and {dev.Count:N0} dev sentences, {tags.Count} tags, {relations.Count} relations");
        Directory.CreateDirectory(options.OutputFolder);
        if (options.Encoder is { } encoder)
        {
            AttachVectors(train, encoder, p => progress?.Invoke("encoding train", p));
            AttachVectors(dev, encoder, p => progress?.Invoke("encoding dev", p));
            log($"encoded train and dev ({clock.Elapsed:mm\\:ss})");
        }

        var tagging = TaggerTrainer.Train(train, dev, tags, options.TaggerEpochs, log, progress);
        var tagger = tagging.Tagger;
        tagger.Save(Path.Combine(options.OutputFolder, TaggerFile));
        log($"tagger written ({clock.Elapsed:mm\\:ss})");

        var lemmatizer = LemmatizerTrainer.Train(train, tags);
        var devTagged = WithPredictedTags(tagger, dev);
        log($"lemmatizer: dev lemmas {100 * LemmaAccuracy(lemmatizer, devTagged, tagger):0.00}% (predicted tags)");
        lemmatizer.Save(Path.Combine(options.OutputFolder, LemmatizerFile));

        if (options.ParserEpochs <= 0)
            return;
        var trainTagged = options.Jackknife ? Jackknifed(train, tags, tagging, log) : WithGoldTags(train, tags);
        var devSentences = devTagged.Select(d => d.Sentence).ToList();
        var members = TrainParsers(trainTagged, devSentences, relations, options, log, progress);
        for (var m = 0; m < ParserEnsemble.MemberFiles.Length; m++)
        {
            var path = Path.Combine(options.OutputFolder, ParserEnsemble.MemberFiles[m].File);
            if (m < members.Length)
                members[m].Save(path);
            else
                File.Delete(path);
        }
        if (members.Length > 1)
        {
            var ensemble = new ParserEnsemble([.. members.Select((p, m) => (p, ParserEnsemble.MemberFiles[m].RightToLeft))]);
            var (uas, las) = ParserTrainer.Score(ensemble, devSentences);
            log($"parser vote of {members.Length}: dev UAS {100 * uas:0.00}%, LAS {100 * las:0.00}%");
        }
        log($"parser written ({clock.Elapsed:mm\\:ss})");
    }

    /// <summary>
    /// Trains the ensemble's members side by side, one per core: each is deterministic on its own,
    /// so the files do not depend on how the threads interleave.
    /// </summary>
    private static DependencyParser[] TrainParsers(List<ParserTrainer.TaggedSentence> train, List<ParserTrainer.TaggedSentence> dev, LabelSet relations,
        SyntaxTrainingOptions options, Action<string> log, Action<string, double>? progress)
    {
        var count = Math.Clamp(options.ParserMembers, 1, ParserEnsemble.MemberFiles.Length);
        var members = new DependencyParser[count];
        var gate = new object();
        List<ParserTrainer.TaggedSentence>? reversedTrain = null, reversedDev = null;
        if (ParserEnsemble.MemberFiles.Take(count).Any(f => f.RightToLeft))
        {
            reversedTrain = train.Select(ParserTrainer.Reversed).ToList();
            reversedDev = dev.Select(ParserTrainer.Reversed).ToList();
        }
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, count), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m =>
        {
            var (file, rightToLeft) = ParserEnsemble.MemberFiles[m];
            var name = count == 1 ? "parser" : $"parser {Path.GetFileNameWithoutExtension(file)}";
            members[m] = ParserTrainer.Train(rightToLeft ? reversedTrain! : train, rightToLeft ? reversedDev! : dev, relations, options.ParserEpochs,
                line => { lock (gate) log(count == 1 ? line : $"{name}: {line}"); },
                f => { lock (gate) progress?.Invoke(name, f); },
                ParserSeeds[m]);
        });
        return members;
    }

    /// <summary>Gives each sentence its words' encoder vectors, encoding a few dozen sentences per call so the encoder batches them.</summary>
    private static void AttachVectors(List<TreebankSentence> sentences, IWordEncoder encoder, Action<double> progress)
    {
        const int chunk = 64;
        for (var at = 0; at < sentences.Count; at += chunk)
        {
            var part = sentences.GetRange(at, Math.Min(chunk, sentences.Count - at));
            var vectors = encoder.EncodeSentences(part.Select(s => s.Forms).ToList());
            for (var k = 0; k < part.Count; k++)
                part[k].Vectors = vectors[k];
            progress((double)at / sentences.Count);
        }
    }

    /// <summary>
    /// Train sentences with the tags that the fold tagger which never saw them predicts, so the parser
    /// learns from tags as noisy as those it will see at run time.
    /// </summary>
    private static List<ParserTrainer.TaggedSentence> Jackknifed(List<TreebankSentence> train, LabelSet tags, TaggerTrainer.Result tagging, Action<string> log)
    {
        var result = new ParserTrainer.TaggedSentence[train.Count];
        for (var fold = 0; fold < tagging.FoldTaggers.Length; fold++)
        {
            var held = tagging.FoldOf[fold];
            var tagged = WithPredictedTags(tagging.FoldTaggers[fold], held.Select(i => train[i]).ToList());
            for (var k = 0; k < held.Length; k++)
                result[held[k]] = tagged[k].Sentence;
        }
        var correct = 0;
        var total = 0;
        foreach (var s in result)
        {
            for (var i = 0; i < s.Upos.Length; i++)
            {
                if (TagLabel.Join(s.Upos[i], s.Xpos[i]) == tags[s.Gold.Tags[i]]) correct++;
                total++;
            }
        }
        log($"jackknifed train tags for the parser ({tagging.FoldTaggers.Length} folds, both passes): UPOS+XPOS {100.0 * correct / total:0.00}%");
        return [.. result];
    }

    private static List<ParserTrainer.TaggedSentence> WithGoldTags(List<TreebankSentence> sentences, LabelSet tags)
    {
        var result = new List<ParserTrainer.TaggedSentence>(sentences.Count);
        foreach (var s in sentences)
        {
            var upos = new string[s.Forms.Length];
            var xpos = new string[s.Forms.Length];
            for (var i = 0; i < upos.Length; i++)
                (upos[i], xpos[i]) = TagLabel.Split(tags[s.Tags[i]]);
            result.Add(new ParserTrainer.TaggedSentence(s, upos, xpos));
        }
        return result;
    }

    private static List<(ParserTrainer.TaggedSentence Sentence, int[] Tags)> WithPredictedTags(PosTagger tagger, List<TreebankSentence> sentences)
    {
        var result = new List<(ParserTrainer.TaggedSentence, int[])>(sentences.Count);
        foreach (var s in sentences)
        {
            var predicted = new int[s.Forms.Length];
            tagger.Tag(s.Forms, predicted, s.Vectors);
            var upos = new string[predicted.Length];
            var xpos = new string[predicted.Length];
            for (var i = 0; i < predicted.Length; i++)
            {
                upos[i] = tagger.Upos(predicted[i]);
                xpos[i] = tagger.Xpos(predicted[i]);
            }
            result.Add((new ParserTrainer.TaggedSentence(s, upos, xpos), predicted));
        }
        return result;
    }

    private static double LemmaAccuracy(Lemmatizer lemmatizer, List<(ParserTrainer.TaggedSentence Sentence, int[] Tags)> sentences, PosTagger tagger)
    {
        int correct = 0, total = 0;
        foreach (var (s, tags) in sentences)
        {
            for (var i = 0; i < tags.Length; i++)
            {
                var gold = s.Gold.Lemmas[i];
                if (gold == "_" || lemmatizer.Lemmatize(s.Gold.Forms[i], tags[i], tagger.Upos(tags[i])) == gold)
                    correct++;
                total++;
            }
        }
        return (double)correct / total;
    }
}
