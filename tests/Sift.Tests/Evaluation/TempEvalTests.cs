using Sift.Evaluation.TempEval;
using Sift.Intake;
using Sift.Model;

namespace Sift.Tests.Evaluation;

public class TempEvalTimexScorerTests
{
    private const string Text = "On Sunday morning we met, and on May 5 we left for two weeks.";

    private static Timex X(string covered, string type, string value)
    {
        var start = Text.IndexOf(covered, StringComparison.Ordinal);
        return new Timex { Span = new Span(start, start + covered.Length), Text = covered, Id = "t", Type = type, Value = value };
    }

    private static TimeMLDocument Doc(string name, params Timex[] timexes) => new() { Name = name, Text = Text, Timexes = timexes };

    [Fact]
    public void Strict_relaxed_type_and_value_pooled_over_documents()
    {
        TimeMLDocument[] gold =
        [
            Doc("a.tml", X("Sunday morning", "TIME", "1998-01-04TMO"), X("May 5", "DATE", "1998-05-05"), X("two weeks", "DURATION", "P2W")),
            Doc("b.tml", X("May 5", "DATE", "1998-05-05")),
        ];
        TimeMLDocument[] system =
        [
            Doc("a.tml", X("Sunday", "TIME", "1998-01-04"), X("May 5", "DATE", "1998-05-05"), X("we met", "DATE", "1998")),
            Doc("b.tml"),
        ];
        var score = TempEvalTimexScorer.Score(gold, system);
        // Gold 4 timexes, system 3.  Pairs: Sunday~Sunday morning (relaxed only), May 5 = May 5 (strict).  "we met" and
        // "two weeks" and b's May 5 are unpaired.
        // Relaxed: P = 2/3, R = 2/4;  F1 = 2·(2/3)(1/2)/(2/3 + 1/2) = (2/3)/(7/6) = 4/7.
        // Strict:  P = 1/3, R = 1/4;  F1 = 2·(1/12)/(7/12) = 2/7.
        Assert.Equal(4.0 / 7, score.Relaxed.F1, 12);
        Assert.Equal(2.0 / 7, score.Strict.F1, 12);
        // Type right on both pairs: accuracy 2/2, Type F1 = 4/7.  Value right only for May 5: 1/2, Value F1 = 2/7.
        Assert.Equal(1.0, score.TypeAccuracy, 12);
        Assert.Equal(4.0 / 7, score.TypeF1, 12);
        Assert.Equal(0.5, score.ValueAccuracy, 12);
        Assert.Equal(2.0 / 7, score.ValueF1, 12);
    }

    [Fact]
    public void Each_timex_pairs_at_most_once_and_same_extent_wins()
    {
        // Gold: "May 5".  System: "on May 5" (overlaps) and "May 5" (same extent).  The same-extent one pairs;
        // "on May 5" is left over: relaxed P = 1/2, R = 1/1; strict P = 1/2, R = 1.
        var score = TempEvalTimexScorer.Score(
            [Doc("a.tml", X("May 5", "DATE", "1998-05-05"))],
            [Doc("a.tml", X("on May 5", "DATE", "1998-05-05"), X("May 5", "DATE", "1998-05-05"))]);
        Assert.Equal((1, 2, 1), ((int)score.Strict.PrecisionNumerator, score.Strict.Predicted, score.Strict.Gold));
        Assert.Equal(0.5, score.Relaxed.Precision, 12);
        Assert.Equal(1.0, score.Relaxed.Recall, 12);
    }

    [Fact]
    public void Texts_must_match_and_every_gold_document_needs_a_system_one()
    {
        var other = Doc("a.tml") with { Text = Text.Replace("met", "sat") };
        var error = Assert.Throws<InputException>(() => TempEvalTimexScorer.Score([Doc("a.tml")], [other]));
        Assert.Contains("differs from the gold text at character 21", error.Message);
        error = Assert.Throws<InputException>(() => TempEvalTimexScorer.Score([Doc("a.tml")], [Doc("b.tml")]));
        Assert.StartsWith("a.tml:", error.Message);
    }
}

public class TimeMLTests
{
    private static string Folder => DataLocator.Require("tempeval3/train");

    [Fact]
    public void Reads_one_real_file()
    {
        var document = TimeMLReader.Read(Path.Combine(Folder, "AQUAINT", "APW19980807.0261.tml"));
        Assert.Equal("APW19980807.0261", document.DocId);
        Assert.Equal(("TIME", "1998-08-07", "1998-08-07"), (document.CreationTime!.Type, document.CreationTime.Value, document.CreationTime.Text));
        var friday = Assert.Single(document.Timexes);
        Assert.Equal(("t1", "DATE", "1998-08-07", "Friday"), (friday.Id, friday.Type, friday.Value, friday.Text));
        Assert.Equal("Friday", friday.Span.Of(document.Text).ToString());
        Assert.StartsWith("\n\nNAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside", document.Text);
        Assert.Contains("``It was definitely a bomb,'' said", document.Text);
    }

    [Fact]
    public void Reads_attributes_and_entities()
    {
        const string xml = """
            <?xml version="1.0" ?>
            <TimeML><DOCID>X</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>A &amp; B <TIMEX3 tid="t85" type="DURATION" value="P1D" mod="APPROX" temporalFunction="true" anchorTimeID="t0">about a day</TIMEX3> <EVENT eid="e1">ago</EVENT>.</TEXT></TimeML>
            """;
        var document = TimeMLReader.Parse(xml, "x.tml");
        Assert.Equal("A & B about a day ago.", document.Text);
        var timex = Assert.Single(document.Timexes);
        Assert.Equal((new Span(6, 17), "APPROX", "t0"), (timex.Span, timex.Mod, timex.AnchorTimeId));
        Assert.Equal([KeyValuePair.Create("temporalFunction", "true")], timex.OtherAttributes);
    }

    [Fact]
    public void Training_folder_has_the_readme_counts_and_round_trips()
    {
        var documents = TimeMLReader.ReadFolder(Folder);
        Assert.Equal(256, documents.Count);
        Assert.All(documents, d => Assert.NotNull(d.CreationTime));
        var timexes = documents.SelectMany(d => d.Timexes).ToArray();
        Assert.Equal(1822, timexes.Length);
        Assert.Equal(1505, timexes.Count(t => t.Type == "DATE"));
        Assert.Equal(257, timexes.Count(t => t.Type == "DURATION"));
        Assert.Equal((30, 30), (timexes.Count(t => t.Type == "TIME"), timexes.Count(t => t.Type == "SET")));
        Assert.Equal(1243, documents.Where(d => d.DocId is not null && File.Exists(Path.Combine(Folder, "TimeBank", d.Name))).Sum(d => d.Timexes.Count));
        Assert.Equal(255, TimeMLReader.ReadFolder(Folder, dropKnownDuplicates: true).Count);

        foreach (var document in documents)
        {
            var again = TimeMLReader.Parse(TimeMLWriter.ToXml(document), document.Name);
            Assert.Equal(document.Text, again.Text);
            Assert.Equal(document.Timexes, again.Timexes, TimexEquals);
            Assert.True(TimexEquals(document.CreationTime!, again.CreationTime!));
        }

        var self = TempEvalTimexScorer.Score(documents, documents);
        Assert.Equal((1.0, 1.0, 1.0), (self.Strict.F1, self.ValueF1, self.TypeF1));
        Assert.Equal(1822, self.RelaxedMatches);
    }

    private static bool TimexEquals(Timex a, Timex b) =>
        a.Span == b.Span && a.Text == b.Text && a.Id == b.Id && a.Type == b.Type && a.Value == b.Value
        && a.Mod == b.Mod && a.AnchorTimeId == b.AnchorTimeId && a.OtherAttributes.SequenceEqual(b.OtherAttributes);
}
