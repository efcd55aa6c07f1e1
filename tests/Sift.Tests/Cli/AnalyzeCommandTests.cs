using System.Text.Json;

namespace Sift.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();


    [Fact]
    public void Conllu_output_has_a_block_per_sentence_with_ten_columns()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.txt", "--format", "conllu");
        Assert.Equal(0, r.ExitCode);
        var sentences = Sift.Evaluation.Conllu.ConlluFile.Parse(new StringReader(r.Stdout), "stdout");
        Assert.Equal(25, sentences.Count);
        Assert.All(sentences, s => Assert.Single(s.Words, w => w.Head == 0));
        Assert.StartsWith("# newdoc id = ", r.Stdout);
    }

    [Fact]
    public void Ptc_output_lists_technique_spans_and_min_confidence_filters_them()
    {
        Assert.Equal(0, CliRunner.Run("analyze", "samples/assad-astana.txt", "--format", "ptc").ExitCode);
        // A paragraph written the way partisan outlets write has several spans (the reference article, a
        // news report, has none or one, as the model's threshold falls).
        var text = "The brutal, bloodthirsty regime is slaughtering innocent children while the corrupt elites cheer.\n\n" +
            "These traitors hate our country and want to destroy everything we love.\n\n" +
            "Wake up, America! The radical left will never stop until our freedom is gone forever.\n";
        var loaded = _temp.Write("loaded.txt", text);
        var loadedLines = CliRunner.Run("analyze", loaded, "--format", "ptc").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(loadedLines);
        foreach (var line in loadedLines)
        {
            var f = line.Split('\t');
            Assert.Equal("loaded", f[0]);
            Assert.Contains(f[1], Sift.Evaluation.Ptc.PtcTechniques.All);
            // The text is all in the Basic Multilingual Plane, so code points are UTF-16 offsets.
            var (start, end) = (int.Parse(f[2]), int.Parse(f[3]));
            Assert.InRange(start, 0, end - 1);
            Assert.InRange(end, start + 1, text.Length);
        }
        // Filtering at the highest confidence keeps the spans that have it and drops the others.
        var json = CliRunner.Run("analyze", loaded, "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        var techniques = doc.RootElement.GetProperty("framing").GetProperty("techniques").EnumerateArray().ToList();
        foreach (var t in techniques)
            Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        var confidences = techniques.Select(t => t.GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(loadedLines.Length, confidences.Count);
        var highest = confidences.Max() - 0.0001; // the JSON rounds confidences to four decimals
        var sure = CliRunner.Run("analyze", loaded, "--format", "ptc", "--min-confidence", highest.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, sure.ExitCode);
        Assert.Equal(confidences.Count(c => c >= highest), sure.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(confidences.Min() < highest, "the loaded paragraph's spans should not all have one confidence");

        var bad = CliRunner.Run("analyze", "samples/assad-astana.txt", "--min-confidence", "1.5");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--min-confidence", bad.Stderr);
    }

    [Fact]
    public void Json_output_has_a_framing_layer_with_techniques_and_tone()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.txt", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var framing = doc.RootElement.GetProperty("framing");
        var text = doc.RootElement.GetProperty("article").GetProperty("text").GetString()!;
        foreach (var t in framing.GetProperty("techniques").EnumerateArray())
            Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        var tone = framing.GetProperty("tone");
        Assert.Equal(25, tone.GetProperty("sentences").GetArrayLength());
        Assert.InRange(tone.GetProperty("document").GetProperty("compound").GetDouble(), -1.0, 0.0);
        Assert.Contains(tone.GetProperty("words").EnumerateArray(), w => w.GetProperty("text").GetString() == "devastating");
    }

    [Fact]
    public void Events_carry_the_voice_that_reports_them()
    {
        using var temp = new TempFolder();
        var path = temp.Write("voices.txt", "Syrian President Bashar al-Assad met the Iranian minister in Damascus on Wednesday.\n"
            + "Assad said the army would attack the terrorists in Idlib next month.\n");
        var r = CliRunner.Run("analyze", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var voices = doc.RootElement.GetProperty("events").GetProperty("events").EnumerateArray()
            .ToDictionary(e => e.GetProperty("verb").GetProperty("text").GetString()!, e => e.GetProperty("voice").GetProperty("speaker").GetString());
        // The meeting is told in the outlet's own voice; the attack is what Assad said.
        Assert.Equal("narrator", voices["met"]);
        Assert.Equal("Bashar al-Assad", voices["attack"]);
    }

    [Fact]
    public void Json_output_of_the_reference_article_has_offsets_and_provenance()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.txt", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(25, root.GetProperty("text").GetProperty("sentenceCount").GetInt32());
        Assert.Equal("presstv.com", root.GetProperty("provenance").GetProperty("originalDomain").GetString());
        Assert.True(root.GetProperty("provenance").GetProperty("republished").GetBoolean());
        Assert.Equal("", r.Stderr);
        // The visit is told in the outlet's own voice; what Assad "underlined" (the need for Tehran and
        // Damascus to remain vigilant and improve their cooperation) is his.
        var voices = root.GetProperty("events").GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("verb").GetProperty("text").GetString(), e.GetProperty("voice").GetProperty("speaker").GetString())).ToList();
        Assert.Contains(("visiting", "narrator"), voices);
        Assert.Contains(("improve", "Bashar al-Assad"), voices);
    }

    [Fact]
    public void Report_names_the_outlet_and_what_the_lists_say()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.json");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Press TV (presstv.com)", r.Stdout);
        Assert.Contains("cameroonintelligencereport.com", r.Stdout);
        Assert.Contains("MBFC", r.Stdout);
        Assert.Contains("2017-08-30", r.Stdout);
    }

    [Fact]
    public void Report_says_how_each_outlet_is_credited_and_which_wire_copy_is_quoted()
    {
        var path = _temp.Write("credits.txt", "A judge frees an immigrant\n\nYears ago numerous Indonesian Christians came to the United States.\n"
            + "Their asylum applications were reviewed by the immigration courts.\nThe claims were rejected.\nThen the policy changed.\n"
            + "BOSTON (Reuters) - A U.S. judge on Wednesday ordered the release of an illegal immigrant.\n\nVia Zerohedge…\n\nReprinted from The Duran.\n");
        var r = CliRunner.Run("analyze", path, "--fast");
        Assert.Equal(0, r.ExitCode);
        var report = string.Join(" ", r.Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("credited to The Duran (theduran.com)", report);
        Assert.Contains("Also credited: Zerohedge (zerohedge.com), by a \"via\" line at line 9.", report);
        Assert.Contains("Quotes wire copy: Reuters (reuters.com), its tag \"BOSTON (Reuters) -\" at line 7.", report);
    }

    [Fact]
    public void Json_entities_layer_groups_mentions_and_puts_places_on_the_map()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.json", "-f", "json");
        using var doc = JsonDocument.Parse(r.Stdout);
        var layer = doc.RootElement.GetProperty("entities");
        var entities = layer.GetProperty("entities").EnumerateArray().ToList();
        var mentions = layer.GetProperty("mentions").EnumerateArray().ToList();
        var assad = entities.Single(e => e.GetProperty("name").GetString() == "Bashar al-Assad");
        Assert.Equal("PER", assad.GetProperty("type").GetString());
        var kinds = assad.GetProperty("mentions").EnumerateArray().Select(i => mentions[i.GetInt32()].GetProperty("kind").GetString()).ToHashSet();
        Assert.Equal(["name", "nominal", "pronoun"], kinds.Order());
        var damascus = entities.Single(e => e.GetProperty("name").GetString() == "Damascus").GetProperty("place");
        Assert.Equal("SY", damascus.GetProperty("countryCode").GetString());
        Assert.Equal("city", damascus.GetProperty("kind").GetString());
        var text = doc.RootElement.GetProperty("article").GetProperty("text").GetString()!;
        foreach (var m in mentions)
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Report_lists_people_with_titles_and_places_with_countries()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.json");
        var start = r.Stdout.IndexOf("Who and where", StringComparison.Ordinal);
        var section = r.Stdout[start..r.Stdout.IndexOf("\n── ", start, StringComparison.Ordinal)];
        Assert.Contains("Syrian President", section);
        Assert.Contains("Kazakhstan (KZ)", section);
        // Nationalities are left out of the report: no row names just "Syrian".
        Assert.DoesNotMatch(@"│ Syrian\s+│", section);
    }

    [Fact]
    public void Report_has_a_timeline_oldest_first()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.json");
        Assert.Equal(0, r.ExitCode);
        var timeline = r.Stdout[r.Stdout.IndexOf("Timeline", StringComparison.Ordinal)..];
        Assert.Contains("publication date, 2017-08-30", timeline);
        var march2011 = timeline.IndexOf("2011-03", StringComparison.Ordinal);
        var august19 = timeline.IndexOf("2017-08-19", StringComparison.Ordinal);
        var monday = timeline.IndexOf("2017-08-28", StringComparison.Ordinal);
        var midSeptember = timeline.IndexOf("mid 2017-09", StringComparison.Ordinal);
        Assert.True(march2011 >= 0 && march2011 < august19 && august19 < monday && monday < midSeptember,
            "expected March 2011, August 19, Monday and mid-September in that order");
        // "the current juncture" is the publication day, said as a reader would.
        Assert.Contains("now (2017-08-30)", timeline);
        Assert.DoesNotContain("PRESENT_REF", timeline);
    }

    [Fact]
    public void Json_time_layer_carries_values_and_anchor()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.txt", "-f", "json", "--date", "2017-08-30");
        using var doc = JsonDocument.Parse(r.Stdout);
        var time = doc.RootElement.GetProperty("time");
        Assert.Equal("2017-08-30", time.GetProperty("anchor").GetString());
        Assert.Equal("metadata", time.GetProperty("anchorSource").GetString());
        var monday = time.GetProperty("expressions").EnumerateArray().Single(e => e.GetProperty("text").GetString() == "Monday");
        Assert.Equal("2017-08-28", monday.GetProperty("value").GetString());
        Assert.Equal("DATE", monday.GetProperty("type").GetString());
        Assert.Equal("2017-08-30", monday.GetProperty("anchor").GetString());
        var text = doc.RootElement.GetProperty("article").GetProperty("text").GetString()!;
        Assert.Equal("Monday", text[monday.GetProperty("start").GetInt32()..monday.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Without_a_date_the_text_stays_relative_and_the_report_says_how_to_anchor_it()
    {
        var path = _temp.Write("undated.txt", "Talks\nThe talks began on August 19 and ended on Monday.\n");
        var json = CliRunner.Run("analyze", path, "-f", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        var time = doc.RootElement.GetProperty("time");
        Assert.Equal("none", time.GetProperty("anchorSource").GetString());
        Assert.Equal(["XXXX-08-19", "XXXX-WXX-1"], time.GetProperty("expressions").EnumerateArray().Select(e => e.GetProperty("value").GetString()));
        var report = CliRunner.Run("analyze", path);
        Assert.Contains("--date", report.Stdout);
    }

    [Fact]
    public void Metadata_options_override_the_input()
    {
        var r = CliRunner.Run("analyze", "samples/assad-astana.txt", "-f", "json", "--date", "2017-08-30",
            "--url", "https://www.example.com/story", "--site", "Example News");
        using var doc = JsonDocument.Parse(r.Stdout);
        var article = doc.RootElement.GetProperty("article");
        Assert.Equal("2017-08-30", article.GetProperty("published").GetString());
        Assert.Equal("Example News", article.GetProperty("site").GetString());
        Assert.Equal("example.com", doc.RootElement.GetProperty("provenance").GetProperty("site").GetProperty("domain").GetString());
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var r = CliRunner.RunWithInput("Headline\nSource: Reuters\n", "analyze", "-", "-f", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"originalDomain\": \"reuters.com\"", r.Stdout);
    }

    [Fact]
    public void Batch_streams_jsonl_in_input_order_and_reports_a_bad_article()
    {
        var jsonl = _temp.Write("batch.jsonl", "{\"text\":\"One.\"}\n{broken\n{\"text\":\"Three.\"}\n");
        var text = _temp.Write("z.txt", "Headline\nBody text.\n");
        var r = CliRunner.Run("analyze", jsonl, text, "--format", "jsonl", "--threads", "2");
        Assert.Equal(4, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal([$"{jsonl}:1", $"{jsonl}:3", text],
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetProperty("source").GetString()));
        var error = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"sift: {jsonl}:2: malformed JSON", error);
    }

    [Theory]
    [InlineData("missing.txt", "no such file or directory")]
    [InlineData("empty.txt", "is empty")]
    [InlineData("binary.txt", "binary input")]
    [InlineData("page.pdf", "unsupported format")]
    public void Bad_input_gets_one_line_and_exit_code_3(string name, string problem)
    {
        if (name != "missing.txt")
            File.WriteAllBytes(_temp[name], name switch
            {
                "binary.txt" => [1, 0, 2, 0, 3],
                "page.pdf" => "%PDF-1.4"u8.ToArray(),
                _ => [],
            });
        var r = CliRunner.Run("analyze", _temp[name]);
        Assert.Equal(3, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(name, line);
        Assert.Contains(problem, line);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Oversize_input_is_refused_with_the_limit_named()
    {
        var big = _temp.Write("big.txt", "Headline\n" + new string('x', 3000) + "\n");
        var r = CliRunner.Run("analyze", big, "--max-size", "0.001");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("over the 1 KB limit (--max-size)", r.Stderr);
    }

    [Theory]
    [InlineData("analyze", "samples/assad-astana.txt", "--date", "30/08/2017")]
    [InlineData("analyze", "samples/assad-astana.txt", "--format", "xml")]
    [InlineData("analyze", "samples/assad-astana.txt", "--no-such-option")]
    [InlineData("analyze")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("sift: ", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Hostile_markup_in_the_text_is_printed_as_text_not_interpreted()
    {
        var path = _temp.Write("hostile.txt", "[red]Headline[/] <script>alert(1)</script>\nBody [bold]text[/] on [blue]August 19, 2017.\nCulled from [link]Evil[/]\n");
        var r = CliRunner.Run("analyze", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("[red]Headline[/]", r.Stdout);
        Assert.Contains("[bold]text[/] on [blue]", r.Stdout); // the timeline's excerpt, escaped
    }
}
