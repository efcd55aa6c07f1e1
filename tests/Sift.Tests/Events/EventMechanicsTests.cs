using Sift.Evaluation.Petrarch;
using Sift.Events;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Tests.Events;

/// <summary>One coding mechanic at a time: a sentence, a dictionary of a few lines, the coding it must give.</summary>
public sealed class EventMechanicsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static readonly Lazy<SyntaxAnalyzer> Syntax = new(() => new SyntaxAnalyzer(SyntaxModels.Default));

    public void Dispose() => _temp.Dispose();

    private const string Actors = """
        ARNOR [ARN]
        GONDOR [GON]
        MORDOR [MOR]
        OSGILIATH [OSG]
        CALENARDHON [CAL]
        BREE [BRE]
        PRINCE OF DOL AMROTH [DOL]
        """;

    private EventDictionaries Dictionaries(string verbs, string agents = "PRESIDENT [~GOV]") =>
        new(VerbDictionary.Load(_temp.Write("verbs.txt", verbs)),
            ActorDictionary.Load(_temp.Write("actors.txt", Actors)),
            AgentDictionary.Load(_temp.Write("agents.txt", agents)),
            DiscardList.Load(_temp.Write("discards.txt", "BASEBALL\n")),
            CameoCodes.Empty,
            CountryCodes.Empty) { UnknownCountry = "---" };

    private static Article Article(string sentence) =>
        new() { Text = sentence, Metadata = new ArticleMetadata { Published = new DateOnly(1995, 1, 1) }, Layout = TextLayout.BlankLineParagraphs };

    private string[] Code(string verbs, string sentence, string agents = "PRESIDENT [~GOV]", bool requireDyad = true)
    {
        var article = Article(sentence);
        var text = TextSegmenter.Segment(article);
        var events = new EventAnalyzer(Dictionaries(verbs, agents), requireDyad).Analyze(article, text, Syntax.Value.Analyze(article, text), null, null)!.Events;
        return [.. events.Select(e => $"{e.Source.Code} {e.Target.Code} {e.Code}").Distinct().Order()];
    }

    [Fact]
    public void A_subject_hung_on_an_auxiliary_is_the_subject_of_the_auxiliarys_verb()
    {
        var dictionaries = Dictionaries("--- DELAY [120] ---\nDELAY\n");
        var article = Article("Gondor has delayed its meeting with Mordor.");
        var text = TextSegmenter.Segment(article);
        // The parse a parser sometimes gives: "Gondor" under the auxiliary "has", not under "delayed".
        TokenSyntax[] parse =
        [
            new("PROPN", "NNP", "Gondor", 1, "nsubj"),
            new("AUX", "VBZ", "have", 2, "aux"),
            new("VERB", "VBN", "delay", -1, "root"),
            new("PRON", "PRP$", "its", 4, "nmod:poss"),
            new("NOUN", "NN", "meeting", 2, "obj"),
            new("ADP", "IN", "with", 6, "case"),
            new("PROPN", "NNP", "Mordor", 4, "nmod"),
            new("PUNCT", ".", ".", 2, "punct"),
        ];
        Assert.Equal(parse.Length, text.Tokens.Count);
        var events = new EventAnalyzer(dictionaries, requireDyad: false).Analyze(article, text, new SyntaxLayer(parse), null, null)!.Events;
        Assert.Contains(events, e => e.Source.Code == "GON" && e.Code == "120");
    }

    [Theory]
    [InlineData(2)] // "on the border of Mordor" hung from the verb, beside its object
    [InlineData(5)] // hung from the object "operation"
    public void A_prepositional_phrase_beside_the_object_counts_for_a_pattern_wherever_the_parser_hangs_it(int borderHead)
    {
        // "* BORDER" (reopening a border) is listed before "* OPERATION": the border of a phrase that the
        // pattern does not name by its preposition must not win, whether it hangs from the verb or the object.
        var dictionaries = Dictionaries("--- START [---] ---\nLAUNCH\n- * BORDER [050]\n- * OPERATION [190]\n");
        var article = Article("Gondor launched an attack operation on the border of Mordor.");
        var text = TextSegmenter.Segment(article);
        TokenSyntax[] parse =
        [
            new("PROPN", "NNP", "Gondor", 1, "nsubj"),
            new("VERB", "VBD", "launch", -1, "root"),
            new("DET", "DT", "a", 4, "det"),
            new("NOUN", "NN", "attack", 4, "compound"),
            new("NOUN", "NN", "operation", 1, "obj"),
            new("ADP", "IN", "on", 7, "case"),
            new("DET", "DT", "the", 7, "det"),
            new("NOUN", "NN", "border", borderHead == 2 ? 1 : 4, borderHead == 2 ? "obl" : "nmod"),
            new("ADP", "IN", "of", 9, "case"),
            new("PROPN", "NNP", "Mordor", 7, "nmod"),
            new("PUNCT", ".", ".", 1, "punct"),
        ];
        Assert.Equal(parse.Length, text.Tokens.Count);
        var events = new EventAnalyzer(dictionaries, requireDyad: false).Analyze(article, text, new SyntaxLayer(parse), null, null)!.Events;
        Assert.Contains(events, e => e.Source.Code == "GON" && e.Code == "190");
        Assert.DoesNotContain(events, e => e.Code == "050");
    }

    [Fact]
    public void The_dollar_and_plus_signs_of_a_pattern_place_its_source_and_target()
    {
        const string verbs = """
            --- FREE [066] ---
            FREE
            - + * FROM $ [066]
            """;
        // Passive with no "by": only the signs give the source ("from Mordor") and the target (the subject).
        Assert.Equal(["MOR OSG 066"], Code(verbs, "Osgiliath's palace guard was freed from Mordor after the war."));
    }

    [Fact]
    public void A_caret_passes_over_one_noun_phrase_before_the_sign()
    {
        const string verbs = """
            --- CELEBRATE [181] ---
            CELEBRATE
            - * IFTAR AT ^ ^ + [044]
            """;
        Assert.Equal(["ARN GON 044"], Code(verbs, "Arnor has celebrated Iftar at Osgiliath with the parliament of Gondor in Calenardhon after the war."));
    }

    [Fact]
    public void Words_in_a_prepositional_modifier_count_only_once_the_pattern_names_the_preposition()
    {
        const string verbs = """
            --- LAUNCH [---] ---
            LAUNCH
            - * BORDER [050]
            - * OPERATION [190]
            --- WELCOME [041] ---
            WELCOME
            - * MEMOS_ON_ECONOMIC FROM [911]
            """;
        Assert.Equal(["ARN GON 190"], Code(verbs, "Arnor launched an anti-terror operation on the border of Gondor."));
        Assert.Equal(["CAL BRE 911"], Code(verbs, "Calenardhon welcomed memos on economic issues from Bree."));
    }

    [Fact]
    public void An_actor_phrase_runs_into_the_modifiers_of_its_head_and_a_joined_token_spells_several_words()
    {
        const string verbs = """
            --- WARN [160] ---
            WARN
            """;
        Assert.Equal(["GON DOL 160"], Code(verbs, "Gondor warned of the Prince of Dol Amroth."));
        Assert.Equal(["GON DOL 160"], Code(verbs, "Gondor warned of the Prince of Dol_Amroth."));
    }

    [Fact]
    public void An_agent_written_with_empty_braces_has_no_plural()
    {
        const string verbs = """
            --- RESTORE [064] ---
            RESTORE
            """;
        const string agents = "POLICE {} [~COP]";
        Assert.Equal(["ARN GONCOP 064"], Code(verbs, "Arnor restored ties with Gondor's police.", agents));
        Assert.Equal(["ARN GON 064"], Code(verbs, "Arnor restored ties with Gondor's polices.", agents));
    }

    [Fact]
    public void An_underscore_before_the_verb_asks_for_the_word_right_before_it()
    {
        const string verbs = """
            --- ALLOW [080] ---
            ALLOW
            - RECENTLY_* [025]
            """;
        Assert.Equal(["ARN GON 025"], Code(verbs, "Arnor recently allowed Gondor to leave."));
        Assert.Equal(["ARN GON 080"], Code(verbs, "Arnor recently did allow Gondor to leave."));
    }

    [Fact]
    public void A_time_names_no_target()
    {
        const string verbs = """
            --- PROTEST [140] ---
            PROTEST
            """;
        Assert.Empty(Code(verbs, "Arnor protested after Gondor elections."));
        Assert.Equal(["ARN --- 140"], Code(verbs, "Arnor protested after Gondor elections.", requireDyad: false));
    }

    [Fact]
    public void Unit_test_records_follow_the_require_dyad_option_that_stands_before_them()
    {
        _temp.Write(UnitTestRecords.FileName, """
            <Validation><Sentences>
            <Sentence date="19950101" id="A" category="DEMO"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding><Text>Arnor restored ties with Gondor.</Text></Sentence>
            <Config option="require_dyad" value="False"></Config>
            <Sentence date="19950101" id="B" category="DEMO"><EventCoding sourcecode="ARN" targetcode="---" eventcode="140"></EventCoding><Text>Arnor protested.</Text></Sentence>
            <Config option="require_dyad" value="TRUE"></Config>
            <Sentence date="19950101" id="C" category="DEMO"><EventCoding noevents="true"></EventCoding><Text>Arnor protested.</Text></Sentence>
            </Sentences></Validation>
            """);
        var records = UnitTestRecords.Load(_temp.Path);
        Assert.Equal([true, false, true], records.Select(r => r.RequireDyad));
    }
}
