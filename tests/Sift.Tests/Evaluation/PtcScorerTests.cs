using Sift.Evaluation.Ptc;
using Sift.Intake;
using Sift.Model;

namespace Sift.Tests.Evaluation;

public class PtcSiScorerTests
{
    private static SiLabel L(string id, int start, int end) => new(id, new CodePointSpan(start, end));

    [Fact]
    public void Partial_overlap_earns_partial_credit()
    {
        SiLabel[] gold = [L("1", 0, 10), L("1", 20, 30)];
        SiLabel[] predicted = [L("1", 5, 15), L("1", 20, 30)];
        var score = PtcSiScorer.Score(gold, predicted);
        // [5,15)∩[0,10) = 5 positions: P += 5/10, R += 5/10.  [20,30)∩[20,30) = 10: P += 10/10, R += 10/10.
        // P = 1.5 / 2 predicted = 0.75;  R = 1.5 / 2 gold = 0.75;  F1 = 0.75.
        Assert.Equal(1.5, score.PrecisionNumerator, 12);
        Assert.Equal(0.75, score.Precision, 12);
        Assert.Equal(0.75, score.Recall, 12);
        Assert.Equal(0.75, score.F1, 12);
    }

    [Fact]
    public void Overlapping_gold_is_merged_but_touching_gold_is_not()
    {
        SiLabel[] gold = [L("1", 0, 10), L("1", 5, 20), L("1", 20, 25)];
        SiLabel[] predicted = [L("1", 0, 10)];
        var score = PtcSiScorer.Score(gold, predicted);
        // Gold merges to [0,20) and [20,25): 2 gold spans.
        // [0,10)∩[0,20) = 10: P += 10/10 = 1, R += 10/20 = 0.5.
        // P = 1/1 = 1;  R = 0.5/2 = 0.25;  F1 = 2·1·0.25/1.25 = 0.4.
        Assert.Equal(2, score.GoldSpans);
        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(0.25, score.Recall, 12);
        Assert.Equal(0.4, score.F1, 12);
    }

    [Fact]
    public void One_prediction_earns_credit_against_several_gold_spans()
    {
        SiLabel[] gold = [L("1", 0, 4), L("1", 6, 10)];
        SiLabel[] predicted = [L("1", 0, 10)];
        var score = PtcSiScorer.Score(gold, predicted);
        // P = (4/10 + 4/10) / 1 = 0.8;  R = (4/4 + 4/4) / 2 = 1;  F1 = 2·0.8·1/1.8 = 0.888…
        Assert.Equal(0.8, score.Precision, 12);
        Assert.Equal(1.0, score.Recall, 12);
        Assert.Equal(1.6 / 1.8, score.F1, 12);
    }

    [Fact]
    public void Overlapping_predictions_are_merged_or_rejected()
    {
        SiLabel[] gold = [L("1", 0, 10)];
        SiLabel[] predicted = [L("1", 0, 6), L("1", 4, 10)];
        var score = PtcSiScorer.Score(gold, predicted);
        // Predictions merge to [0,10): one span, P = 10/10 / 1 = 1, R = 10/10 / 1 = 1.
        Assert.Equal(1, score.PredictedSpans);
        Assert.Equal(1.0, score.F1, 12);
        var error = Assert.Throws<InputException>(() => PtcSiScorer.Score(gold, predicted, mergeOverlappingPredictions: false));
        Assert.Contains("[0,6) and [4,10) overlap", error.Message);
    }

    [Fact]
    public void Predictions_for_an_article_without_gold_count_only_in_the_precision_denominator()
    {
        SiLabel[] gold = [L("1", 0, 10), L("3", 0, 4)];
        SiLabel[] predicted = [L("1", 0, 10), L("2", 0, 5)];
        var score = PtcSiScorer.Score(gold, predicted);
        // P = (1 + 0) / 2 = 0.5;  R = 1 / 2 = 0.5;  F1 = 0.5.
        Assert.Equal(0.5, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
        Assert.Equal(0.5, score.F1, 12);
    }

    [Fact]
    public void Predictions_covering_more_articles_than_the_gold_are_rejected()
    {
        var error = Assert.Throws<InputException>(() => PtcSiScorer.Score([L("1", 0, 10)], [L("1", 0, 10), L("2", 0, 5)]));
        Assert.Contains("2 articles", error.Message);
    }

    [Fact]
    public void Edge_cases_follow_the_readme()
    {
        // Neither predicted nor gold spans: F1 = 1.
        Assert.Equal(1.0, PtcSiScorer.Score([], []).F1);
        // Gold but no predictions: P = 0 (no denominator), R = 0, F1 = 0.
        var none = PtcSiScorer.Score([L("1", 0, 10)], []);
        Assert.Equal(0.0, none.F1);
        // Predictions that miss every gold span: P = R = 0, F1 = 0.
        Assert.Equal(0.0, PtcSiScorer.Score([L("1", 0, 10)], [L("1", 10, 20)]).F1);
    }

    [Fact]
    public void Merge_unions_connected_spans()
    {
        var merged = PtcSiScorer.MergeOverlapping([new(10, 12), new(0, 5), new(4, 8), new(8, 9), new(11, 15)]);
        // [0,5)+[4,8) → [0,8); [8,9) only touches; [10,12)+[11,15) → [10,15).
        Assert.Equal([new CodePointSpan(0, 8), new CodePointSpan(8, 9), new CodePointSpan(10, 15)], merged);
    }

    [Fact]
    public void Utf16_predictions_are_scored_in_code_points()
    {
        using var folder = new TempFolder();
        // Code points: 0 U+FEFF, 1 H, 2 i, 3 ' ', 4 😀, 5 ' ', 6 y, 7 o, 8 u, 9 ' ', 10 a …; 😀 is two UTF-16 units.
        folder.Write("articles/article1.txt", "\uFEFFHi 😀 you are evil\n", withBom: false);
        folder.Write("labels-si.tsv", "1\t4\t9\n");
        var corpus = PtcCorpus.Load(folder.Path);
        var article = corpus["1"];
        Assert.Equal("😀 you", article.SiGold[0].Of(article.Text).ToString());

        // UTF-16 [4,8) is "😀 y" = code points [4,7): 3 code points inside the 5 of the gold.
        // P = 3/3 / 1 = 1;  R = 3/5 / 1 = 0.6;  F1 = 2·0.6/1.6 = 0.75.  (Counting UTF-16 units would give R = 4/6.)
        var score = PtcSiScorer.Score(corpus, [new KeyValuePair<string, IReadOnlyList<Span>>("1", [new Span(4, 8)])]);
        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(0.6, score.Recall, 12);
        Assert.Equal(0.75, score.F1, 12);
    }
}

public class PtcTcScorerTests
{
    private static TcLabel L(string id, string technique, int start, int end) => new(id, technique, new CodePointSpan(start, end));

    [Fact]
    public void Several_gold_techniques_on_one_span_match_in_the_best_order()
    {
        TcLabel[] gold = [L("1", "Doubt", 0, 5), L("1", "Slogans", 0, 5), L("1", "Loaded_Language", 10, 20)];
        TcLabel[] predicted = [L("1", "Slogans", 0, 5), L("1", "Doubt", 0, 5), L("1", "Name_Calling,Labeling", 10, 20)];
        var score = PtcTcScorer.Score(gold, predicted);
        // [0,5): {Doubt, Slogans} against {Slogans, Doubt} → 2 matches; [10,20): 0.  Accuracy = 2/3.
        Assert.Equal(2, score.Correct);
        Assert.Equal(3, score.Instances);
        Assert.Equal(2.0 / 3, score.MicroF1, 12);
        // Doubt: TP 1, predicted 1, gold 1 → F1 1.  Loaded_Language: gold 1, TP 0 → F1 0.
        // Name_Calling,Labeling: predicted 1, TP 0 → P 0, F1 0.
        Assert.Equal(1.0, score.PerTechnique["Doubt"].F1, 12);
        Assert.Equal(0.0, score.PerTechnique["Loaded_Language"].Recall, 12);
        Assert.Equal(1, score.PerTechnique["Name_Calling,Labeling"].Predicted);
        Assert.Equal(14, score.PerTechnique.Count);
    }

    [Fact]
    public void A_repeated_gold_technique_is_matched_once_per_prediction()
    {
        TcLabel[] gold = [L("1", "Doubt", 0, 5), L("1", "Doubt", 0, 5)];
        TcLabel[] predicted = [L("1", "Doubt", 0, 5), L("1", "Slogans", 0, 5)];
        // {Doubt, Doubt} against {Doubt, Slogans}: 1 match of 2 → 0.5.
        Assert.Equal(0.5, PtcTcScorer.Score(gold, predicted).MicroF1, 12);
    }

    [Theory]
    [InlineData("1\tDoubt\t0\t6", "predicted span [0,6) is not a gold span")]
    [InlineData("2\tDoubt\t0\t5", "article 1 has 1 gold spans but no predictions")]
    [InlineData("1\tDoubt\t0\t5\n1\tDoubt\t0\t5", "article 1 has 2 predicted lines but 1 gold lines")]
    [InlineData("1\tFear\t0\t5", "'Fear' is not one of the 14 technique names")]
    public void Predictions_must_cover_exactly_the_gold_spans(string predictedFile, string problem)
    {
        TcLabel[] gold = [L("1", "Doubt", 0, 5)];
        var predicted = PtcLabelFile.ParseTc(new StringReader(predictedFile), "pred");
        var error = Assert.Throws<InputException>(() => PtcTcScorer.Score(gold, predicted));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Extra_articles_are_named()
    {
        TcLabel[] gold = [L("1", "Doubt", 0, 5)];
        TcLabel[] predicted = [L("1", "Doubt", 0, 5), L("9", "Doubt", 0, 5)];
        var error = Assert.Throws<InputException>(() => PtcTcScorer.Score(gold, predicted));
        Assert.Contains("article 9 has predictions but no gold spans", error.Message);
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sift-eval-").FullName;

    public string Write(string relative, string content, bool withBom = false)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new System.Text.UTF8Encoding(withBom));
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
