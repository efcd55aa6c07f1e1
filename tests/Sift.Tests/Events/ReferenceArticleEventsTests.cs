using Sift.Intake;
using Sift.Model;

namespace Sift.Tests.Events;

/// <summary>The reference article (samples/assad-astana.json, published 2017-08-30) through the whole pipeline.</summary>
public sealed class ReferenceArticleEventsTests
{
    // Both modes of `sift analyze`: the default (encoder-mode syntax) and --fast parse the article differently.
    private static readonly Lazy<Analysis> EncoderMode = new(() => Analyze(fast: false));
    private static readonly Lazy<Analysis> FastMode = new(() => Analyze(fast: true));

    private static Analysis Analyze(bool fast)
    {
        var item = InputReader.Read(TestData.Sample("assad-astana.json"), new IntakeOptions()).Single();
        return Pipeline.CreateDefault(fast).Analyze(item.Article!);
    }

    private Analysis Reference => (_fast ? FastMode : EncoderMode).Value;

    private bool _fast;

    private IReadOnlyList<CodedEvent> Events => Reference.Events!.Events;

    private CodedEvent Find(string source, string code, string target, string inSentence) =>
        Assert.Single(Events, e => e.Source.Code == source && e.Code == code && e.Target.Code == target
            && Reference.Article.Text[e.Evidence.Start..e.Evidence.End].Contains(inSentence, StringComparison.Ordinal));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Assad_hosts_Jaberi_Ansari_in_Damascus_on_publication_day(bool fast)
    {
        _fast = fast;
        var visit = Find("IRNGOV", "042", "SYRGOV", "visiting Iranian Deputy Foreign Minister");
        Assert.Equal("2017-08-30", visit.Date);
        Assert.Equal("text", visit.DateBasis); // "on Wednesday"
        Assert.Equal("Damascus", visit.Place?.Name);
        Assert.Equal(33.51, visit.Place!.Place!.Latitude!.Value, 2);
        var host = Find("SYRGOV", "043", "IRNGOV", "visiting Iranian Deputy Foreign Minister");
        var entities = Reference.Entities!.Entities;
        Assert.Equal("Bashar al-Assad", entities.Single(e => e.Id == host.Source.Entity).Name);
        Assert.Equal("Hossein Jaberi Ansari", entities.Single(e => e.Id == visit.Source.Entity).Name);
        Assert.Equal(1, host.QuadClass);
        Assert.Equal(2.8, host.Goldstein);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Jaberi_Ansari_holds_talks_with_al_Muallem_the_same_day(bool fast)
    {
        _fast = fast;
        var talks = Find("IRNGOV", "046", "SYRGOV", "held talks with Syrian Foreign Minister");
        Assert.Equal("2017-08-30", talks.Date);
        var entities = Reference.Entities!.Entities;
        Assert.Equal("Hossein Jaberi Ansari", entities.Single(e => e.Id == talks.Source.Entity).Name);
        Assert.Equal("Walid al-Muallem", entities.Single(e => e.Id == talks.Target.Entity).Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_two_sides_exchange_views_with_each_other_not_with_Astana(bool fast)
    {
        _fast = fast;
        // "The two sides also exchanged views on the process of the Astana talks …": the group is the meeting's two
        // parties, each negotiating with the other; Astana says where the talks are held and is no actor.
        var ansari = Find("IRNGOV", "046", "SYRGOV", "The two sides also exchanged views");
        var assad = Find("SYRGOV", "046", "IRNGOV", "The two sides also exchanged views");
        Assert.Equal(("Hossein Jaberi Ansari", "Bashar al-Assad"), (ansari.Source.Name, assad.Source.Name));
        Assert.Equal("two sides", Reference.Article.Text[ansari.Source.Span.Start..ansari.Source.Span.End]);
        Assert.DoesNotContain(Events, e => (e.Source.Code == "KAZ" || e.Target.Code == "KAZ")
            && Reference.Article.Text[e.Evidence.Start..e.Evidence.End].Contains("The two sides", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Muallem_praises_Irans_support(bool fast)
    {
        _fast = fast;
        var praise = Find("SYRGOV", "051", "IRN", "Muallem praised Iran’s support");
        Assert.Equal("Praise or endorse", praise.Label);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_terrorists_plot_in_Syria_is_one_actor_not_two_facing_each_other(bool fast)
    {
        _fast = fast;
        // "… says the terrorists' plot in Syria has failed, stressing …": "terrorists" is the phrase's role, not a
        // second party; the plot names no one it acts on.
        Assert.DoesNotContain(Events, e => e.Source.Span.Overlaps(e.Target.Span)
            && Reference.Article.Text[e.Evidence.Start..e.Evidence.End].Contains("terrorists’ plot in Syria", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Praising_the_purge_of_terrorist_groups_is_no_praise_of_them(bool fast)
    {
        _fast = fast;
        // "the Iranian diplomat praised the purging of the terrorist groups of Daesh and Jabhat Fateh al-Sham …".
        var praise = Events.Where(e => e.Code == "051"
            && Reference.Article.Text[e.Evidence.Start..e.Evidence.End].Contains("praised the purging", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(praise, e => e.Target.Code is "IMGMUSISI" or "MEAREB");
        Assert.DoesNotContain(praise, e => Reference.Article.Text[e.Target.Span.Start..e.Target.Span.End].Contains("terrorist", StringComparison.Ordinal));
    }

    [Fact]
    public void The_purge_praised_as_an_achievement_by_the_army_and_Hezbollah_praises_them()
    {
        // "… praised the purging of the terrorist groups … as a great achievement by the Syrian army and the Lebanese
        // Hezbollah resistance movement": the encoder-mode parse hangs the "as" phrase from "praised" (the fast one does not).
        _fast = false;
        var praised = Events.Where(e => e.Code == "051"
            && Reference.Article.Text[e.Evidence.Start..e.Evidence.End].Contains("praised the purging", StringComparison.Ordinal))
            .Select(e => e.Target.Code).Order().ToArray();
        Assert.Equal(["LBNREB", "SYRMIL"], praised);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_Lebanese_army_operation_is_dated_August_19(bool fast)
    {
        _fast = fast;
        var operation = Find("LBNMIL", "190", "SYR", "the Lebanese military launched");
        Assert.Equal("2017-08-19", operation.Date);
        Assert.Equal(4, operation.QuadClass);
        Assert.Equal(-10.0, operation.Goldstein);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_Astana_talks_are_no_place_where_Jaberi_Ansari_calls_for_consultations(bool fast)
    {
        _fast = fast;
        // "Jaberi Ansari, who heads Iran's delegation to the Astana talks, also emphasized the need for close
        // consultations between Iran and Syria": Astana names the talks; the meeting was in Damascus.
        var events = Events.Where(e => Reference.Article.Text[e.Evidence.Start..e.Evidence.End].Contains("delegation to the Astana talks", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("Astana", e.Place?.Name));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hezbollah_and_the_Syrian_army_each_start_the_offensive_in_Qalamoun(bool fast)
    {
        _fast = fast;
        var hezbollah = Find("LBNREB", "190", "IMGMUSISI", "simultaneous offensive against Daesh");
        var army = Find("SYRMIL", "190", "IMGMUSISI", "simultaneous offensive against Daesh");
        Assert.Equal("Qalamoun", hezbollah.Place?.Name);
        Assert.Equal("Qalamoun", army.Place?.Name);
        Assert.Equal("Hezbollah", hezbollah.Source.Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Daesh_evacuates_Qalamoun_on_Monday_August_28_and_nothing_else_happens_in_that_sentence(bool fast)
    {
        _fast = fast;
        var evacuation = Find("IMGMUSISI", "070", "SYR", "started to evacuate Qalamoun");
        Assert.Equal("2017-08-28", evacuation.Date);
        Assert.Equal("text", evacuation.DateBasis);
        // "… and head towards the eastern part of Syria as part of a negotiated deal to end the extremists’ presence
        // there": heading somewhere manages nothing (the dictionary's HEAD is 060), and the deal was negotiated by
        // no one the sentence names (the extremists' presence yielding to Daesh was coded).
        Assert.Equal([evacuation], Events.Where(e => e.Evidence == evacuation.Evidence));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Events_are_in_the_json_document(bool fast)
    {
        _fast = fast;
        var json = Sift.Model.Json.AnalysisJson.Serialize(Reference);
        Assert.Contains("\"events\": {", json);
        Assert.Contains("\"code\": \"LBNMIL\"", json);
    }
}
