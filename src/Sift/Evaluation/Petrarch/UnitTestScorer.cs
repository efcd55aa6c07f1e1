using Sift.Events;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Evaluation.Petrarch;

/// <summary>How many of one category's expected codings Sift reproduced.</summary>
public sealed record CategoryScore(string Category, int Records, int Expected, int Reproduced, int SystemEvents, int SystemCorrect)
{
    public double Recall => Expected == 0 ? 0 : (double)Reproduced / Expected;
    public double Precision => SystemEvents == 0 ? 0 : (double)SystemCorrect / SystemEvents;
}

/// <summary>What Sift coded for one record, with the text and syntax layers it coded them from.</summary>
public sealed record RecordResult(UnitTestRecord Record, IReadOnlyList<ExpectedCoding> System, int Reproduced, TextLayer? Text = null, SyntaxLayer? Syntax = null)
{
    /// <summary>Whether Sift's codings differ from the expected ones (a missed or an extra coding).</summary>
    public bool Differs => Record.NoEvents ? System.Count > 0 : Reproduced < Record.Codings.Distinct().Count() || System.Any(c => !Record.Codings.Contains(c));

    /// <summary>The dependency parse, one sentence a line: "index:word/UPOS/relation&gt;head" per token (heads 0 for the root).</summary>
    public IEnumerable<string> ParseLines()
    {
        if (Text is null || Syntax is null)
            yield break;
        foreach (var sentence in Text.Sentences)
        {
            var parts = new List<string>(sentence.TokenCount);
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var token = Text.Tokens[sentence.FirstToken + i];
                var y = Syntax.Tokens[sentence.FirstToken + i];
                var head = y.Head < 0 ? 0 : y.Head - sentence.FirstToken + 1;
                parts.Add($"{i + 1}:{Record.Text[token.Start..token.End]}/{y.Upos}/{y.Relation}>{head}");
            }
            yield return string.Join(' ', parts);
        }
    }
}

/// <summary>
/// Runs Sift's coder (its own tokenizer, tagger and parser; the records' Penn parses are ignored) on the
/// PETRARCH unit-test records with the validation dictionaries and counts reproduced codings. An expected
/// (source, target, code) triple counts once when Sift codes it; a noevents record counts as one expected
/// item, reproduced when Sift codes nothing; error records are not scored.
/// </summary>
public static class UnitTestScorer
{
    public static IReadOnlyList<RecordResult> Run(IReadOnlyList<UnitTestRecord> records, EventDictionaries dictionaries, SyntaxModels syntax, Action? tick = null)
    {
        var syntaxAnalyzer = new SyntaxAnalyzer(syntax);
        var dyadic = new EventAnalyzer(dictionaries, requireDyad: true);
        var open = new EventAnalyzer(dictionaries, requireDyad: false);
        var results = new List<RecordResult>();
        foreach (var record in records)
        {
            var article = new Article { Text = record.Text, Metadata = new ArticleMetadata { Published = record.Date }, Layout = TextLayout.BlankLineParagraphs, Source = record.Id };
            var text = TextSegmenter.Segment(article);
            var syntaxLayer = syntaxAnalyzer.AnalyzeAlone(article, text);
            var layer = (record.RequireDyad ? dyadic : open).Analyze(article, text, syntaxLayer, null, null);
            var system = new List<ExpectedCoding>();
            foreach (var e in layer?.Events ?? [])
            {
                var coding = new ExpectedCoding(e.Source.Code, e.Target.Code, e.Code);
                if (!system.Contains(coding))
                    system.Add(coding);
            }
            var reproduced = 0;
            if (record.NoEvents)
                reproduced = system.Count == 0 ? 1 : 0;
            else
            {
                foreach (var coding in record.Codings.Distinct())
                {
                    if (system.Contains(coding))
                        reproduced++;
                }
            }
            results.Add(new RecordResult(record, system, reproduced, text, syntaxLayer));
            tick?.Invoke();
        }
        return results;
    }

    /// <summary>Scores by category (in first-seen order) and, last, over all scored records ("all").</summary>
    public static IReadOnlyList<CategoryScore> Score(IReadOnlyList<RecordResult> results)
    {
        var order = new List<string>();
        var sums = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var total = new int[5];
        foreach (var r in results)
        {
            if (r.Record.Error)
                continue;
            var category = r.Record.Category.Length == 0 ? "-" : r.Record.Category;
            if (!sums.TryGetValue(category, out var s))
            {
                sums[category] = s = new int[5];
                order.Add(category);
            }
            var expected = r.Record.NoEvents ? 1 : r.Record.Codings.Distinct().Count();
            var correct = 0;
            foreach (var c in r.System)
            {
                if (r.Record.Codings.Contains(c))
                    correct++;
            }
            foreach (var a in (int[][])[s, total])
            {
                a[0]++;
                a[1] += expected;
                a[2] += r.Reproduced;
                a[3] += r.System.Count;
                a[4] += correct;
            }
        }
        var scores = order.Select(c => new CategoryScore(c, sums[c][0], sums[c][1], sums[c][2], sums[c][3], sums[c][4])).ToList();
        scores.Add(new CategoryScore("all", total[0], total[1], total[2], total[3], total[4]));
        return scores;
    }
}
