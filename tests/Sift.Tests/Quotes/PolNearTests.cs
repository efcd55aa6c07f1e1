using Sift.Evaluation.PolNear;
using Sift.Model;
using Sift.Quotes;

namespace Sift.Tests.Quotes;

public class PolNearTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sift-polnear-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, true);
    }

    private const string Text = "“It’s rigged,” Trump said.\n\nClinton’s aide says “no.”";

    private void Write(string id, string ann)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "text"));
        Directory.CreateDirectory(Path.Combine(_folder, "attributions"));
        File.WriteAllText(Path.Combine(_folder, "text", id + ".txt"), Text);
        File.WriteAllText(Path.Combine(_folder, "attributions", id + "_4b22.ann"), ann);
    }

    [Fact]
    public void Reads_events_by_role_with_discontinuous_content_and_the_line_break_trap()
    {
        // "Trump" starts at code point 15; the span of T9 runs over a paragraph break, continuing on a line of text.
        Write("breitbart_2016-08-20_x",
            "T1\tSource 15 20\tTrump\nT2\tCue 21 25\tsaid\nT3\tContent 0 14\t“It’s rigged,”\nT4\tAttribution 21 25\tsaid\n" +
            "E1\tAttribution:T4 Cue:T2 Content:T3 Source:T1\n" +
            "T9\tDiscard 0 30\t“It’s rigged,” Trump said.\n\nClinton’s\nT10\tCue 43 47\tsays\nT11\tContent 48 53\t“no.”\n" +
            "E2\tAttribution-no-source:T10 Cue:T10 Content:T11\nE3\tAttribution:T4\n");
        var article = Assert.Single(PolNearCorpus.Load(_folder));
        Assert.Equal(new DateOnly(2016, 8, 20), article.Published);
        Assert.Equal(2, article.Attributions.Count);
        var first = article.Attributions[0];
        Assert.Equal("Trump", Text[first.Source[0].Start..first.Source[0].End]);
        Assert.Equal("“It’s rigged,”", Text[first.Content[0].Start..first.Content[0].End]);
        Assert.Empty(article.Attributions[1].Source);
        Assert.Equal("says", Text[article.Attributions[1].Cue[0].Start..article.Attributions[1].Cue[0].End]);
    }

    [Fact]
    public void Missing_layout_is_one_input_error()
    {
        var e = Assert.Throws<Sift.Intake.InputException>(() => PolNearCorpus.Load(_folder));
        Assert.Contains("not a PolNeAR split", e.Message);
    }

    [Fact]
    public void Scorer_tells_exact_from_overlap_and_joins_fragments_split_at_white_space()
    {
        var text = "A said B. C. D";
        PolNearAttribution Make(Span? source, Span cue, params Span[] content) => new(source is { } s ? [s] : [], [cue], content);
        var gold = new[] { Make(new Span(0, 1), new Span(2, 6), new Span(7, 9), new Span(10, 12)) };
        var joined = new[] { Make(new Span(0, 1), new Span(2, 6), new Span(7, 12)) };
        var score = PolNearScorer.Score([(text, gold, joined)]);
        Assert.Equal(1.0, score.ContentExact.F1);
        Assert.Equal(1.0, score.AttributionExact.F1);

        var shorter = new[] { Make(null, new Span(2, 4), new Span(7, 8)) };
        score = PolNearScorer.Score([(text, gold, shorter)]);
        Assert.Equal(0.0, score.ContentExact.F1);
        Assert.Equal(1.0, score.ContentOverlap.F1);
        Assert.Equal(1.0, score.CueOverlap.F1);
        Assert.Equal(0.0, score.SourceOverlap.Precision);
        Assert.Equal(0.0, score.AttributionOverlap.F1); // a missing source matches only a missing source
    }

    [Fact]
    public void Brat_export_reads_back_as_the_same_attributions()
    {
        var text = "“Fine,” she said. Officials said the vote is 😀 done.";
        var emoji = text.IndexOf("😀", StringComparison.Ordinal);
        var layer = new AttributionLayer(
        [
            new Attribution(new Span(8, 11), new Span(12, 16), "say", [new Span(0, 7)], AttributionKind.Direct, 0, null),
            new Attribution(null, new Span(28, 32), "say", [new Span(33, text.Length - 1)], AttributionKind.Indirect, 1, null),
        ], []);
        var ann = BratExport.Write(text, layer);
        Assert.Contains("Attribution-no-source", ann);
        var path = Path.Combine(Path.GetTempPath(), "sift-brat-" + Guid.NewGuid().ToString("N") + ".ann");
        File.WriteAllText(path, ann);
        try
        {
            var back = PolNearCorpus.ReadAnn(path, text);
            Assert.Equal(2, back.Count);
            Assert.Equal(new Span(8, 11), back[0].Source[0]);
            Assert.Equal(new Span(33, text.Length - 1), back[1].Content[0]); // after the surrogate pair: code points converted both ways
            Assert.True(emoji < back[1].Content[0].End);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
