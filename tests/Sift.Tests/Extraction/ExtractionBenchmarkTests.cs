using Sift.Evaluation.Extraction;

namespace Sift.Tests.Extraction;

public class ExtractionBenchmarkTests
{
    [Fact]
    public void Benchmark_loads_all_shared_pages()
    {
        var pages = ExtractionBenchmark.Load(ExtractionBenchmark.DefaultFolder);
        Assert.Equal(121, pages.Count);
        Assert.All(pages, p => Assert.False(string.IsNullOrEmpty(p.ArticleBody)));
        Assert.Contains("<html", pages[0].ReadHtml(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ground_truth_scored_against_itself_is_perfect()
    {
        var pages = ExtractionBenchmark.Load(ExtractionBenchmark.DefaultFolder);
        var score = ExtractionBenchmark.Score(pages, pages.ToDictionary(p => p.Id, p => p.ArticleBody));
        Assert.Equal(1.0, score.F1, 12);
        Assert.Equal(1.0, score.Accuracy, 12);
    }

    /// <summary>
    /// Behaviour guard for the HTML extractor on the 121 shared pages: measured F1 0.985 (precision 0.982, recall
    /// 0.987, accuracy 0.455); the floors leave a small margin. (Published on this subset: trafilatura 2.0.0 0.963,
    /// Readability.js 0.949; SmartReader 0.11.1 measured 0.954.)
    /// </summary>
    [Fact]
    public void Html_extractor_keeps_its_benchmark_score()
    {
        var score = ExtractionBenchmark.RunHtmlExtractor(maxParallelism: 2);
        Assert.Equal(121, score.Pages);
        Assert.True(score.F1 >= 0.975, score.ToString());
        Assert.True(score.Precision >= 0.97, score.ToString());
        Assert.True(score.Recall >= 0.975, score.ToString());
        // no page may come back empty
        Assert.All(score.PageResults, p => Assert.True(p.Counts.HasPrediction, p.Url));
    }
}
