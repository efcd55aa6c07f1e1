using System.Text.Json;
using Sift.Intake;
using Sift.Model.Json;

namespace Sift.Tests;

public class JsonContractTests
{
    private static readonly Pipeline Pipeline = Pipeline.CreateDefault();

    [Fact]
    public void The_syntax_layer_has_one_entry_per_token_and_heads_are_token_indices()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        using var doc = JsonDocument.Parse(AnalysisJson.Serialize(Pipeline.Analyze(article)));
        var root = doc.RootElement;
        var tokens = root.GetProperty("text").GetProperty("tokens");
        var syntax = root.GetProperty("syntax").GetProperty("tokens");
        Assert.Equal(tokens.GetArrayLength(), syntax.GetArrayLength());
        var roots = 0;
        foreach (var t in syntax.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(t.GetProperty("upos").GetString()));
            Assert.False(string.IsNullOrEmpty(t.GetProperty("xpos").GetString()));
            Assert.False(string.IsNullOrEmpty(t.GetProperty("lemma").GetString()));
            Assert.False(string.IsNullOrEmpty(t.GetProperty("deprel").GetString()));
            var head = t.GetProperty("head").GetInt32();
            Assert.InRange(head, -1, tokens.GetArrayLength() - 1);
            if (head < 0)
                roots++;
        }
        Assert.Equal(root.GetProperty("text").GetProperty("sentenceCount").GetInt32(), roots);
    }

    [Fact]
    public void Every_span_carries_exactly_the_text_it_covers()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        using var doc = JsonDocument.Parse(AnalysisJson.Serialize(Pipeline.Analyze(article)));
        var root = doc.RootElement;
        Assert.Equal("sift/1", root.GetProperty("schema").GetString());
        var text = root.GetProperty("article").GetProperty("text").GetString()!;
        Assert.Equal(TestData.ReferenceText, text);
        var checkedSpans = 0;
        foreach (var layer in new[] { "paragraphs", "sentences", "tokens" })
        {
            foreach (var span in root.GetProperty("text").GetProperty(layer).EnumerateArray())
            {
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], span.GetProperty("text").GetString());
                checkedSpans++;
            }
        }
        var credit = root.GetProperty("provenance").GetProperty("credits")[0];
        Assert.Equal("Culled from Presstv", credit.GetProperty("text").GetString());
        Assert.Equal("presstv.com", credit.GetProperty("domain").GetString());
        Assert.Equal(21 + 25 + root.GetProperty("text").GetProperty("tokenCount").GetInt32(), checkedSpans);
    }

    [Fact]
    public void Same_input_gives_byte_identical_json_serial_or_parallel()
    {
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        var items = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(40)
            .SelectMany(f => InputReader.Read(f, new IntakeOptions())).ToList();
        var serial = new List<string>();
        Pipeline.Run(items, threads: 1, r => serial.Add(AnalysisJson.Serialize(r.Analysis!, indented: false)));
        var parallel = new List<string>();
        Pipeline.Run(items, threads: 4, r => parallel.Add(AnalysisJson.Serialize(r.Analysis!, indented: false)));
        Assert.Equal(40, serial.Count);
        Assert.Equal(serial, parallel);
        Assert.Equal(serial[0], AnalysisJson.Serialize(Pipeline.Analyze(items[0].Article!), indented: false));
    }
}
