using Sift.Entities.Ner;

namespace Sift.Tests.Entities;

public class NerTests
{
    [Fact]
    public void Iob1_and_iob2_tags_give_the_same_spans()
    {
        // IOB1: B- only between two adjacent entities of one type.
        string[] iob1 = ["I-ORG", "O", "I-PER", "I-PER", "B-PER", "I-MISC"];
        string[] iob2 = ["B-ORG", "O", "B-PER", "I-PER", "B-PER", "B-MISC"];
        var expected = new List<(int, int, int)> { (0, 1, 1), (2, 4, 0), (4, 5, 0), (5, 6, 3) };
        Assert.Equal(expected, NerCorpus.Spans(iob1));
        Assert.Equal(expected, NerCorpus.Spans(iob2));
    }

    [Fact]
    public void Bilou_round_trips_and_only_valid_sequences_are_allowed()
    {
        var spans = new List<(int, int, int)> { (0, 1, 1), (2, 5, 0) };
        var labels = NerLabels.Encode(6, spans);
        Assert.Equal(["U-ORG", "O", "B-PER", "I-PER", "L-PER", "O"], labels.Select(NerLabels.Name));
        Assert.Equal(spans, NerLabels.Decode(labels));
        Assert.False(NerLabels.Allowed(NerLabels.Of(0, 0), NerLabels.O));             // B-PER then O
        Assert.False(NerLabels.Allowed(NerLabels.Of(0, 0), NerLabels.Of(1, 2)));      // B-PER then L-ORG
        Assert.True(NerLabels.Allowed(NerLabels.Of(0, 0), NerLabels.Of(0, 2)));       // B-PER then L-PER
        Assert.False(NerLabels.Allowed(-1, NerLabels.Of(2, 1)));                      // I-LOC at the start
        Assert.False(NerLabels.MayEnd(NerLabels.Of(2, 0)));
    }

    [Fact]
    public void The_recognizer_decodes_valid_spans_and_finds_news_names()
    {
        string[][] doc =
        [
            ["Syrian", "President", "Bashar", "al-Assad", "met", "Hossein", "Jaberi", "Ansari", "in", "Damascus", "."],
            ["Jaberi", "Ansari", "praised", "Hezbollah", "."],
        ];
        var labels = EntityRecognizer.Default.Recognize(doc);
        var first = NerLabels.Decode(labels[0]);
        Assert.Contains((2, 4, 0), first);   // Bashar al-Assad, PER
        Assert.Contains((5, 8, 0), first);   // Hossein Jaberi Ansari, PER
        Assert.Contains((9, 10, 2), first);  // Damascus, LOC
        Assert.Contains((0, 2, 0), NerLabels.Decode(labels[1]));
        foreach (var sentence in labels)
        {
            for (var i = 0; i < sentence.Length; i++)
                Assert.True(NerLabels.Allowed(i == 0 ? -1 : sentence[i - 1], sentence[i]));
        }
    }

    [Fact]
    public void News_names_broken_by_the_recognizer_are_repaired()
    {
        const int Per = 0, Org = 1, Loc = 2, Misc = 3;
        string[] envoy = ["United", "Nations", "Special", "Envoy", "to", "Syria", "Staffan", "de", "Mistura"];
        // "United Nations Special" ran into the title; "Staffan", "de" and "Mistura" came out in pieces.
        var repaired = NameSpans.Repair(envoy, [(0, 3, Org), (5, 6, Loc), (6, 7, Loc), (7, 8, Per), (8, 9, Loc)]);
        Assert.Equal([(0, 2, Org), (5, 6, Loc), (6, 9, Loc)], repaired);

        string[] group = ["Jabhat", "Fateh", "al-Sham", "and", "the", "Kazakh", "Foreign", "Ministry"];
        Assert.Equal([(0, 3, Org), (5, 8, Org)], NameSpans.Repair(group, [(0, 2, Per), (2, 3, Misc), (5, 6, Org), (6, 8, Org)]));

        // Two people side by side stay two people.
        string[] people = ["Assad", "Putin"];
        Assert.Equal([(0, 1, Per), (1, 2, Per)], NameSpans.Repair(people, [(0, 1, Per), (1, 2, Per)]));

        // A person split at a middle initial is one person, whichever side took the initial.
        string[] general = ["said", "Barry", "R.", "McCaffrey", ",", "the", "director"];
        Assert.Equal([(1, 4, Per)], NameSpans.Repair(general, [(1, 2, Per), (2, 4, Per)]));
        Assert.Equal([(1, 4, Per)], NameSpans.Repair(general, [(1, 3, Per), (3, 4, Per)]));
        // An honorific or rank is no part of the name (CoNLL-2003 leaves it out); the title finder keeps it.
        string[] ranked = ["said", "Gen.", "Barry", "McCaffrey", "and", "Mr.", "Trump"];
        Assert.Equal([(2, 4, Per), (6, 7, Per)], NameSpans.Repair(ranked, [(1, 4, Per), (5, 7, Per)]));
    }

    [Fact]
    public void A_name_right_after_a_title_is_the_person_who_holds_it()
    {
        const int Per = 0, Org = 1, Loc = 2, Misc = 3;
        string[] minister = ["Minister", "for", "Arab", "and", "African", "Affairs", "Hossein", "Jaberi", "Ansari", "in", "Damascus"];
        // The title's last word ran into the name, which came out as an organization without its last word.
        Assert.Equal([(2, 3, Misc), (6, 9, Per), (10, 11, Loc)],
            NameSpans.Repair(minister, [(2, 3, Misc), (5, 8, Org), (10, 11, Loc)]));
        // The title's last word alone, then the name in two pieces.
        Assert.Equal([(6, 9, Per)], NameSpans.Repair(minister, [(5, 6, Org), (6, 8, Per), (8, 9, Per)]));
        // The organization took in more of the title ("African Affairs Hossein Jaberi"), and the surname came out alone.
        Assert.Equal([(2, 3, Misc), (6, 9, Per)], NameSpans.Repair(minister, [(2, 3, Misc), (4, 8, Org), (8, 9, Per)]));
        // A name after a title word that is not all capitalized words is left as it is.
        string[] envoy = ["Envoy", "to", "Syria"];
        Assert.Equal([(2, 3, Loc)], NameSpans.Repair(envoy, [(2, 3, Loc)]));
    }

    [Fact]
    public void A_first_name_left_out_before_a_particle_surname_is_taken_in()
    {
        const int Per = 0, Org = 1, Loc = 2;
        string[] envoy = ["United", "Nations", "Special", "Envoy", "to", "Syria", "Staffan", "de", "Mistura", "said"];
        Assert.Equal([(0, 2, Org), (5, 6, Loc), (6, 9, Per)], NameSpans.Repair(envoy, [(0, 2, Org), (5, 6, Loc), (7, 9, Per)]));
        Assert.Equal([(0, 2, Org), (5, 6, Loc), (6, 9, Per)], NameSpans.Repair(envoy, [(0, 2, Org), (5, 6, Loc), (8, 9, Per)]));
        // A word another name holds stays there.
        Assert.Equal([(5, 7, Loc), (7, 9, Per)], NameSpans.Repair(envoy, [(5, 7, Loc), (7, 9, Per)]));
        // After a title there is no first name to take.
        string[] titled = ["Envoy", "de", "Mistura"];
        Assert.Equal([(1, 3, Per)], NameSpans.Repair(titled, [(1, 3, Per)]));
    }
}
