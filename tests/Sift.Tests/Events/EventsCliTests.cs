using System.Text.Json;
using Sift.Tests.Cli;

namespace Sift.Tests.Events;

public sealed class EventsCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Analyze_writes_gdelt_rows_with_61_fields_and_a_csv_with_a_header()
    {
        var gdelt = CliRunner.Run("analyze", TestData.Sample("assad-astana.json"), "--format", "gdelt", "--fast");
        Assert.Equal(0, gdelt.ExitCode);
        var rows = gdelt.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(61, r.TrimEnd('\r').Split('\t').Length));
        var lebanon = rows.Select(r => r.Split('\t')).Single(f => f[5] == "LBNMIL");
        Assert.Equal("20170819", lebanon[1]);
        Assert.Equal("LBN", lebanon[7]);
        Assert.Equal("MIL", lebanon[12]);
        Assert.Equal("190", lebanon[26]);
        Assert.Equal("19", lebanon[28]);
        Assert.Equal("4", lebanon[29]);
        Assert.Equal("-10.0", lebanon[30]);
        Assert.StartsWith("https://", lebanon[60]);

        var csv = CliRunner.Run("analyze", TestData.Sample("assad-astana.json"), "--format", "events-csv", "--fast");
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("article,sentence,date,", lines[0]);
        Assert.Equal(rows.Length + 1, lines.Length);
    }

    [Fact]
    public void Report_has_an_events_table_with_date_actors_action_and_place()
    {
        var r = CliRunner.Run("analyze", TestData.Sample("assad-astana.json"), "--fast");
        Assert.Equal(0, r.ExitCode);
        var start = r.Stdout.IndexOf("── Events", StringComparison.Ordinal);
        Assert.True(start >= 0, "no Events section");
        var section = r.Stdout[start..];
        Assert.Contains("│ Date", section);
        Assert.Contains("LBNMIL", section);
        Assert.Contains("190 Use", section);
        Assert.Contains("2017-08-19", section);
        Assert.Contains("Damascus", section);
    }

    [Fact]
    public void Eval_events_scores_records_by_category()
    {
        var shared = Sift.DataLocator.Require(Path.Combine("events", "petrarch2-unittest"));
        foreach (var file in Directory.GetFiles(shared, "PETR.Validate.*.txt"))
            File.Copy(file, Path.Combine(_temp.Path, Path.GetFileName(file)));
        _temp.Write("PETR.UnitTest.records.xml", """
            <Validation><Sentences>
            <Sentence date="19950101" id="T-1" category="DEMO">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-2" category="VERB">
            <EventCoding noevents="true"></EventCoding>
            <Text>Arnor did not attack Gondor.</Text>
            </Sentence>
            <Sentence date="19950101" id="T-3" category="VERB">
            <EventCoding sourcecode="GON" targetcode="ARN" eventcode="999"></EventCoding>
            <Text>Gondor sang to Arnor.</Text>
            </Sentence>
            </Sentences></Validation>
            """);
        var r = CliRunner.Run("eval", "events", "--data", _temp.Path, "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("events", root.GetProperty("task").GetString());
        Assert.Equal(3, root.GetProperty("expectedCodings").GetInt32());
        Assert.Equal(2, root.GetProperty("reproduced").GetInt32());
        Assert.Equal(1.0, root.GetProperty("categories").GetProperty("DEMO").GetProperty("reproduced").GetDouble());
        Assert.Equal(0.5, root.GetProperty("categories").GetProperty("VERB").GetProperty("reproduced").GetDouble());
    }

    [Fact]
    public void Eval_events_on_a_folder_without_records_says_so_in_one_line()
    {
        var r = CliRunner.Run("eval", "events", "--data", _temp.Path);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("PETR.UnitTest.records.xml", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
