using Sift.Tests.Cli;

namespace Sift.Tests.Quotes;

public class QuotesCliTests
{
    [Fact]
    public void Analyze_prints_who_said_what_and_the_outlets_own_voice()
    {
        var r = CliRunner.Run("analyze", TestData.Sample("assad-astana.txt"), "--date", "2017-08-30");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Who said what", r.Stdout);
        Assert.Contains("In the outlet's own voice", r.Stdout);
        Assert.Contains("Walid", r.Stdout);
    }

    [Fact]
    public void Brat_format_writes_polnear_labels()
    {
        var r = CliRunner.Run("analyze", TestData.Sample("assad-astana.txt"), "--format", "brat");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith('T') && l.Contains("\tSource ") && l.EndsWith("\tHe"));
        Assert.Contains(lines, l => l.StartsWith('E') && l.Contains("Cue:T") && l.Contains("Content:T"));
    }

    [Fact]
    public void Json_has_the_attributions_layer_with_speakers()
    {
        var r = CliRunner.Run("analyze", TestData.Sample("assad-astana.json"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var attributions = doc.RootElement.GetProperty("attributions").GetProperty("attributions");
        Assert.Contains(attributions.EnumerateArray(), a => a.TryGetProperty("speaker", out var s) && s.GetProperty("name").GetString() == "Walid al-Muallem");
        Assert.True(doc.RootElement.GetProperty("attributions").GetProperty("narratorSentences").GetArrayLength() > 0);
    }

    [Fact]
    public void Eval_attribution_on_a_missing_folder_is_one_line_and_exit_3()
    {
        var r = CliRunner.Run("eval", "attribution", "--data", "/no/such/polnear");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("/no/such/polnear", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
