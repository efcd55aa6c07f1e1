using Sift.Events;

namespace Sift.Tests.Events;

public sealed class EventDictionaryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Actor_codes_follow_their_dates_and_synonyms_share_them()
    {
        var path = _temp.Write("actors.txt", """
            <!-- a comment
            # spanning lines -->
            GOLLUM  # pas 27 Apr 03
            +SMEAGOL
            	[HOB < 950601]
            	[HOBGOV 19950601 - 19990815]
            	[HOBREB > 990816]
            BOROMIR  [---]
            BASHAR_AL-ASSAD
            +ASSAD
            	[SYRELI 830101-000101]
            	[SYRGOV >000717]
            """);
        var actors = ActorDictionary.Load(path);
        var gollum = actors.Lookup("Smeagol");
        Assert.True(gollum >= 0);
        Assert.Equal("HOB", actors.CodeOf(gollum, new DateOnly(1990, 1, 1)));
        Assert.Equal("HOBGOV", actors.CodeOf(gollum, new DateOnly(1997, 1, 1)));
        Assert.Equal("HOBREB", actors.CodeOf(gollum, new DateOnly(2005, 1, 1)));
        Assert.Equal("SYRGOV", actors.CodeOf(actors.Lookup("Bashar al-Assad"), new DateOnly(2017, 8, 30)));
        Assert.Equal("SYRELI", actors.CodeOf(actors.Lookup("Assad"), new DateOnly(1990, 1, 1)));
        Assert.Equal("", actors.CodeOf(actors.Lookup("Boromir"), null));
        Assert.Equal(-1, actors.Lookup("Frodo"));
    }

    [Fact]
    public void Agents_go_after_or_before_the_actor_and_substitution_sets_expand()
    {
        var path = _temp.Write("agents.txt", """
            !PERSON! = MAN, MEN, WOMAN
            CONGRESS!PERSON! [~LEG]
            FOREIGN_MINISTER [~GOVFRM]
            HUMAN_RIGHTS_BODY  [NGO~]
            """);
        var agents = AgentDictionary.Load(path);
        Assert.Equal(new AgentCode("LEG", false), agents.InTitle("Congresswoman"));
        Assert.Equal("ARNGOVFRM", AgentDictionary.Combine("ARN", agents.InTitle("Arnor's Foreign Minister")!.Value));
        Assert.Equal("NGOARN", AgentDictionary.Combine("ARN", agents.InTitle("human rights body")!.Value));
        Assert.Null(agents.InTitle("Gardener"));
    }

    [Fact]
    public void Verbs_read_blocks_forms_multiword_verbs_synsets_and_patterns()
    {
        var path = _temp.Write("verbs.txt", """
            &TIETYPES
            +MILITARY
            +ECONOMIC

            --- MEET_PEOPLE [040] ---
            +MEET_WITH {+MET_WITH +MEETS_WITH}
            MEET {MEETS MET MEETING}
            - * (FOR TALKS)  [036:036]  # MEET
            - * &TIETYPES_LEADERS  [041]
            ~ a (a b ATTACK) SAY = a b 015
            """);
        var verbs = VerbDictionary.Load(path);
        Assert.Equal(1, verbs.BlockCount);
        Assert.Equal(2, verbs.VerbCount);
        Assert.Equal(2, verbs.PatternCount);
        var met = verbs.Candidates("MET");
        Assert.NotNull(met);
        Assert.Contains(met!, v => v.After is ["WITH"]);
        Assert.All(met!, v => Assert.Equal("040", v.Code));
        var pattern = met![0].Block.Patterns[1];
        Assert.Equal("041", pattern.Code);
        Assert.Equal(2, pattern.Post[0].Length); // MILITARY LEADERS, ECONOMIC LEADERS
    }

    [Fact]
    public void Cameo_lookups_give_labels_goldstein_and_quad_classes()
    {
        var cameo = EventDictionaries.Default.Cameo;
        Assert.Equal("Make a visit", cameo.Label("042"));
        Assert.Equal(1.9, cameo.Goldstein("042"));
        Assert.Equal(-10.0, cameo.Goldstein("190"));
        Assert.Equal(1, CameoCodes.QuadClass("042"));
        Assert.Equal(2, CameoCodes.QuadClass("070"));
        Assert.Equal(3, CameoCodes.QuadClass("112"));
        Assert.Equal(4, CameoCodes.QuadClass("190"));
        var parts = cameo.Parts("IMGMUSISI");
        Assert.Equal(["IMG"], parts.Types);
        Assert.Equal("MOS", cameo.Parts("SYRMOS").Religions[0]); // MUS of IMGMUSISI is no GDELT religion code (Muslim is MOS)
        Assert.Equal("SYR", cameo.Parts("SYRGOV").Country);
        Assert.Equal("UNO", cameo.Parts("IGOUNO").KnownGroup);
    }
}
