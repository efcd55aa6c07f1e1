using Sift.Events;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Tests.Events;

/// <summary>PETRARCH-style sentences coded with the unit-test dictionaries (fictional actors: Arnor, Gondor, …).</summary>
public sealed class EventCoderTests
{
    private static readonly Lazy<EventAnalyzer> Analyzer = new(() =>
        new EventAnalyzer(EventDictionaries.LoadValidate(DataLocator.Require(Path.Combine("events", "petrarch2-unittest")))));

    private static readonly Lazy<SyntaxAnalyzer> Syntax = new(() => new SyntaxAnalyzer(SyntaxModels.Default));

    private static readonly Lazy<EventAnalyzer> Phoenix = new(() => new EventAnalyzer(EventDictionaries.Default));

    private static IReadOnlyList<CodedEvent> Code(string sentence, EventAnalyzer? analyzer = null)
    {
        var article = new Article { Text = sentence, Metadata = new ArticleMetadata { Published = new DateOnly(1995, 1, 1) }, Layout = TextLayout.BlankLineParagraphs };
        var text = TextSegmenter.Segment(article);
        return (analyzer ?? Analyzer.Value).Analyze(article, text, Syntax.Value.Analyze(article, text), null, null)!.Events;
    }

    [Fact]
    public void Heading_somewhere_is_coded_where_a_pattern_says_so_and_is_no_management_where_none_does()
    {
        // The news dictionaries' HEAD block: "- * TO [030]", "- * (FOR TALKS) [046:046]", …; without a pattern the
        // verb's own code, 060 (leading something).
        var visit = Code("Russian President Vladimir Putin headed to Beijing on Monday.", Phoenix.Value);
        Assert.Contains(visit, e => e.Source.Code.StartsWith("RUS", StringComparison.Ordinal) && e.Code == "030" && e.Target.Code == "CHN");
        Assert.DoesNotContain(Code("Russian troops headed towards the Chinese border on Monday.", Phoenix.Value), e => e.Code == "060");
    }

    private static string[] Triples(string sentence) => [.. Code(sentence).Select(e => $"{e.Source.Code} {e.Target.Code} {e.Code}").Distinct().Order()];

    [Fact]
    public void A_simple_clause_gives_source_event_and_target()
    {
        Assert.Equal(["ARN GON 064"], Triples("Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy."));
    }

    [Fact]
    public void In_the_passive_the_by_phrase_is_the_source()
    {
        Assert.Contains("ARN GON 212", Triples("Gondor was arrested by Arnor on Sunday."));
        Assert.Equal(Triples("Arnor arrested Gondor on Sunday."), Triples("Gondor was arrested by Arnor on Sunday."));
    }

    [Fact]
    public void A_negated_verb_gives_no_event()
    {
        Assert.NotEmpty(Triples("Arnor attacked Gondor on Sunday."));
        Assert.Empty(Triples("Arnor did not attack Gondor on Sunday."));
    }

    [Fact]
    public void Compound_actors_give_one_event_each()
    {
        Assert.Equal(["GON ARN 223", "OSG ARN 223"], Triples("Gondor and Osgiliath attacked Arnor on Sunday."));
        Assert.Equal(["ARN GON 223", "ARN OSG 223"], Triples("Arnor attacked Gondor and Osgiliath on Sunday."));
    }

    [Fact]
    public void Reported_speech_is_coded_with_the_speaker_as_its_source_of_information()
    {
        var events = Code("Frodo said that Arnor attacked Gondor on Sunday.");
        var attack = Assert.Single(events, e => e.Code == "223");
        Assert.Equal("ARN", attack.Source.Code);
        Assert.Equal("GON", attack.Target.Code);
        Assert.Equal("HOB", attack.InformationSource?.Code);
        Assert.Equal("Arnor", attack.Source.Name);
    }

    [Fact]
    public void Agents_join_the_country_they_belong_to()
    {
        Assert.Contains("ARNGOVFRM ERI 102", Triples("Arnor's foreign minister urged Eriador to respond to Gondor's proposals on elections."));
    }

    [Fact]
    public void A_discarded_sentence_is_not_coded()
    {
        Assert.NotEmpty(Triples("Arnor attacked Gondor on Sunday."));
        Assert.Empty(Triples("Arnor attacked Gondor on Sunday at the baseball game."));
    }
}
