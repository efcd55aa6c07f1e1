using System.Text.Json;
using Sift.Framing.Loaded;
using Sift.Intake;
using Sift.Model;
using Sift.Model.Json;
using Sift.Text;

namespace Sift.Tests.Framing;

public class LoadedTermTests
{
    private static readonly LoadedWords Learned = new(new Dictionary<string, LoadedEvidence>
    {
        ["devastating"] = new(15, 21),
        ["smear"] = new(15, 19),
        ["sham"] = new(8, 9),
        ["developments"] = new(1, 1), // once inside a span: too little evidence
        ["war"] = new(4, 160), // mostly plain reporting
    }, minInside: 2, minShare: 0.25);

    private static readonly Lazy<JsonElement> ReferenceFraming = new(() =>
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        using var doc = JsonDocument.Parse(AnalysisJson.Serialize(Pipeline.CreateDefault().Analyze(article)));
        return doc.RootElement.GetProperty("framing").Clone();
    });

    private static List<(string Text, LoadedBasis Basis)> Find(string text, LoadedWords? words = null)
    {
        var layer = TextSegmenter.Segment(new Article { Text = text });
        return new LoadedTermFinder(words ?? Learned).Find(text, layer, null)
            .Select(t => (text[t.Span.Start..t.Span.End], t.Basis)).ToList();
    }

    [Fact]
    public void Learned_words_need_two_annotated_uses_and_their_share()
    {
        Assert.Equal(3, Learned.Count);
        Assert.True(Learned.TryGet("Devastating", out var e));
        Assert.Equal(new LoadedEvidence(15, 21), e);
        Assert.False(Learned.TryGet("developments", out _));
        Assert.False(Learned.TryGet("war", out _));
    }

    [Fact]
    public void Contested_labels_sponsor_labels_and_learned_words_are_found_with_their_reason()
    {
        Assert.Equal(
            [("terrorists", LoadedBasis.ContestedLabel), ("Iran-backed", LoadedBasis.SponsorLabel), ("devastating", LoadedBasis.PtcLoadedWord)],
            Find("The army said terrorists and Iran-backed militias were behind a devastating war."));
        Assert.Empty(Find("The committee will meet on Tuesday to review the budget for next year's developments in the war."));
    }

    [Fact]
    public void Names_are_never_loaded_and_neighbouring_loaded_words_make_one_term()
    {
        Assert.Empty(Find("Fighters of Jabhat Fateh al-Sham and Sham Radio left."));
        Assert.Equal([("devastating smear", LoadedBasis.PtcLoadedWord)], Find("It was a devastating smear."));
    }

    [Fact]
    public void With_a_parse_a_verb_is_judged_by_its_uses_as_a_verb()
    {
        // "smear" loaded as a noun in most uses, "lies" loaded as a noun and never as a verb.
        var words = new LoadedWords(new Dictionary<string, LoadedEvidence>
        {
            ["smear"] = new(15, 19),
            ["smear" + LoadedWords.VerbSuffix] = new(6, 8),
            ["lies"] = new(9, 12),
            ["lies" + LoadedWords.VerbSuffix] = new(0, 3),
        }, minInside: 2, minShare: 0.25);
        Assert.True(words.TryGetVerb("smear", out _));
        Assert.False(words.TryGetVerb("lies", out _));
        const string text = "They smear the judge. The town lies on the river. His lies were exposed.";
        var article = new Article { Text = text };
        var layer = TextSegmenter.Segment(article);
        var syntax = new Sift.Syntax.SyntaxAnalyzer(Sift.Syntax.SyntaxModels.Default).Analyze(article, layer);
        Assert.Equal(["smear", "lies"], new LoadedTermFinder(words).Find(text, layer, syntax).Select(t => text[t.Span.Start..t.Span.End]));
        Assert.Equal(text.IndexOf("lies were", StringComparison.Ordinal), new LoadedTermFinder(words).Find(text, layer, syntax)[1].Span.Start);
    }

    [Fact]
    public void The_list_survives_saving_and_loading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sift-loaded-{Guid.NewGuid():N}.bin");
        try
        {
            Learned.Save(path);
            var read = LoadedWords.Load(path);
            Assert.Equal((Learned.Count, Learned.MinInside, Learned.MinShare), (read.Count, read.MinInside, read.MinShare));
            Assert.True(read.TryGet("sham", out var e) && e == new LoadedEvidence(8, 9));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_counts_annotated_uses_in_a_ptc_folder()
    {
        var folder = Directory.CreateTempSubdirectory("sift-ptc-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "articles"));
            var labels = new System.Text.StringBuilder();
            // Ids 1-4 train, 5 validation; "vile" and "mob" are loaded each time, "report" never. (No loaded modifier
            // before a noun: with the parse the finder marks the modified noun too, "vile report".)
            for (var id = 1; id <= 5; id++)
            {
                const string text = "The plan was vile.\nA mob read the report.\n";
                File.WriteAllText(Path.Combine(folder, "articles", $"article{id}.txt"), text);
                labels.Append($"{id}\tLoaded_Language\t13\t17\n{id}\tName_Calling,Labeling\t21\t24\n");
            }
            File.WriteAllText(Path.Combine(folder, "labels-tc.tsv"), labels.ToString());
            var log = new List<string>();
            var result = LoadedWordsTrainer.Train(folder, log.Add);
            Assert.True(result.Words.TryGet("vile", out var vile));
            Assert.Equal(new LoadedEvidence(5, 5), vile);
            Assert.True(result.Words.TryGet("mob", out _));
            Assert.False(result.Words.TryGet("report", out _));
            Assert.True(result.Validation.F1 > 0.9, result.Validation.ToString());
            Assert.Contains(log, l => l.StartsWith("chose", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_reference_articles_loaded_words_carry_their_voices()
    {
        var terms = ReferenceFraming.Value.GetProperty("loadedTerms").EnumerateArray()
            .Select(t => (Text: t.GetProperty("text").GetString(), Basis: t.GetProperty("basis").GetString(), Voice: t.GetProperty("voice").GetProperty("speaker").GetString()))
            .ToList();
        // The analyst's two examples (samples/README): "terrorists' plot" is Assad's, "foreign-backed militancy" the narrator's.
        Assert.Contains(("terrorists’ plot", "contestedLabel", "Bashar al-Assad"), terms);
        Assert.Contains(("foreign-backed militancy", "sponsorLabel", "narrator"), terms);
        Assert.Contains(("devastating war", "ptcLoadedWord", "narrator"), terms);
        Assert.Contains(terms, t => t.Text == "terrorists" && t.Voice == "Walid al-Muallem");
        Assert.True(ReferenceFraming.Value.GetProperty("loadedLanguagePer100Words").GetDouble() > 1.0);
    }
}
