using Sift.Evaluation;
using Sift.Evaluation.Coref;

namespace Sift.Tests.Evaluation;

public class CorefScorerTests
{
    // Mentions named by letters, as in the papers: a is [0,1), b is [1,2), …
    private static MentionSpan M(char letter) => new(letter - 'a', letter - 'a' + 1);

    private static IReadOnlyList<IReadOnlyList<MentionSpan>> Clusters(string clusters) =>
        clusters.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => (IReadOnlyList<MentionSpan>)c.Select(M).ToArray()).ToArray();

    private static CorefScore Score(string gold, string system) => CorefScorer.Score(Clusters(gold), Clusters(system));

    private static void AssertFigures(PrecisionRecall figures, double recall, double precision)
    {
        Assert.Equal(recall, figures.Recall, 12);
        Assert.Equal(precision, figures.Precision, 12);
        Assert.Equal(PrecisionRecall.HarmonicMean(precision, recall), figures.F1, 12);
    }

    [Fact]
    public void Muc_counts_the_links_that_a_split_loses()
    {
        // The MUC paper's example: gold {A B C D}, system {A B} {C D}. The gold cluster needs 3 links and the
        // system's clusters cut it in 2 parts: recall (4 − 2) / 3 = 2/3. Each system cluster lies inside one gold
        // cluster: precision (1 + 1) / (1 + 1) = 1.
        var score = Score("abcd", "ab cd");
        AssertFigures(score.Muc, recall: 2.0 / 3, precision: 1);
        Assert.Equal((2, 3, 2, 2), ((int)score.Muc.RecallNumerator, score.Muc.Gold, (int)score.Muc.PrecisionNumerator, score.Muc.Predicted));

        // The other way round, a merge: recall 1, precision 2/3.
        AssertFigures(Score("ab cd", "abcd").Muc, recall: 1, precision: 2.0 / 3);
    }

    [Fact]
    public void BCubed_scores_each_mention_by_the_overlap_of_its_two_clusters()
    {
        // Gold {a b c d} {e}, system {a b} {c d e}.
        // Recall, per gold mention |gold cluster ∩ system cluster| / |gold cluster|:
        //   a, b: |{a b}| / 4 = 2/4;  c, d: |{c d}| / 4 = 2/4;  e: |{e}| / 1 = 1   → (4 · 2/4 + 1) / 5 = 3/5.
        // Precision, per system mention the same with the sides swapped:
        //   a, b: |{a b}| / 2 = 1;  c, d: |{c d}| / 3 = 2/3;  e: |{e}| / 3 = 1/3  → (2 + 4/3 + 1/3) / 5 = 11/15.
        // F1 = 2 · (11/15) · (3/5) / (11/15 + 3/5) = 0.66.
        var score = Score("abcd e", "ab cde");
        AssertFigures(score.BCubed, recall: 3.0 / 5, precision: 11.0 / 15);
        Assert.Equal(0.66, score.BCubed.F1, 12);
        Assert.Equal((5, 5), (score.BCubed.Gold, score.BCubed.Predicted));
        // MUC: the gold singleton has no link; {a b c d} is cut in 2 parts → recall 2/3. {c d e} spans 2 gold clusters → precision 2/3.
        AssertFigures(score.Muc, recall: 2.0 / 3, precision: 2.0 / 3);
    }

    // The reference scorer's own test cases (conll/reference-coreference-scorers, test/CorefMetricTestConfig.pm),
    // key {a} {b c} {d e f}; the expected figures are the ones that file gives.
    [Theory]
    [InlineData("a de", 1.0 / 3, 1.0, (7.0 / 3) / 6, 3.0 / 3)]                                     // A2: missing mentions
    [InlineData("a bcx defy z", 3.0 / 3, 3.0 / 5, 6.0 / 6, (4 + 7.0 / 12) / 9)]                   // A3: extra mentions
    [InlineData("a bcx dy z", 1.0 / 3, 1.0 / 3, (3 + 1.0 / 3) / 6, (1 + 4.0 / 3 + 1.0 / 2) / 7)]  // A4: both
    public void Matches_the_reference_scorer_test_cases(string response, double mucRecall, double mucPrecision, double bCubedRecall, double bCubedPrecision)
    {
        var score = Score("a bc def", response);
        AssertFigures(score.Muc, mucRecall, mucPrecision);
        AssertFigures(score.BCubed, bCubedRecall, bCubedPrecision);
    }

    [Fact]
    public void Mentions_on_one_side_only_count_as_singletons()
    {
        // c is missing from the system: the gold cluster {a b c} splits into {a b} and {c}.
        var missing = Score("abc", "ab");
        AssertFigures(missing.Muc, recall: 1.0 / 2, precision: 1);
        AssertFigures(missing.BCubed, recall: (4.0 / 3) / 3, precision: 1);

        // x is not in the gold: the system cluster {a b x} splits into {a b} and {x}.
        var extra = Score("ab", "abx");
        AssertFigures(extra.Muc, recall: 1, precision: 1.0 / 2);
        AssertFigures(extra.BCubed, recall: 1, precision: (4.0 / 3) / 3);
    }

    [Fact]
    public void The_corpus_score_sums_numerators_and_denominators()
    {
        // Document 1: MUC recall 2/3 (gold {a b c d}, system {a b} {c d}). Document 2: recall 0/1 (nothing found).
        // Micro-average: (2 + 0) / (3 + 1) = 1/2, not the mean of 2/3 and 0.
        var corpus = CorefScorer.ScoreCorpus([(Clusters("abcd"), Clusters("ab cd")), (Clusters("ab"), Clusters(""))]);
        Assert.Equal(0.5, corpus.Muc.Recall, 12);
        Assert.Equal(1, corpus.Muc.Precision, 12);
        // B³ recall: document 1 gives 4 · 2/4 = 2 of 4 mentions, document 2 gives 0 of 2 → 2/6.
        Assert.Equal(2.0 / 6, corpus.BCubed.Recall, 12);
        Assert.Equal(corpus.Muc, (CorefScorer.Score(Clusters("abcd"), Clusters("ab cd")) + CorefScorer.Score(Clusters("ab"), Clusters(""))).Muc);
    }

    [Fact]
    public void Gold_against_itself_scores_one()
    {
        var score = Score("abc de f", "abc de f");
        AssertFigures(score.Muc, 1, 1);
        AssertFigures(score.BCubed, 1, 1);
    }

    [Fact]
    public void Nothing_scores_zero_without_dividing_by_zero()
    {
        var score = Score("", "");
        Assert.Equal(0, score.Muc.F1);
        Assert.Equal(0, score.BCubed.F1);
        // Singletons only: B³ is perfect, MUC has no links to score.
        var singletons = Score("a b", "a b");
        Assert.Equal(1, singletons.BCubed.F1, 12);
        Assert.Equal((0, 0), (singletons.Muc.Gold, singletons.Muc.Predicted));
    }

    [Fact]
    public void A_mention_in_two_clusters_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Score("ab", "ab bc"));
        Assert.Contains("system mention [1,2)", error.Message);
    }
}
