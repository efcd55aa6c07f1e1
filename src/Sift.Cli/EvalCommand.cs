using System.CommandLine;
using Sift.Entities;
using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Evaluation.Coref;
using Sift.Evaluation;
using Sift.Evaluation.Conll;
using Sift.Evaluation.Extraction;
using Sift.Evaluation.Ptc;
using Sift.Framing.Propaganda;
using Sift.Evaluation.TempEval;
using Sift.Intake;

namespace Sift.Cli;

/// <summary>
/// `sift eval TASK`: scores Sift, or another system's output given with --predictions, with the
/// benchmark's official metric. --data points at any split in the benchmark's own layout (the
/// shared one by default), so a held-out split is scored exactly like the shared one.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score Sift (or another system's output) with each benchmark's official metric");
        command.Subcommands.Add(Task("ptc-si", "PTC span identification: span-overlap P/R/F1 with partial credit (SemEval-2020 Task 11 SI)",
            "ptc/train", "a PTC folder (articles/, labels-si.tsv)", "a PTC SI label file (article_id, start, end in code points)", PtcSi, withSplit: true,
            writeKind: "Sift's spans as a PTC SI label file"));
        command.Subcommands.Add(Task("ptc-tc", "PTC technique classification: micro-F1 over the gold spans (SemEval-2020 Task 11 TC)",
            "ptc/train", "a PTC folder (articles/, labels-tc.tsv)", "a PTC TC label file (article_id, technique, start, end)", PtcTc, withSplit: true,
            writeKind: "Sift's techniques for the gold spans as a PTC TC label file"));
        command.Subcommands.Add(Task("ner", "CoNLL-2003 named entities: entity-level P/R/F1 as conlleval computes them",
            "conll2003/dev.txt", "a CoNLL-2003 file", "a CoNLL file whose last column is the predicted tag", Ner,
            writeKind: "a CoNLL file of word, gold tag, Sift's tag (conlleval's input)", withFast: true));
        command.Subcommands.Add(Task("timex", "TempEval-3 Task A: strict and relaxed extent F1, type F1, value F1",
            "tempeval3/train", "a folder of TimeML (.tml) files", "a folder of TimeML files with the same names", Timex,
            writeKind: "a folder of Sift's TimeML files, one per document", withFast: true));
        command.Subcommands.Add(Task("extraction", "Article-extraction benchmark: 4-shingle precision/recall/F1 and exact-match accuracy of the main text",
            "extraction", "a folder with ground-truth.json and html/<id>.html.gz", "a predictions JSON file ({id: {articleBody}})", Extraction));
        command.Subcommands.Add(Syntax());
        command.Subcommands.Add(Coref());
        command.Subcommands.Add(Attribution());
        command.Subcommands.Add(Events());
        return command;
    }

    private static Command Events()
    {
        var data = new Option<string?>("--data") { Description = "a folder with PETR.UnitTest.records.xml and the PETR.Validate.* dictionaries (default: the shared events/petrarch2-unittest)" };
        var json = new Option<bool>("--json") { Description = "print one JSON object with every figure" };
        var write = new Option<string?>("--write") { Description = "also write each record's expected and Sift's codings to this TSV file" };
        var errors = new Option<bool>("--errors") { Description = "also print every record whose codings differ from the expected ones: its text, the expected and Sift's codings, and Sift's dependency parse" };
        var category = new Option<string?>("--category") { Description = "score only the records of this category (DEMO, PATTERN, …)" };
        var fast = new Option<bool>("--fast") { Description = "parse with the fast syntax models (no sentence encoder), as `sift analyze --fast` does" };
        var command = new Command("events", "PETRARCH unit-test records: share of expected (source, target, event code) codings Sift reproduces, by category")
        {
            data, json, write, errors, category, fast,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data) ?? DataLocator.Require(Path.Combine("events", "petrarch2-unittest"));
            if (!Directory.Exists(folder))
                throw new InputException(folder, "the folder does not exist");
            var records = Sift.Evaluation.Petrarch.UnitTestRecords.Load(folder);
            if (parse.GetValue(category) is { } only)
            {
                records = [.. records.Where(r => string.Equals(r.Category, only, StringComparison.OrdinalIgnoreCase))];
                if (records.Count == 0)
                    throw new UsageException($"no record has the category {only}");
            }
            var dictionaries = Sift.Events.EventDictionaries.LoadValidate(folder);
            IReadOnlyList<Sift.Evaluation.Petrarch.RecordResult> results = [];
            Terminal.WithProgress("Coding", records.Count, tick =>
                results = Sift.Evaluation.Petrarch.UnitTestScorer.Run(records, dictionaries,
                    Sift.Syntax.SyntaxModels.For(parse.GetValue(fast)), tick));
            var scores = Sift.Evaluation.Petrarch.UnitTestScorer.Score(results);
            var all = scores[^1];
            var report = new EvalReport("events", folder, null) { ClassHeading = "categories" }
                .Add("records", all.Records)
                .Add("expectedCodings", all.Expected)
                .Add("reproduced", all.Reproduced)
                .Add("reproducedShare", all.Recall)
                .Add("systemCodings", all.SystemEvents)
                .Add("systemPrecision", all.Precision)
                .Add("errorRecordsNotScored", results.Count(r => r.Record.Error));
            foreach (var score in scores.Take(scores.Count - 1))
                report.AddClass(score.Category, ("reproduced", score.Recall), ("expected", score.Expected), ("precision", score.Precision), ("records", score.Records));
            if (parse.GetValue(write) is { } path)
            {
                using var w = new StreamWriter(path);
                w.WriteLine("id\tcategory\texpected\tsift\treproduced\ttext");
                foreach (var r in results)
                {
                    var expected = r.Record.NoEvents ? "noevents" : string.Join(' ', r.Record.Codings.Select(c => $"{c.Source}|{c.Target}|{c.Code}"));
                    w.WriteLine($"{r.Record.Id}\t{r.Record.Category}\t{expected}\t{string.Join(' ', r.System.Select(c => $"{c.Source}|{c.Target}|{c.Code}"))}\t{r.Reproduced}\t{r.Record.Text}");
                }
            }
            if (parse.GetValue(errors))
            {
                foreach (var r in results.Where(r => !r.Record.Error && r.Differs))
                {
                    var expected = r.Record.NoEvents ? "noevents" : string.Join(' ', r.Record.Codings.Distinct().Select(c => $"{c.Source}|{c.Target}|{c.Code}"));
                    Console.Error.WriteLine($"{r.Record.Id} [{r.Record.Category}] {r.Record.Text}");
                    Console.Error.WriteLine($"  expected: {expected}");
                    Console.Error.WriteLine($"  sift:     {string.Join(' ', r.System.Select(c => $"{c.Source}|{c.Target}|{c.Code}"))}");
                    foreach (var line in r.ParseLines())
                        Console.Error.WriteLine($"  parse:    {line}");
                }
            }
            report.Print(parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Coref()
    {
        var data = new Option<string?>("--data") { Description = "a folder of coreference JSON files (default: the repository's hand-annotated tests/Sift.Tests/Fixtures/coref)" };
        var json = new Option<bool>("--json") { Description = "print one JSON object with every figure" };
        var fast = new Option<bool>("--fast") { Description = "use the fast recognizer and syntax models (no sentence encoder)" };
        var command = new Command("coref", "Within-article coreference on the hand-annotated articles: MUC and B³ P/R/F1 (micro over documents), mention detection")
        {
            data, json, fast,
        };
        command.SetAction(parse =>
        {
            // The repository is the folder that holds models/.
            var repoRoot = Path.GetDirectoryName(ModelLocator.Require("").TrimEnd('/', '\\')) ?? ".";
            var folder = parse.GetValue(data) ?? Path.Combine(repoRoot, "tests", "Sift.Tests", "Fixtures", "coref");
            var documents = CorefFixture.Load(folder, repoRoot);
            var fastMode = parse.GetValue(fast);
            var analyzer = new EntityAnalyzer(fastMode ? EntityRecognizer.Default : EntityRecognizer.WithEncoder, new PlaceResolver(Gazetteer.Default));
            var total = CorefScore.Zero;
            var mentions = new PrecisionRecall();
            var kinds = Enum.GetValues<Sift.Evaluation.Coref.MentionKind>();
            var goldByKind = new int[kinds.Length];
            var foundByKind = new int[kinds.Length];
            Terminal.WithProgress("Resolving", documents.Count, tick =>
            {
                foreach (var document in documents)
                {
                    var system = SiftCorefAnnotator.Annotate(document, analyzer, Sift.Syntax.SyntaxModels.For(fastMode));
                    total += CorefScorer.Score(document.Clusters, system);
                    var m = SiftCorefAnnotator.Mentions(document.Clusters, system);
                    mentions = new PrecisionRecall(mentions.PrecisionNumerator + m.PrecisionNumerator, mentions.Predicted + m.Predicted,
                        mentions.RecallNumerator + m.RecallNumerator, mentions.Gold + m.Gold);
                    var found = system.SelectMany(c => c).ToHashSet();
                    foreach (var mention in document.Mentions)
                    {
                        goldByKind[(int)mention.Kind]++;
                        if (found.Contains(mention.Span))
                            foundByKind[(int)mention.Kind]++;
                    }
                    tick();
                }
            });
            var report = new EvalReport("coref", folder, null) { ClassHeading = "mentionKinds" }
                .Add("mode", fastMode ? "fast" : "encoder")
                .Add("documents", documents.Count)
                .Add("mucPrecision", total.Muc.Precision).Add("mucRecall", total.Muc.Recall).Add("mucF1", total.Muc.F1)
                .Add("b3Precision", total.BCubed.Precision).Add("b3Recall", total.BCubed.Recall).Add("b3F1", total.BCubed.F1)
                .Add("mentionPrecision", mentions.Precision).Add("mentionRecall", mentions.Recall).Add("mentionF1", mentions.F1)
                .Add("goldMentions", mentions.Gold).Add("systemMentions", mentions.Predicted);
            // How many gold mentions of each kind Sift found at exactly their span (whatever entity it put them in).
            foreach (var kind in kinds)
            {
                var k = (int)kind;
                report.AddClass(Sift.Model.Json.AnalysisJson.Camel(kind.ToString()),
                    ("detected", goldByKind[k] > 0 ? (double)foundByKind[k] / goldByKind[k] : 0.0), ("support", goldByKind[k]));
            }
            report.Print(parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Attribution()
    {
        var data = new Option<string?>("--data") { Description = "a PolNeAR split folder (text/, attributions/*.ann) (default: the shared ../shared/data/quotes/polnear/train)" };
        var predictions = new Option<string?>("--predictions") { Description = "score this folder of BRAT .ann files (one <article>.ann or <article>_*.ann each) instead of running Sift" };
        var split = new Option<string?>("--split") { Description = "which articles by date: validation (from 2016-08-08, the last month; the default on the shared train folder), train (before it), or all (the default with --data)" };
        split.AcceptOnlyFromAmong("validation", "train", "all");
        var json = new Option<bool>("--json") { Description = "print one JSON object with every figure" };
        var write = new Option<string?>("--write") { Description = "also write Sift's attributions to this folder as BRAT (<article>.txt and <article>.ann)" };
        var fast = new Option<bool>("--fast") { Description = "parse with the fast syntax models (no sentence encoder), as `sift analyze --fast` does" };
        var command = new Command("attribution", "PolNeAR attributions: P/R/F1 for source, cue and content spans and whole attributions, by exact and by overlap match")
        {
            data, predictions, split, json, write, fast,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(data);
            var folder = given ?? DataLocator.Require("quotes/polnear/train");
            if (!Directory.Exists(folder))
                throw new InputException(folder, "no such directory");
            var predicted = parse.GetValue(predictions);
            if (predicted is not null && !Directory.Exists(predicted))
                throw new InputException(predicted, "no such directory");
            var chosen = parse.GetValue(split) ?? (given is null ? "validation" : "all");
            var articles = Sift.Evaluation.PolNear.PolNearCorpus.Load(folder)
                .Where(a => chosen switch
                {
                    "validation" => a.Published >= Sift.Evaluation.PolNear.PolNearCorpus.ValidationStart,
                    "train" => a.Published < Sift.Evaluation.PolNear.PolNearCorpus.ValidationStart,
                    _ => true,
                }).ToList();
            var pairs = new List<(string, IReadOnlyList<Sift.Evaluation.PolNear.PolNearAttribution>, IReadOnlyList<Sift.Evaluation.PolNear.PolNearAttribution>)>();
            if (predicted is null)
            {
                var model = Sift.Quotes.AttributionModel.For(parse.GetValue(fast));
                var analyzer = new Sift.Quotes.QuoteAnalyzer(model);
                var syntax = new Sift.Syntax.SyntaxAnalyzer(Sift.Syntax.SyntaxModels.For(parse.GetValue(fast)));
                var results = new IReadOnlyList<Sift.Evaluation.PolNear.PolNearAttribution>[articles.Count];
                Terminal.WithProgress("Finding attributions", articles.Count, tick =>
                {
                    for (var i = 0; i < articles.Count; i++)
                    {
                        var article = articles[i].ToArticle();
                        var text = Sift.Text.TextSegmenter.Segment(article);
                        var vectors = syntax.UsesEncoder || analyzer.UsesEncoder ? Sift.Encoder.SentenceEncoder.Shared.Encode(article, text) : null;
                        var layer = analyzer.Analyze(article, text, syntax.Analyze(article, text, vectors), null, vectors);
                        results[i] = Sift.Quotes.AttributionTrainer.ToPolNear(layer.Attributions);
                        if (parse.GetValue(write) is { } output)
                        {
                            Directory.CreateDirectory(output);
                            File.WriteAllText(Path.Combine(output, articles[i].Id + ".txt"), article.Text);
                            File.WriteAllText(Path.Combine(output, articles[i].Id + ".ann"), Sift.Quotes.BratExport.Write(article.Text, layer));
                        }
                        tick();
                    }
                });
                for (var i = 0; i < articles.Count; i++)
                    pairs.Add((articles[i].Text, articles[i].Attributions, results[i]));
            }
            else
            {
                foreach (var a in articles)
                {
                    var file = Path.Combine(predicted, a.Id + ".ann");
                    if (!File.Exists(file))
                        file = Directory.GetFiles(predicted, a.Id + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault() ?? file;
                    pairs.Add((a.Text, a.Attributions, File.Exists(file) ? Sift.Evaluation.PolNear.PolNearCorpus.ReadAnn(file, a.Text) : []));
                }
            }
            var score = Sift.Evaluation.PolNear.PolNearScorer.Score(pairs);
            var report = new EvalReport("attribution", folder, predicted) { ClassHeading = "roles" }
                .Add("split", chosen).Add("articles", articles.Count)
                .Add("goldAttributions", score.AttributionOverlap.Gold).Add("predictedAttributions", score.AttributionOverlap.Predicted)
                .Add("attributionOverlapF1", score.AttributionOverlap.F1).Add("attributionExactF1", score.AttributionExact.F1);
            foreach (var (name, exact, overlap) in new[]
            {
                ("source", score.SourceExact, score.SourceOverlap), ("cue", score.CueExact, score.CueOverlap),
                ("content", score.ContentExact, score.ContentOverlap), ("attribution", score.AttributionExact, score.AttributionOverlap),
            })
            {
                report.AddClass(name, ("exactPrecision", exact.Precision), ("exactRecall", exact.Recall), ("exactF1", exact.F1),
                    ("overlapPrecision", overlap.Precision), ("overlapRecall", overlap.Recall), ("overlapF1", overlap.F1), ("gold", exact.Gold));
            }
            report.Print(parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Syntax()
    {
        var data = new Option<string?>("--data") { Description = "a CoNLL-U file (default: the shared ../shared/data/ud-english/ewt/dev.conllu)" };
        var predictions = new Option<string?>("--predictions") { Description = "score this system CoNLL-U file instead of running Sift" };
        var json = new Option<bool>("--json") { Description = "print one JSON object with every figure" };
        var tokenization = new Option<string>("--tokenization")
        {
            Description = "gold: tag and parse the gold words; sift: re-tokenize each sentence's '# text' with Sift's tokenizer (scored with the CoNLL 2018 alignment)",
            DefaultValueFactory = _ => "gold",
        };
        tokenization.AcceptOnlyFromAmong("gold", "sift");
        var write = new Option<string?>("--write") { Description = "also write Sift's system CoNLL-U to this file" };
        var fast = new Option<bool>("--fast") { Description = "score the fast models (no sentence encoder)" };
        var command = new Command("syntax", "UD tagging, lemmas and dependencies: CoNLL 2018 UPOS, XPOS, Lemmas, UAS, LAS (F1 over aligned words)")
        {
            data, predictions, json, tokenization, write, fast,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(data) ?? DataLocator.Require("ud-english/ewt/dev.conllu");
            if (!File.Exists(path))
                throw new InputException(path, "no such file");
            var predicted = parse.GetValue(predictions);
            if (predicted is not null && !File.Exists(predicted))
                throw new InputException(predicted, "no such file");
            var mode = parse.GetValue(tokenization)!;
            var gold = Sift.Evaluation.Conllu.ConlluFile.Read(path);
            var isFast = parse.GetValue(fast);
            var models = Sift.Syntax.SyntaxModels.For(isFast);
            var system = predicted is not null
                ? Sift.Evaluation.Conllu.ConlluFile.Read(predicted)
                : Sift.Syntax.SyntaxPredictor.Predict(gold, models, mode == "sift",
                    models.UsesEncoder ? new Sift.Encoder.EncoderWords(Sift.Encoder.SentenceEncoder.Shared) : null);
            if (parse.GetValue(write) is { } output && predicted is null)
            {
                using var writer = new StreamWriter(output);
                Sift.Evaluation.Conllu.ConlluFile.Write(writer, system);
            }
            var score = Sift.Evaluation.Conllu.ConlluEval.Score(gold, system);
            new EvalReport("syntax", path, predicted)
                .Add("tokenization", predicted is null ? mode : "system")
                .Add("mode", predicted is not null ? "system" : isFast ? "fast" : "encoder")
                .Add("tokensF1", score.TokensF1).Add("wordsF1", score.WordsF1)
                .Add("upos", score.UposF1).Add("xpos", score.XposF1).Add("lemmas", score.LemmasF1)
                .Add("uas", score.UasF1).Add("las", score.LasF1)
                .Add("goldWords", score.GoldWords).Add("systemWords", score.SystemWords)
                .Print(parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record Request(string Data, string? Predictions, string Split, string? Write, bool Fast);

    private static Command Task(string name, string description, string defaultData, string dataKind, string predictionsKind,
        Func<Request, EvalReport> run, bool withSplit = false, string? writeKind = null, bool withFast = false)
    {
        var data = new Option<string?>("--data") { Description = $"{dataKind} (default: the shared ../shared/data/{defaultData})" };
        var predictions = new Option<string?>("--predictions") { Description = $"score this file instead of running Sift: {predictionsKind}" };
        var json = new Option<bool>("--json") { Description = "print one JSON object with every figure" };
        var command = new Command(name, description) { data, predictions, json };
        Option<string>? split = null;
        if (withSplit)
        {
            split = new Option<string>("--split")
            {
                Description = "which articles: validation (ids divisible by 5; the default on the shared train folder), train (the rest), or all (the default with --data)",
            };
            split.AcceptOnlyFromAmong("validation", "train", "all");
            command.Options.Add(split);
        }
        Option<bool>? fast = null;
        if (withSplit || withFast)
        {
            // The PTC, NER and timex tasks have two modes: encoder (the default) and fast.
            fast = new Option<bool>("--fast") { Description = "score the fast models (no sentence encoder)" };
            command.Options.Add(fast);
        }
        Option<string?>? write = null;
        if (writeKind is not null)
        {
            write = new Option<string?>("--write") { Description = $"also write Sift's output: {writeKind}" };
            command.Options.Add(write);
        }
        command.SetAction(parse =>
        {
            var given = parse.GetValue(data);
            var path = given ?? DataLocator.Require(defaultData);
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new InputException(path, "no such file or directory");
            var predicted = parse.GetValue(predictions);
            if (predicted is not null && !File.Exists(predicted) && !Directory.Exists(predicted))
                throw new InputException(predicted, "no such file or directory");
            var chosenSplit = (split is null ? null : parse.GetValue(split)) ?? (given is null ? "validation" : "all");
            run(new Request(path, predicted, chosenSplit, write is null ? null : parse.GetValue(write), fast is not null && parse.GetValue(fast))).Print(parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static PtcCorpus LoadPtc(Request request) =>
        request.Split switch
        {
            "validation" => PtcCorpus.Load(request.Data).SplitForValidation().Validation,
            "train" => PtcCorpus.Load(request.Data).SplitForValidation().Train,
            _ => PtcCorpus.Load(request.Data),
        };

    private static HashSet<string> Ids(PtcCorpus corpus) => corpus.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The propaganda model to score a PTC split with: on the shared train folder's validation split
    /// the holdout model, which never saw those articles; elsewhere the shipped one.
    /// </summary>
    private static (PropagandaModel Model, string File) PtcModel(Request request)
    {
        var file = request.Fast ? PropagandaModel.FastFile : PropagandaModel.DefaultFile;
        if (request.Split != "all")
            file = PropagandaModel.HoldoutOf(file);
        return (PropagandaModel.Load(ModelLocator.Require(file)), file);
    }

    private static List<PtcPredictor.Prepared> PreparePtc(PtcCorpus corpus, PropagandaModel model)
    {
        List<PtcPredictor.Prepared> prepared = [];
        Func<Sift.Model.Article, Sift.Model.TextLayer, Sift.Encoder.TokenVectors>? encode = model.UsesEncoder
            ? Sift.Encoder.SentenceEncoder.Shared.Encode
            : null;
        Terminal.WithProgress(encode is null ? "Reading articles" : "Reading and encoding articles", corpus.Articles.Count, tick =>
        {
            foreach (var article in corpus.Articles)
            {
                prepared.Add(PtcPredictor.Prepare(article, model.Cues, encode));
                tick();
            }
        });
        return prepared;
    }

    private static EvalReport PtcSi(Request request)
    {
        var corpus = LoadPtc(request);
        PtcSiScore score;
        string? modelFile = null;
        if (request.Predictions is null)
        {
            var (model, file) = PtcModel(request);
            modelFile = file;
            var spans = PtcPredictor.Spans(model, PreparePtc(corpus, model));
            score = PtcSiScorer.Score(corpus, spans);
            if (request.Write is { } output)
                PtcLabelFile.WriteSi(output, spans.SelectMany(p => p.Value.Select(s => corpus.ToSiLabel(p.Key, s))));
        }
        else
        {
            var ids = Ids(corpus);
            var predicted = PtcLabelFile.ReadSi(request.Predictions).Where(l => ids.Contains(l.ArticleId)).ToList();
            score = PtcSiScorer.Score(corpus.SiLabels, predicted);
        }
        var report = new EvalReport("ptc-si", request.Data, request.Predictions)
            .Add("split", request.Split).Add("articles", corpus.Articles.Count);
        if (modelFile is not null)
            report.Add("model", modelFile);
        return report
            .Add("precision", score.Precision).Add("recall", score.Recall).Add("f1", score.F1)
            .Add("predictedSpans", score.PredictedSpans).Add("goldSpans", score.GoldSpans);
    }

    private static EvalReport PtcTc(Request request)
    {
        var corpus = LoadPtc(request);
        IReadOnlyList<TcLabel> predicted;
        string? modelFile = null;
        if (request.Predictions is null)
        {
            var (model, file) = PtcModel(request);
            modelFile = file;
            predicted = PtcPredictor.Techniques(model, PreparePtc(corpus, model));
            if (request.Write is { } output)
                PtcLabelFile.WriteTc(output, predicted);
        }
        else
        {
            var ids = Ids(corpus);
            predicted = PtcLabelFile.ReadTc(request.Predictions).Where(l => ids.Contains(l.ArticleId)).ToList();
        }
        var score = PtcTcScorer.Score(corpus.TcLabels, predicted);
        var report = new EvalReport("ptc-tc", request.Data, request.Predictions) { ClassHeading = "techniques" }
            .Add("split", request.Split).Add("articles", corpus.Articles.Count);
        if (modelFile is not null)
            report.Add("model", modelFile);
        report.Add("microF1", score.MicroF1).Add("macroF1", score.MacroF1).Add("correct", score.Correct).Add("instances", score.Instances);
        AddClasses(report, score.PerTechnique);
        return report;
    }

    private static EvalReport Ner(Request request)
    {
        ConllScore score;
        if (request.Predictions is null)
        {
            var gold = ConllFile.Read(request.Data);
            var recognizer = request.Fast ? EntityRecognizer.Default : EntityRecognizer.WithEncoder;
            var predicted = NerPredictor.Predict(gold, recognizer,
                recognizer.UsesEncoder ? new Sift.Encoder.EncoderWords(Sift.Encoder.SentenceEncoder.Shared) : null);
            score = ConllEval.Score(gold.Tags(-1), predicted);
            if (request.Write is { } output)
                WriteConllPredictions(output, gold, predicted);
        }
        else
        {
            score = ConllEval.ScoreFiles(request.Data, request.Predictions);
        }
        var report = new EvalReport("ner", request.Data, request.Predictions) { ClassHeading = "types" };
        if (request.Predictions is null)
            report.Add("mode", request.Fast ? "fast" : "encoder");
        report.Add("precision", score.Overall.Precision).Add("recall", score.Overall.Recall).Add("f1", score.Overall.F1)
            .Add("goldEntities", score.Overall.Gold).Add("predictedEntities", score.Overall.Predicted)
            .Add("tokenAccuracy", score.TokenAccuracy);
        AddClasses(report, score.PerType);
        return report;
    }

    /// <summary>conlleval's input: word, gold tag, predicted tag; a blank line after each sentence.</summary>
    private static void WriteConllPredictions(string path, ConllFile gold, List<string[]> predicted)
    {
        using var writer = new StreamWriter(path);
        for (var s = 0; s < gold.Sentences.Count; s++)
        {
            var tokens = gold.Sentences[s].Tokens;
            for (var i = 0; i < tokens.Count; i++)
                writer.WriteLine($"{tokens[i].Word} {tokens[i].LastColumn} {predicted[s][i]}");
            writer.WriteLine();
        }
    }

    private static EvalReport Timex(Request request)
    {
        if (!Directory.Exists(request.Data) || (request.Predictions is not null && !Directory.Exists(request.Predictions)))
            throw new UsageException("timex scores a folder of TimeML files (--data) against Sift or a folder of TimeML files (--predictions)");
        TempEvalTimexScore score;
        if (request.Predictions is null)
        {
            var gold = TimeMLReader.ReadFolder(request.Data, dropKnownDuplicates: true);
            var system = new TimeMLDocument[gold.Count];
            Terminal.WithProgress("Annotating", gold.Count, tick =>
            {
                for (var i = 0; i < gold.Count; i++)
                {
                    system[i] = SiftTimexAnnotator.Annotate(gold[i], Sift.Syntax.SyntaxModels.For(request.Fast));
                    tick();
                }
            });
            score = TempEvalTimexScorer.Score(gold, system);
            if (request.Write is { } folder)
            {
                Directory.CreateDirectory(folder);
                foreach (var doc in system)
                    TimeMLWriter.Write(Path.Combine(folder, doc.Name), doc);
            }
        }
        else
        {
            score = TempEvalTimexScorer.ScoreFolders(request.Data, request.Predictions);
        }
        var report = new EvalReport("timex", request.Data, request.Predictions);
        if (request.Predictions is null)
            report.Add("mode", request.Fast ? "fast" : "encoder");
        return report
            .Add("strictPrecision", score.Strict.Precision).Add("strictRecall", score.Strict.Recall).Add("strictF1", score.Strict.F1)
            .Add("relaxedPrecision", score.Relaxed.Precision).Add("relaxedRecall", score.Relaxed.Recall).Add("relaxedF1", score.Relaxed.F1)
            .Add("typeAccuracy", score.TypeAccuracy).Add("typeF1", score.TypeF1)
            .Add("valueAccuracy", score.ValueAccuracy).Add("valueF1", score.ValueF1)
            .Add("goldTimexes", score.Relaxed.Gold).Add("systemTimexes", score.Relaxed.Predicted);
    }

    private static EvalReport Extraction(Request request)
    {
        if (!Directory.Exists(request.Data))
            throw new UsageException("extraction scores a folder holding ground-truth.json and html/ (--data)");
        var score = request.Predictions is null
            ? Terminal.WithStatus("Extracting the main text of each page", () => ExtractionBenchmark.RunHtmlExtractor(request.Data, Environment.ProcessorCount))
            : ExtractionBenchmark.ScoreFile(request.Data, request.Predictions);
        return new EvalReport("extraction", request.Data, request.Predictions)
            .Add("f1", score.F1).Add("f1BootstrapStdDev", score.F1StandardDeviation())
            .Add("precision", score.Precision).Add("recall", score.Recall)
            .Add("accuracy", score.Accuracy).Add("pages", score.Pages);
    }

    private static void AddClasses(EvalReport report, IReadOnlyDictionary<string, PrecisionRecall> classes)
    {
        foreach (var (name, pr) in classes.OrderBy(c => c.Key, StringComparer.Ordinal))
            report.AddClass(name, pr.Precision, pr.Recall, pr.F1, pr.Gold);
    }
}
