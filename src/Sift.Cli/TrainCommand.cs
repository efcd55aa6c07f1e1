using System.CommandLine;
using Sift.Entities.Ner;
using Sift.Framing.Propaganda;
using Sift.Learning;
using Sift.Syntax;
using Spectre.Console;

namespace Sift.Cli;

/// <summary>`sift train MODEL`: reproduces a committed model file from the shared data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from the shared data and write its files under models/");
        command.Subcommands.Add(Syntax());
        command.Subcommands.Add(Ner());
        command.Subcommands.Add(Propaganda());
        command.Subcommands.Add(LoadedWords());
        command.Subcommands.Add(Attribution());
        return command;
    }

    private static Command Syntax()
    {
        var data = new Option<string?>("--data") { Description = "a folder with train.conllu and dev.conllu (default: the shared ../shared/data/ud-english/ewt)" };
        var output = new Option<string?>("--output") { Description = $"where to write the model files (default: models/{SyntaxModels.DefaultFolder}, or models/{SyntaxModels.EncoderFolder} with --encoder)" };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "tagger epochs to try; the best on dev is kept", DefaultValueFactory = _ => 8 };
        var parserEpochs = new Option<int?>("--parser-epochs") { Description = "parser epochs to try; the best on dev is kept (default 12, or 9 with --encoder, where later epochs did not improve dev LAS and training must stay under 30 minutes)" };
        var parserMembers = new Option<int?>("--parser-members") { Description = "parsers to train and combine by vote: 1 to 5, the first three reading left to right, the others right to left (default 1, or 5 with --encoder)" };
        var goldTags = new Option<bool>("--gold-tags") { Description = "train the parser on gold tags instead of 5-fold jackknifed predicted tags" };
        var withEncoder = new Option<bool>("--encoder") { Description = $"train the encoder mode (written to models/{SyntaxModels.EncoderFolder} unless --output): the tagger and parser also read the MiniLM sentence encoder's word vectors" };
        var vectorCache = TrainingEncoder.CacheOption();
        var command = new Command("syntax", "POS tagger, lemmatizer and dependency parser from UD English EWT (train; epochs chosen on dev)")
        {
            data, output, taggerEpochs, parserEpochs, parserMembers, goldTags, withEncoder, vectorCache,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data) ?? DataLocator.Require("ud-english/ewt");
            var trainPath = Path.Combine(folder, "train.conllu");
            var devPath = Path.Combine(folder, "dev.conllu");
            foreach (var path in new[] { trainPath, devPath })
            {
                if (!File.Exists(path))
                    throw new Intake.InputException(path, "no such file");
            }
            var encoderMode = parse.GetValue(withEncoder);
            using var encoder = encoderMode ? new TrainingEncoder(parse.GetValue(vectorCache)) : null;
            var outputFolder = parse.GetValue(output) ?? Path.Combine("models", encoderMode ? SyntaxModels.EncoderFolder : SyntaxModels.DefaultFolder);
            var options = new SyntaxTrainingOptions(trainPath, devPath, outputFolder, parse.GetValue(taggerEpochs), parse.GetValue(parserEpochs) ?? (encoderMode ? 9 : 12), !parse.GetValue(goldTags), encoder?.Words,
                parse.GetValue(parserMembers) ?? (encoderMode ? 5 : 1));
            Sift.Syntax.SyntaxTrainer.SweepParserPruning = Environment.GetEnvironmentVariable("SIFT_SWEEP_PRUNING") == "1";
            Run((log, progress) => SyntaxTrainer.Train(options, log, progress));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Ner()
    {
        var data = new Option<string?>("--data") { Description = "a folder with train.txt and dev.txt in CoNLL-2003 format (default: the shared ../shared/data/conll2003)" };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "the gazetteer folder the place lists come from (default: the shared ../shared/data/gazetteer)" };
        var actors = new Option<string?>("--actors") { Description = "the PETRARCH-2 dictionary folder the actor lists come from (default: the shared ../shared/data/events/petrarch2)" };
        var output = new Option<string?>("--output") { Description = $"the model file to write (default: models/{EntityRecognizer.DefaultFile}, or models/{EntityRecognizer.EncoderFile} with --encoder)" };
        var withEncoder = new Option<bool>("--encoder") { Description = "train the encoder mode: the MiniLM sentence encoder's word vectors beside the sparse features" };
        var epochs = new Option<int?>("--epochs") { Description = "epochs to try for each pass; the best on dev is kept (default 12, or 24 with --encoder, whose dev F1 still rose after epoch 12)" };
        var vectorCache = TrainingEncoder.CacheOption();
        var command = new Command("ner", "The fast named-entity recognizer (PER, ORG, LOC, MISC) from CoNLL-2003 train; epochs chosen on dev")
        {
            data, gazetteer, actors, output, epochs, withEncoder, vectorCache,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data) ?? DataLocator.Require("conll2003");
            var trainPath = Path.Combine(folder, "train.txt");
            var devPath = Path.Combine(folder, "dev.txt");
            foreach (var path in new[] { trainPath, devPath })
            {
                if (!File.Exists(path))
                    throw new Intake.InputException(path, "no such file");
            }
            var lists = NameListBuilder.FromGazetteerAndActors(parse.GetValue(gazetteer) ?? DataLocator.Require("gazetteer"),
                parse.GetValue(actors) ?? DataLocator.Require("events/petrarch2"));
            var encoderMode = parse.GetValue(withEncoder);
            var outputPath = parse.GetValue(output) ?? Path.Combine("models", encoderMode ? EntityRecognizer.EncoderFile : EntityRecognizer.DefaultFile);
            var options = new NerTrainingOptions(trainPath, devPath, outputPath, parse.GetValue(epochs) ?? (encoderMode ? 24 : 12));
            using var encoder = encoderMode ? new TrainingEncoder(parse.GetValue(vectorCache)) : null;
            Run((log, progress) => NerTrainer.Train(options, lists, log, progress, encoder?.Words).Save(options.OutputPath));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Propaganda()
    {
        var data = new Option<string?>("--data") { Description = "a PTC folder with articles/ and labels-si.tsv, labels-tc.tsv (default: the shared ../shared/data/ptc/train)" };
        var lexicons = new Option<string?>("--lexicons") { Description = "the lexicon folder the cue lists come from (default: the shared ../shared/data/lexicons)" };
        var output = new Option<string?>("--output") { Description = $"the shipped model, trained on all articles (default: models/{PropagandaModel.DefaultFile}, or models/{PropagandaModel.FastFile} with --fast)" };
        var holdout = new Option<string?>("--holdout-output") { Description = "the model trained without the validation articles (default: the output's name with -holdout)" };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "span-tagger epochs to try; the best on validation is kept", DefaultValueFactory = _ => 10 };
        var classifierEpochs = new Option<int>("--classifier-epochs") { Description = "technique-classifier epochs to try; the best on validation is kept", DefaultValueFactory = _ => 20 };
        var fast = new Option<bool>("--fast") { Description = "fast mode: sparse features only, no sentence encoder" };
        var command = new Command("propaganda", "Propaganda span tagger (SI) and technique classifier (TC) from PTC train; choices made on its validation split, then retrained on all articles")
        {
            data, lexicons, output, holdout, taggerEpochs, classifierEpochs, fast,
        };
        command.SetAction(parse =>
        {
            var fastMode = parse.GetValue(fast);
            using var encoder = fastMode
                ? null
                : new Sift.Encoder.SentenceEncoder(new Sift.Encoder.SentenceEncoderOptions { IntraOpThreads = Environment.ProcessorCount });
            var outputPath = parse.GetValue(output) ?? Path.Combine("models", fastMode ? PropagandaModel.FastFile : PropagandaModel.DefaultFile);
            var options = new PropagandaTrainingOptions(parse.GetValue(data) ?? DataLocator.Require("ptc/train"),
                parse.GetValue(lexicons) ?? DataLocator.Require("lexicons"), outputPath,
                parse.GetValue(holdout) ?? PropagandaModel.HoldoutOf(outputPath),
                parse.GetValue(taggerEpochs), parse.GetValue(classifierEpochs),
                encoder is null ? null : encoder.Encode);
            Run((log, progress) => PropagandaTrainer.Train(options, log, progress).Save(options.OutputPath));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command LoadedWords()
    {
        var data = new Option<string?>("--data") { Description = "a PTC folder with articles/ and labels-tc.tsv (default: the shared ../shared/data/ptc/train)" };
        var output = new Option<string?>("--output") { Description = $"the list to write, learned from all articles (default: models/{Sift.Framing.Loaded.LoadedWords.File})" };
        var command = new Command("loaded-words", "Words PTC's annotators mark as loaded language or name calling in most of their uses; thresholds chosen on the validation split")
        {
            data, output,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data) ?? DataLocator.Require("ptc/train");
            var outputPath = parse.GetValue(output) ?? Path.Combine("models", Sift.Framing.Loaded.LoadedWords.File);
            Run((log, progress) => Sift.Framing.Loaded.LoadedWordsTrainer.Train(folder, log, progress).Words.Save(outputPath));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs a training with its log on stdout and, on a terminal, a progress bar per stage with rate and time left.</summary>
    private static Command Attribution()
    {
        var data = new Option<string?>("--data") { Description = "a PolNeAR split folder (text/, attributions/; default: the shared ../shared/data/quotes/polnear/train)" };
        var verbs = new Option<string?>("--report-verbs") { Description = "the report-verb list (default: the shared ../shared/data/lexicons/recasens2013-bias-cues/report_verbs.txt)" };
        var output = new Option<string?>("--output") { Description = $"the model file to write (default: models/{Sift.Quotes.AttributionModel.FastFile}, or models/{Sift.Quotes.AttributionModel.EncoderFile} with --encoder)" };
        var epochs = new Option<int?>("--epochs") { Description = $"epochs to try for each pass; the best on validation (the last month) is kept (default {Sift.Quotes.AttributionTrainingOptions.FastEpochs}, or {Sift.Quotes.AttributionTrainingOptions.EncoderEpochs} with --encoder)" };
        var encoder = new Option<bool>("--encoder") { Description = "encoder mode: train on encoder-mode parses with the sentence encoder's vectors (the default model of `sift analyze`)" };
        var seed = new Option<int?>("--seed") { Description = $"seeds the order articles are shuffled in each epoch (default {Sift.Quotes.AttributionTrainingOptions.DefaultSeed}); another seed shows how much the figures owe to the order" };
        var command = new Command("attribution", "The attribution tagger (source, cue, content) from PolNeAR train; its last month is validation")
        {
            data, verbs, output, epochs, encoder, seed,
        };
        command.SetAction(parse =>
        {
            var encoderMode = parse.GetValue(encoder);
            var options = new Sift.Quotes.AttributionTrainingOptions(
                parse.GetValue(data) ?? DataLocator.Require("quotes/polnear/train"),
                parse.GetValue(verbs) ?? DataLocator.Require("lexicons/recasens2013-bias-cues/report_verbs.txt"),
                parse.GetValue(output) ?? Path.Combine("models", encoderMode ? Sift.Quotes.AttributionModel.EncoderFile : Sift.Quotes.AttributionModel.FastFile),
                parse.GetValue(epochs) ?? (encoderMode ? Sift.Quotes.AttributionTrainingOptions.EncoderEpochs : Sift.Quotes.AttributionTrainingOptions.FastEpochs), encoderMode,
                parse.GetValue(seed) ?? Sift.Quotes.AttributionTrainingOptions.DefaultSeed);
            Run((log, progress) =>
            {
                var model = Sift.Quotes.AttributionTrainer.Train(options, log, progress);
                model.Save(options.OutputPath);
                log($"wrote {options.OutputPath} ({new FileInfo(options.OutputPath).Length / 1024:N0} KB)");
            });
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The word encoder an encoder-mode training run reads: MiniLM on every core, behind the vector
    /// cache when `--vector-cache` names one (written back when the run ends).
    /// </summary>
    private sealed class TrainingEncoder : IDisposable
    {
        private readonly Sift.Encoder.SentenceEncoder _encoder = new(new Sift.Encoder.SentenceEncoderOptions { IntraOpThreads = Environment.ProcessorCount });
        private readonly Sift.Encoder.CachedWordEncoder? _cache;

        public TrainingEncoder(string? cachePath)
        {
            var words = new Sift.Encoder.EncoderWords(_encoder);
            _cache = cachePath is null ? null : new Sift.Encoder.CachedWordEncoder(words, cachePath);
            Words = (IWordEncoder?)_cache ?? words;
        }

        public IWordEncoder Words { get; }

        public static Option<string?> CacheOption() =>
            new("--vector-cache") { Description = "with --encoder: a file that keeps the encoder's vectors between runs (written if missing)" };

        public void Dispose()
        {
            _cache?.Dispose();
            _encoder.Dispose();
        }
    }

    private static void Run(Action<Action<string>, Action<string, double>?> train)
    {
        if (!Terminal.ShowsProgress)
        {
            train(Console.Out.WriteLine, null);
            return;
        }
        Terminal.Stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var started = new Dictionary<string, DateTime>();
                train(Console.Out.WriteLine, (stage, fraction) =>
                {
                    if (!tasks.TryGetValue(stage, out var task))
                    {
                        tasks[stage] = task = ctx.AddTask(stage, maxValue: 1000);
                        started[stage] = DateTime.UtcNow;
                    }
                    task.Value = fraction * 1000;
                    var seconds = (DateTime.UtcNow - started[stage]).TotalSeconds;
                    task.Description = $"{stage} ({100 * fraction / Math.Max(seconds, 1e-3):0.0}%/s)";
                });
            });
    }
}
