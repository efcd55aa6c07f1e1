using System.CommandLine;
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
        return command;
    }

    private static Command Syntax()
    {
        var data = new Option<string?>("--data") { Description = "a folder with train.conllu and dev.conllu (default: the shared ../shared/data/ud-english/ewt)" };
        var output = new Option<string>("--output") { Description = "where to write the model files", DefaultValueFactory = _ => Path.Combine("models", "syntax") };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "tagger epochs to try; the best on dev is kept", DefaultValueFactory = _ => 8 };
        var parserEpochs = new Option<int>("--parser-epochs") { Description = "parser epochs to try; the best on dev is kept", DefaultValueFactory = _ => 12 };
        var goldTags = new Option<bool>("--gold-tags") { Description = "train the parser on gold tags instead of 5-fold jackknifed predicted tags" };
        var command = new Command("syntax", "POS tagger, lemmatizer and dependency parser from UD English EWT (train; epochs chosen on dev)")
        {
            data, output, taggerEpochs, parserEpochs, goldTags,
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
            var options = new SyntaxTrainingOptions(trainPath, devPath, parse.GetValue(output)!, parse.GetValue(taggerEpochs), parse.GetValue(parserEpochs), !parse.GetValue(goldTags));
            Sift.Syntax.SyntaxTrainer.SweepParserPruning = Environment.GetEnvironmentVariable("SIFT_SWEEP_PRUNING") == "1";
            Run(options);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Run(SyntaxTrainingOptions options)
    {
        if (!Terminal.ShowsProgress)
        {
            SyntaxTrainer.Train(options, Console.Out.WriteLine);
            return;
        }
        Terminal.Stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var started = new Dictionary<string, DateTime>();
                SyntaxTrainer.Train(options, Console.Out.WriteLine, (stage, fraction) =>
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
