using Sift.Learning;
using Sift.Syntax;

namespace Sift.Tests.Syntax;

/// <summary>The vote that combines several parsers' trees, and the ensemble's right-to-left members.</summary>
public class ParserVoteTests
{
    private static (int[] Heads, int[] Relations) Vote(float[] weights, int[][] heads, int[][] relations)
    {
        var n = heads[0].Length;
        var outHeads = new int[n];
        var outRelations = new int[n];
        new TreeVote().Combine(n, weights, heads, relations, outHeads, outRelations);
        return (outHeads, outRelations);
    }

    [Fact]
    public void Each_word_takes_the_head_most_parsers_chose_and_the_relation_most_of_them_gave()
    {
        // "Assad met envoys today": three parsers disagree on "today" (word 4) and on the relation of "envoys".
        int[][] heads = [[2, 0, 2, 3], [2, 0, 2, 2], [2, 0, 2, 2]];
        int[][] relations = [[1, 0, 2, 4], [1, 0, 3, 4], [1, 0, 3, 5]];
        var (h, r) = Vote([1f, 1f, 1f], heads, relations);
        Assert.Equal([2, 0, 2, 2], h);
        Assert.Equal(3, r[2]);
        // "today" under "met": the two parsers that chose that head gave 4 and 5; the earlier one's wins the tie.
        Assert.Equal(4, r[3]);
    }

    [Fact]
    public void The_vote_is_one_rooted_projective_tree_even_when_every_parser_picks_another_root()
    {
        int[][] heads = [[0, 1, 2], [2, 0, 2], [3, 3, 0]];
        int[][] relations = [[0, 1, 1], [1, 0, 1], [1, 1, 0]];
        var (h, _) = Vote([1f, 1f, 1f], heads, relations);
        Assert.Single(h, head => head == 0);
        for (var d = 1; d <= h.Length; d++)
        {
            // Following heads from any word reaches the root without a cycle.
            var at = d;
            for (var steps = 0; at != 0; steps++)
            {
                Assert.True(steps <= h.Length, "cycle");
                at = h[at - 1];
            }
        }
    }

    [Fact]
    public void A_heavier_parser_breaks_a_tie()
    {
        int[][] heads = [[2, 0, 2], [3, 3, 0]];
        int[][] relations = [[1, 0, 1], [1, 1, 0]];
        Assert.Equal([2, 0, 2], Vote([1.01f, 1f], heads, relations).Heads);
        Assert.Equal([3, 3, 0], Vote([1f, 1.01f], heads, relations).Heads);
    }

    // Tiny treebank: each parser memorizes the trees it is trained on.
    private static readonly string[][] Sentences =
    [
        ["Assad", "met", "the", "envoy"],
        ["the", "minister", "said", "talks", "resumed"],
        ["officials", "praised", "the", "deal"],
    ];

    private static readonly int[][] GoldHeads = [[2, 0, 4, 2], [2, 3, 0, 5, 3], [2, 0, 4, 2]];

    /// <summary>Another valid tree for every sentence: each word under the next, the last the root.</summary>
    private static int[] Chain(int n) => [.. Enumerable.Range(1, n).Select(i => i == n ? 0 : i + 1)];

    private static (List<ParserTrainer.TaggedSentence> Sentences, LabelSet Relations) Treebank(bool chain)
    {
        var relations = new LabelSet();
        relations.Intern(DependencyParser.RootRelation);
        var dep = relations.Intern("dep");
        var result = new List<ParserTrainer.TaggedSentence>();
        for (var k = 0; k < Sentences.Length; k++)
        {
            var forms = Sentences[k];
            var heads = chain ? Chain(forms.Length) : GoldHeads[k];
            var rels = heads.Select(h => h == 0 ? 0 : dep).ToArray();
            var tags = forms.Select(_ => "X").ToArray();
            var gold = new TreebankSentence(forms, new int[forms.Length], forms, heads, rels);
            result.Add(new ParserTrainer.TaggedSentence(gold, tags, tags));
        }
        return (result, relations);
    }

    private static DependencyParser Train(bool chain, bool rightToLeft)
    {
        var (sentences, relations) = Treebank(chain);
        if (rightToLeft)
            sentences = sentences.Select(ParserTrainer.Reversed).ToList();
        // Unpruned: on three sentences every averaged weight is small.
        return ParserTrainer.Train(sentences, sentences, relations, 10, _ => { }, prune: 0f);
    }

    private static int[] Parse(ParserEnsemble ensemble, int sentence)
    {
        var forms = Sentences[sentence];
        var tags = forms.Select(_ => "X").ToArray();
        var heads = new int[forms.Length];
        ensemble.Parse(forms, tags, tags, heads, new int[forms.Length]);
        return heads;
    }

    [Fact]
    public void A_reversed_sentence_keeps_its_tree()
    {
        var (sentences, _) = Treebank(chain: false);
        var reversed = ParserTrainer.Reversed(sentences[1]);
        Assert.Equal(["resumed", "talks", "said", "minister", "the"], reversed.Gold.Forms);
        // "resumed" (5 → 1) under "said" (3 → 3); "the" (1 → 5) under "minister" (2 → 4).
        Assert.Equal([3, 1, 0, 3, 4], reversed.Gold.Heads);
    }

    [Fact]
    public void A_right_to_left_parser_gives_the_tree_of_the_sentence_as_written()
    {
        foreach (var chain in new[] { false, true })
        {
            var parser = Train(chain, rightToLeft: true);
            for (var k = 0; k < Sentences.Length; k++)
            {
                var forms = Sentences[k];
                var tags = forms.Select(_ => "X").ToArray();
                var heads = new int[forms.Length];
                ParserEnsemble.ParseRightToLeft(parser, forms, tags, tags, heads, new int[forms.Length]);
                Assert.Equal(chain ? Chain(forms.Length) : GoldHeads[k], heads);
            }
        }
    }

    [Fact]
    public void A_right_to_left_member_settles_what_the_left_to_right_ones_dispute()
    {
        var gold = Train(chain: false, rightToLeft: false);
        var chain = Train(chain: true, rightToLeft: false);
        var withGold = new ParserEnsemble([(gold, false), (chain, false), (Train(chain: false, rightToLeft: true), true)]);
        var withChain = new ParserEnsemble([(gold, false), (chain, false), (Train(chain: true, rightToLeft: true), true)]);
        for (var k = 0; k < Sentences.Length; k++)
        {
            Assert.Equal(GoldHeads[k], Parse(new ParserEnsemble([(gold, false)]), k));
            Assert.Equal(Chain(Sentences[k].Length), Parse(new ParserEnsemble([(chain, false)]), k));
            Assert.Equal(GoldHeads[k], Parse(withGold, k));
            Assert.Equal(Chain(Sentences[k].Length), Parse(withChain, k));
        }
    }

    [Fact]
    public void Left_to_right_members_come_first_and_are_not_outnumbered()
    {
        var parser = Train(chain: false, rightToLeft: true);
        Assert.Throws<ArgumentException>(() => new ParserEnsemble([(parser, true)]));
        Assert.Throws<ArgumentException>(() => new ParserEnsemble([(parser, false), (parser, true), (parser, false)]));
        // Two agreeing right-to-left members could outvote a lone left-to-right one, which the shortcut would skip.
        Assert.Throws<ArgumentException>(() => new ParserEnsemble([(parser, false), (parser, true), (parser, true)]));
        Assert.Equal(2, new ParserEnsemble([(parser, false), (parser, true)]).Members);
    }
}
