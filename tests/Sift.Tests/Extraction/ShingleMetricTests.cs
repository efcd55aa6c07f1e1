using System.Text;
using Sift.Evaluation.Extraction;

namespace Sift.Tests.Extraction;

public class ShingleMetricTests
{
    private const double Eps = 1e-12;

    [Fact]
    public void Tokens_follow_python_word_characters()
    {
        // \w+ with Python's Unicode meaning: letters, numbers and '_' only; apostrophes, dashes and dots split
        Assert.Equal(["Don", "t", "stop", "it", "s", "3", "5", "km_h"], ShingleMetric.Tokenize("Don't stop—it's 3.5 km_h"));
        // a combining accent (Mn) is not a word character for Python, unlike .NET's \w
        Assert.Equal(["cafe", "x"], ShingleMetric.Tokenize("cafe\u0301 x"));
        // Hangul syllables are letters (Lo); superscript two is a number (No)
        Assert.Equal(["안녕", "하세요", "m²"], ShingleMetric.Tokenize("안녕 하세요, m²!"));
        Assert.Empty(ShingleMetric.Tokenize(""));
        Assert.Empty(ShingleMetric.Tokenize(null));
    }

    [Fact]
    public void Identical_texts_match_exactly()
    {
        // "a b c d e" → shingles (a b c d), (b c d e): TP = 2, FP = FN = 0 → P = R = 1
        var counts = ShingleMetric.Compare("a b c d e", "a, b. c d e");
        Assert.Equal(1.0, counts.TruePositive, Eps);
        Assert.Equal(1.0, counts.Precision, Eps);
        Assert.Equal(1.0, counts.Recall, Eps);
        Assert.True(ShingleMetric.ExactMatch("a b c d e", "a, b. c d e"));
    }

    [Fact]
    public void Extra_predicted_text_costs_precision()
    {
        // truth: 6 tokens → 3 shingles; prediction adds "today" → 4 shingles, the 4th ("on the mat today") is extra.
        // raw TP = 3, FP = 1, FN = 0; normalised by 4 → 0.75, 0.25, 0 → P = 0.75 / (0.75 + 0.25) = 0.75, R = 1
        Assert.Equal((3, 1, 0), ShingleMetric.RawCounts("the cat sat on the mat", "the cat sat on the mat today"));
        var counts = ShingleMetric.Compare("the cat sat on the mat", "the cat sat on the mat today");
        Assert.Equal(0.75, counts.TruePositive, Eps);
        Assert.Equal(0.25, counts.FalsePositive, Eps);
        Assert.Equal(0.75, counts.Precision, Eps);
        Assert.Equal(1.0, counts.Recall, Eps);
        Assert.False(ShingleMetric.ExactMatch("the cat sat on the mat", "the cat sat on the mat today"));
    }

    [Fact]
    public void Shingles_are_a_multiset()
    {
        // truth "a b c d a b c d": shingles abcd, bcda, cdab, dabc, abcd → {abcd: 2, bcda, cdab, dabc: 1} (5 in all)
        // prediction "a b c d" → {abcd: 1}. TP = min(2, 1) = 1, FP = 0, FN = 1 + 3 = 4 → normalised 1/5, 0, 4/5
        // P = (1/5) / (1/5 + 0) = 1, R = (1/5) / (1/5 + 4/5) = 0.2
        Assert.Equal((1, 0, 4), ShingleMetric.RawCounts("a b c d a b c d", "a b c d"));
        var counts = ShingleMetric.Compare("a b c d a b c d", "a b c d");
        Assert.Equal(1.0, counts.Precision, Eps);
        Assert.Equal(0.2, counts.Recall, Eps);
    }

    [Fact]
    public void Texts_shorter_than_four_tokens_give_one_short_shingle()
    {
        Assert.Single(ShingleMetric.Shingles(["Hello", "world"]));
        // same short text: one shared shingle → TP = 1 → P = R = 1
        var same = ShingleMetric.Compare("Hello world", "Hello, world!");
        Assert.Equal(1.0, same.Precision, Eps);
        Assert.Equal(1.0, same.Recall, Eps);
        // "Hello world" vs "Hello there world": two different single shingles → TP = 0, FP = 1, FN = 1 → P = R = 0
        Assert.Equal((0, 1, 1), ShingleMetric.RawCounts("Hello world", "Hello there world"));
        var different = ShingleMetric.Compare("Hello world", "Hello there world");
        Assert.Equal(0.0, different.Precision, Eps);
        Assert.Equal(0.0, different.Recall, Eps);
    }

    [Fact]
    public void Empty_texts()
    {
        // both empty: TP = FP = FN = 0 → FP = FN = 0 so P = R = 1, but the page enters neither average
        var both = ShingleMetric.Compare("", "  ... ");
        Assert.Equal(1.0, both.Precision, Eps);
        Assert.Equal(1.0, both.Recall, Eps);
        Assert.False(both.HasPrediction);
        Assert.False(both.HasTruth);
        Assert.True(ShingleMetric.ExactMatch("", "..."));

        // empty prediction: TP = FP = 0, FN = 1 → P = 0 (TP = FP = 0) but excluded from the precision average; R = 0
        var missing = ShingleMetric.Compare("one two three four five", "");
        Assert.Equal(0.0, missing.Precision, Eps);
        Assert.Equal(0.0, missing.Recall, Eps);
        Assert.False(missing.HasPrediction);
        Assert.True(missing.HasTruth);
    }

    [Fact]
    public void Averages_precision_and_recall_over_their_own_pages_then_takes_f1()
    {
        var pages = new[]
        {
            Page("p1", "the cat sat on the mat", "the cat sat on the mat today"), // P 0.75, R 1
            Page("p2", "one two three four five", ""),                           // no P (TP+FP = 0), R 0
            Page("p3", "", ""),                                                  // in neither average; exact
        };
        var score = ExtractionScore.FromPages(pages);
        // precision = mean(0.75) = 0.75; recall = mean(1, 0) = 0.5; F1 = 2 · 0.75 · 0.5 / 1.25 = 0.6; accuracy = 1/3
        Assert.Equal(0.75, score.Precision, Eps);
        Assert.Equal(0.5, score.Recall, Eps);
        Assert.Equal(0.6, score.F1, Eps);
        Assert.Equal(1.0 / 3, score.Accuracy, Eps);
        Assert.Equal(3, score.Pages);
        Assert.True(score.F1StandardDeviation() >= 0);
    }

    private static PageResult Page(string id, string truth, string prediction) =>
        new(id, "", ShingleMetric.Compare(truth, prediction), ShingleMetric.ExactMatch(truth, prediction), truth, prediction);

    [Fact]
    public void Predictions_file_round_trips_in_the_benchmark_layout()
    {
        var path = Path.GetTempFileName();
        try
        {
            PredictionsFile.Write(path, new Dictionary<string, string> { ["b"] = "Zwei “Wörter”", ["a"] = "one\n\ntwo" });
            var text = File.ReadAllText(path, System.Text.Encoding.UTF8);
            // sorted keys, indent 4, no escapes for non-ASCII, no trailing newline
            Assert.Equal("{\n    \"a\": {\n        \"articleBody\": \"one\\n\\ntwo\"\n    },\n    \"b\": {\n        \"articleBody\": \"Zwei “Wörter”\"\n    }\n}",
                text.Replace("\r\n", "\n"));
            var read = PredictionsFile.Read(path);
            Assert.Equal("one\n\ntwo", read["a"]);
            Assert.Equal("Zwei “Wörter”", read["b"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Predictions_file_may_be_wrapped_with_a_version()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"version": "1.0", "output": {"x": {"articleBody": "text"}, "y": {}}}""");
            var read = PredictionsFile.Read(path);
            Assert.Equal("text", read["x"]);
            Assert.Equal("", read["y"]);
            File.WriteAllText(path, "[1, 2]");
            Assert.Throws<Sift.Intake.InputException>(() => PredictionsFile.Read(path));
            File.WriteAllText(path, "{not json");
            Assert.Throws<Sift.Intake.InputException>(() => PredictionsFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
