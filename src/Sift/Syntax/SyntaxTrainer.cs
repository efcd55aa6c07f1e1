using System.Diagnostics;
using Sift.Evaluation.Conllu;
using Sift.Learning;

namespace Sift.Syntax;

/// <summary>What `sift train syntax` may change: epochs to try (the best on dev is kept) and where to write.</summary>
public sealed record SyntaxTrainingOptions(string TrainPath, string DevPath, string OutputFolder, int TaggerEpochs = 8, int ParserEpochs = 12);

/// <summary>
/// Trains the tagger, lemmatizer and parser on a CoNLL-U train file, chooses each model's epoch on
/// dev, and writes the model files. Deterministic: fixed-seed shuffles, no threads.
/// </summary>
public static class SyntaxTrainer
{
    public const string TaggerFile = "tagger.bin";
    public const string LemmatizerFile = "lemmatizer.bin";
    public const string ParserFile = "parser.bin";

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

        var tagger = TaggerTrainer.Train(train, dev, tags, options.TaggerEpochs, log, f => progress?.Invoke("tagger", f));
        tagger.Save(Path.Combine(options.OutputFolder, TaggerFile));
        log($"tagger written ({clock.Elapsed:mm\\:ss})");
    }
}
