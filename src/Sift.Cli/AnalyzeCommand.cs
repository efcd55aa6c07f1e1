using System.CommandLine;
using System.Globalization;
using Sift.Intake;
using Sift.Model;
using Sift.Model.Json;
using Sift.Provenance;

namespace Sift.Cli;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (text, HTML, article JSON, JSONL), folders, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: report (for people), json (the sift/1 document), jsonl (one analysis a line), conllu (tags, lemmas and dependencies, a block per sentence), ptc (technique spans as PTC TC label lines: article id, technique, start, end in code points), brat (attributions as BRAT standoff .ann lines with PolNeAR's labels, offsets in code points of the text), gdelt (events as GDELT 2.0 event-table rows), events-csv (events as CSV with a header)",
            DefaultValueFactory = _ => "report",
        };
        format.AcceptOnlyFromAmong("report", "json", "jsonl", "conllu", "ptc", "brat", "gdelt", "events-csv");
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Keep only propaganda-technique spans at or above this confidence (0 to 1)",
            DefaultValueFactory = _ => 0,
        };
        var date = new Option<string?>("--date") { Description = "Publication date, yyyy-MM-dd (overrides the input's)" };
        var url = new Option<string?>("--url") { Description = "The article's URL (overrides the input's)" };
        var site = new Option<string?>("--site") { Description = "The site the article was read from (overrides the input's)" };
        var maxSize = new Option<double>("--max-size")
        {
            Description = "Largest article accepted, in MB",
            DefaultValueFactory = _ => IntakeOptions.DefaultMaxBytes / (1024.0 * 1024.0),
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Articles analyzed at once",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };

        var fast = new Option<bool>("--fast") { Description = "Skip the sentence encoder: the fast syntax, recognizer and propaganda models (for bulk work)" };
        var command = new Command("analyze", "Analyze articles and report what Sift finds in them")
        {
            inputs, format, date, url, site, maxSize, threads, minConfidence, fast,
        };
        command.SetAction(parse =>
        {
            var overrides = new ArticleMetadata
            {
                Published = ParseDate(parse.GetValue(date)),
                Url = parse.GetValue(url),
                Site = parse.GetValue(site),
            };
            var size = parse.GetValue(maxSize);
            if (size <= 0)
                throw new UsageException("--max-size must be a positive number of MB");
            var threadCount = parse.GetValue(threads);
            if (threadCount < 1)
                throw new UsageException("--threads must be at least 1");
            var names = parse.GetValue(inputs)!;
            if (names.FirstOrDefault(n => n.StartsWith('-') && n != "-") is { } unknown)
                throw new UsageException($"unknown option '{unknown}'");
            var minimum = parse.GetValue(minConfidence);
            if (minimum is < 0 or > 1)
                throw new UsageException("--min-confidence must be between 0 and 1");
            var options = new IntakeOptions { MaxBytes = (long)(size * 1024 * 1024) };
            return Run(names, parse.GetValue(format)!, overrides, options, threadCount, minimum, parse.GetValue(fast));
        });
        return command;
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null)
            return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"--date '{value}' is not a date in the form yyyy-MM-dd");
    }

    private static int Run(string[] inputs, string format, ArticleMetadata overrides, IntakeOptions options, int threads, double minConfidence, bool fast)
    {
        var batch = inputs.Length > 1 || inputs.Any(i => Directory.Exists(i) || IsJsonLines(i));
        var items = inputs.SelectMany(i => InputReader.Read(i, options)).Select(item => WithOverrides(item, overrides));
        var pipeline = Pipeline.CreateDefault(fast);
        var stdout = Console.Out;
        int succeeded = 0, failed = 0;
        var gdelt = format == "gdelt" ? Sift.Events.GdeltExport.Default : null;
        var eventsCsv = format == "events-csv" ? new Sift.Events.EventsCsvExport() : null;

        if (format == "json" && batch)
            stdout.WriteLine("[");
        // A bar drawn on the same terminal as the reports would tear them; it shows when output goes elsewhere.
        var showBar = batch && (format != "report" || Console.IsOutputRedirected);
        Terminal.WithProgress("Analyzing", showBar ? BatchSize.Count(inputs) : 1, tick =>
        {
            pipeline.Run(items, threads, result =>
            {
                tick();
                if (result.Analysis is not { } analysis)
                {
                    failed++;
                    Console.Error.WriteLine($"sift: {result.Error}");
                    return;
                }
                if (minConfidence > 0)
                    analysis = analysis.WithMinConfidence(minConfidence);
                switch (format)
                {
                    case "jsonl":
                        stdout.WriteLine(AnalysisJson.Serialize(analysis, indented: false));
                        break;
                    case "conllu":
                        Sift.Syntax.ConlluExport.Write(stdout, analysis);
                        break;
                    case "ptc":
                        Sift.Framing.PtcExport.Write(stdout, analysis);
                        break;
                    case "brat":
                        // A batch puts each article's lines after a comment line naming it.
                        if (batch)
                            stdout.WriteLine($"# {analysis.Article.Source}");
                        stdout.Write(analysis.Attributions is { } attributions ? Sift.Quotes.BratExport.Write(analysis.Article.Text, attributions) : "");
                        break;
                    case "gdelt":
                        gdelt!.Write(stdout, analysis);
                        break;
                    case "events-csv":
                        eventsCsv!.Write(stdout, analysis);
                        break;
                    case "json":
                        if (succeeded > 0)
                            stdout.WriteLine(",");
                        stdout.Write(AnalysisJson.Serialize(analysis));
                        if (!batch)
                            stdout.WriteLine();
                        break;
                    default:
                        Report.Write(analysis, Spectre.Console.AnsiConsole.Console);
                        break;
                }
                foreach (var warning in analysis.Warnings)
                    Console.Error.WriteLine($"sift: warning: {warning}");
                succeeded++;
            });
        });
        if (format == "json" && batch)
            stdout.WriteLine(succeeded > 0 ? "\n]" : "]");
        stdout.Flush();
        return failed == 0 ? ExitCodes.Success : succeeded == 0 ? ExitCodes.InputError : ExitCodes.SomeFailed;
    }

    private static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    private static IntakeItem WithOverrides(IntakeItem item, ArticleMetadata overrides)
    {
        if (item.Article is not { } article)
            return item;
        var metadata = article.Metadata.With(overrides);
        if (metadata.Site is null && metadata.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out _))
            metadata = metadata with { Site = SourceDirectory.NormalizeDomain(u) };
        return item with { Article = article with { Metadata = metadata } };
    }
}

/// <summary>How many articles a batch holds, for the progress bar: files, plus the lines of JSONL files.</summary>
internal static class BatchSize
{
    public static int Count(string[] inputs)
    {
        var n = 0;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                    n += CountFile(file);
            }
            else if (File.Exists(input))
            {
                n += CountFile(input);
            }
            else
            {
                n++;
            }
        }
        return n;
    }

    private static int CountFile(string path)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            return 1;
        var lines = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
                lines++;
        }
        return lines;
    }
}
