using System.Text;
using Sift.Evaluation.Ptc;
using Sift.Model;

namespace Sift.Tests.Evaluation;

public class CodePointMapTests
{
    [Fact]
    public void Maps_both_ways_around_a_surrogate_pair()
    {
        // a 😀 b: code points 0 a, 1 😀, 2 b; UTF-16 units 0 a, 1-2 😀, 3 b.
        var map = new CodePointMap("a😀b");
        Assert.Equal(3, map.CodePointLength);
        Assert.Equal(4, map.Utf16Length);
        Assert.Equal([0, 1, 3, 4], Enumerable.Range(0, 4).Select(map.ToUtf16));
        Assert.Equal(2, map.ToCodePoint(3));
        Assert.Equal(3, map.ToCodePoint(4));
        Assert.Throws<ArgumentException>(() => map.ToCodePoint(2));
        Assert.Equal(new Span(1, 3), map.ToUtf16(new CodePointSpan(1, 2)));
    }

    [Fact]
    public void Is_the_identity_without_surrogate_pairs()
    {
        var map = new CodePointMap("\uFEFFabc\u00AD");
        Assert.False(map.HasSurrogatePairs);
        Assert.Equal(5, map.ToUtf16(5));
        Assert.Equal(2, map.ToCodePoint(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.ToUtf16(6));
    }
}

public class PtcLabelFileTests
{
    [Fact]
    public void Writes_what_it_reads()
    {
        const string si = "111\t265\t323\n222\t0\t4\n";
        const string tc = "111\tName_Calling,Labeling\t265\t323\n";
        var siLabels = PtcLabelFile.ParseSi(new StringReader(si), "si");
        var tcLabels = PtcLabelFile.ParseTc(new StringReader(tc), "tc");
        Assert.Equal(new SiLabel("111", new CodePointSpan(265, 323)), siLabels[0]);
        Assert.Equal("Name_Calling,Labeling", tcLabels[0].Technique);

        var siOut = new StringWriter();
        PtcLabelFile.WriteSi(siOut, siLabels);
        var tcOut = new StringWriter();
        PtcLabelFile.WriteTc(tcOut, tcLabels);
        Assert.Equal(si, siOut.ToString());
        Assert.Equal(tc, tcOut.ToString());
    }

    [Theory]
    [InlineData("1\t2", "expected 3 tab-separated fields")]
    [InlineData("1\tx\t4", "start offset 'x'")]
    [InlineData("1\t5\t5", "empty or reversed")]
    public void Bad_lines_name_the_file_and_line(string line, string problem)
    {
        var error = Assert.Throws<Sift.Intake.InputException>(() => PtcLabelFile.ParseSi(new StringReader("1\t0\t3\n" + line), "pred.tsv"));
        Assert.StartsWith("pred.tsv:2:", error.Message);
        Assert.Contains(problem, error.Message);
    }
}

public class PtcCorpusLayoutTests
{
    [Fact]
    public void Reads_the_per_article_label_folders_and_tolerates_a_missing_label_file()
    {
        using var folder = new TempFolder();
        folder.Write("train-articles/article5.txt", "Title\n\nThey are evil.\n");
        folder.Write("train-articles/article6.txt", "Other\n");
        folder.Write("train-labels-task1-span-identification/article5.task1-SI.labels", "5\t16\t20\n");
        var corpus = PtcCorpus.Load(folder.Path);
        Assert.True(corpus.HasSiLabels);
        Assert.False(corpus.HasTcLabels);
        Assert.Equal("evil", corpus["5"].SiGold[0].Of(corpus["5"].Text).ToString());
        Assert.Empty(corpus["6"].SiGold);
        var (train, validation) = corpus.SplitForValidation();
        Assert.Equal(["5"], validation.Articles.Select(a => a.Id));
        Assert.Equal(["6"], train.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Labels_for_a_missing_article_are_reported()
    {
        using var folder = new TempFolder();
        folder.Write("articles/article5.txt", "Title\n");
        folder.Write("labels-tc.tsv", "7\tDoubt\t0\t2\n");
        var error = Assert.Throws<Sift.Intake.InputException>(() => PtcCorpus.Load(folder.Path));
        Assert.Contains("labels name article 7, which has no article7.txt", error.Message);
    }
}

public class PtcTrainCorpusTests
{
    private static readonly Lazy<PtcCorpus> Train = new(() => PtcCorpus.Load(DataLocator.Require("ptc/train")));

    private static readonly string[] EmojiArticles = ["696246189", "755170235", "756114837", "769752554", "769962236", "999000870"];

    [Fact]
    public void Counts_match_the_readme()
    {
        var corpus = Train.Value;
        Assert.Equal(371, corpus.Articles.Count);
        Assert.Equal(5468, corpus.SiLabels.Count);
        Assert.Equal(6129, corpus.TcLabels.Count);
        Assert.Equal(357, corpus.Articles.Count(a => a.SiGold.Count > 0));
        Assert.Equal(77, corpus.Articles.Count(a => a.IsValidation));
        var (train, validation) = corpus.SplitForValidation();
        Assert.Equal(294, train.Articles.Count);
        Assert.Equal(corpus.SiLabels.Count, train.SiLabels.Count + validation.SiLabels.Count);
    }

    [Fact]
    public void Every_gold_span_covers_the_text_its_code_points_name()
    {
        foreach (var article in Train.Value.Articles)
        {
            var runes = article.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            string ByCodePoints(CodePointSpan s) => string.Concat(runes[s.Start..s.End]);
            for (var i = 0; i < article.SiGold.Count; i++)
                Assert.Equal(ByCodePoints(article.SiGoldCodePoints[i]), article.SiGold[i].Of(article.Text).ToString());
            for (var i = 0; i < article.TcGold.Count; i++)
                Assert.Equal(ByCodePoints(article.TcGoldLabels[i].Span), article.TcGold[i].Span.Of(article.Text).ToString());
        }
    }

    [Fact]
    public void Byte_order_marks_are_kept_as_character_zero()
    {
        Assert.Equal('\uFEFF', Train.Value["712382330"].Text[0]);
        Assert.Equal('\uFEFF', Train.Value["705409419"].Text[0]);
    }

    [Fact]
    public void Spans_after_emoji_shift_in_utf16_and_stay_on_word_boundaries()
    {
        var corpus = Train.Value;
        var shiftedSi = 0;
        var shiftedTc = 0;
        foreach (var id in EmojiArticles)
        {
            var article = corpus[id];
            Assert.True(article.Map.HasSurrogatePairs, id);
            shiftedSi += article.SiGold.Where((s, i) => s.Start != article.SiGoldCodePoints[i].Start).Count();
            shiftedTc += article.TcGold.Where((s, i) => s.Span.Start != article.TcGoldLabels[i].Span.Start).Count();
            foreach (var span in article.SiGold.Concat(article.TcGold.Select(t => t.Span)))
            {
                var text = span.Of(article.Text);
                Assert.False(" \n.,:;".Contains(text[0]), $"{id} {span} starts with '{text[0]}'");
                Assert.False(" \n.,:;".Contains(text[^1]), $"{id} {span} ends with '{text[^1]}'");
            }
        }
        // The README: offsets after a non-BMP character move in 22 SI and 23 TC spans of train.
        Assert.Equal(22, shiftedSi);
        Assert.Equal(23, shiftedTc);
        Assert.Equal(6, corpus.Articles.Count(a => a.Map.HasSurrogatePairs));
    }

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var corpus = Train.Value;
        Assert.Equal(1.0, PtcSiScorer.Score(corpus.SiLabels, corpus.SiLabels).F1, 12);
        Assert.Equal(1.0, PtcTcScorer.Score(corpus.TcLabels, corpus.TcLabels.Reverse()).MicroF1, 12);

        var (_, validation) = corpus.SplitForValidation();
        var utf16 = validation.Articles.Select(a => new KeyValuePair<string, IReadOnlyList<Span>>(a.Id, a.SiGold));
        Assert.Equal(1.0, PtcSiScorer.Score(validation, utf16).F1, 12);
        var techniques = validation.Articles.SelectMany(a => a.TcGold.Select(t => (a.Id, t)));
        Assert.Equal(1.0, PtcTcScorer.Score(validation, techniques).MicroF1, 12);
        // TC spans merged on shared characters are 5,397 (README), so the merged SI gold is no smaller.
        Assert.True(PtcSiScorer.Score(corpus.SiLabels, corpus.SiLabels).GoldSpans >= 5397);
    }

    [Fact]
    public void Written_labels_read_back_equal()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "tc.tsv");
        PtcLabelFile.WriteTc(path, Train.Value.TcLabels);
        Assert.Equal(File.ReadAllBytes(System.IO.Path.Combine(DataLocator.Require("ptc/train"), "labels-tc.tsv")), File.ReadAllBytes(path));
        Assert.Equal(Train.Value.TcLabels, PtcLabelFile.ReadTc(path));
    }
}
