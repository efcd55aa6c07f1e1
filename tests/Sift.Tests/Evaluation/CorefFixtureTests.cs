using Sift.Evaluation.Coref;
using Sift.Intake;

namespace Sift.Tests.Evaluation;

public class CorefFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "coref");

    private static readonly Lazy<IReadOnlyList<CorefDocument>> Documents = new(() => CorefFixture.Load(Folder, TestData.RepoRoot));

    [Fact]
    public void Every_file_loads()
    {
        var files = Directory.GetFiles(Folder, "*.json");
        Assert.Equal(files.Length, Documents.Value.Count);
        Assert.True(Documents.Value.Count >= 15, $"only {Documents.Value.Count} documents");
        Assert.Contains(Documents.Value, d => d.Source == "samples/assad-astana.txt");
        Assert.Contains(Documents.Value, d => d.Source.StartsWith(CorefSourceTexts.ExtractionPrefix, StringComparison.Ordinal));
        Assert.Contains(Documents.Value, d => d.Source.StartsWith("ptc/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mention_covers_its_text()
    {
        foreach (var document in Documents.Value)
        {
            foreach (var mention in document.Mentions)
                Assert.Equal(mention.Text, document.Text[mention.Start..mention.End]);
        }
    }

    [Fact]
    public void No_span_is_a_mention_twice()
    {
        foreach (var document in Documents.Value)
        {
            var repeated = document.Entities
                .SelectMany(e => e.Mentions.Select(m => (m.Span, Entity: e.Name)))
                .GroupBy(m => m.Span).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key} in {string.Join(", ", g.Select(m => m.Entity))}");
            Assert.True(!repeated.Any(), $"{document.Name}: {string.Join("; ", repeated)}");
        }
    }

    [Fact]
    public void Every_entity_has_a_name_and_pronouns_are_pronouns()
    {
        string[] pronouns = ["he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "himself", "herself", "themselves"];
        foreach (var document in Documents.Value)
        {
            foreach (var entity in document.Entities)
                Assert.True(entity.Mentions.Any(m => m.Kind == MentionKind.Name), $"{document.Name}: '{entity.Name}' has no name mention");
            foreach (var mention in document.Mentions.Where(m => m.Kind == MentionKind.Pronoun))
                Assert.Contains(mention.Text.ToLowerInvariant(), pronouns);
        }
    }

    [Fact]
    public void Plain_text_sources_are_the_text_Sift_analyzes()
    {
        foreach (var document in Documents.Value.Where(d => !d.Source.StartsWith(CorefSourceTexts.ExtractionPrefix, StringComparison.Ordinal)))
            Assert.Same(document.Text, PlainTextReader.Read(document.Text, document.Source).Text);
    }

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        foreach (var document in Documents.Value)
        {
            var score = CorefScorer.Score(document.Clusters, document.Clusters);
            Assert.Equal(1, score.BCubed.F1, 12);
            Assert.Equal(1, score.Muc.F1, 12);
        }
        var corpus = CorefScorer.ScoreCorpus(Documents.Value.Select(d => (d.Clusters, d.Clusters)));
        Assert.Equal(1, corpus.Muc.F1, 12);
        Assert.Equal(1, corpus.BCubed.F1, 12);
    }

    [Fact]
    public void A_mention_that_does_not_cover_its_text_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("doc.json", """
            { "source": "samples/assad-astana.txt", "notes": "",
              "entities": [ { "name": "Assad", "type": "PER",
                "mentions": [ { "start": 8, "end": 13, "text": "Asad", "kind": "name" } ] } ] }
            """);
        var error = Assert.Throws<InputException>(() => CorefFixture.Load(folder.Path, TestData.RepoRoot));
        Assert.Contains("entity 'Assad', mention 0: span [8,13) covers \"Assad\", not \"Asad\"", error.Message);
    }
}
