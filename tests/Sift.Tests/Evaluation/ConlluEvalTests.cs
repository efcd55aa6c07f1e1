using Sift.Evaluation.Conllu;

namespace Sift.Tests.Evaluation;

public class ConlluEvalTests
{
    private static List<ConlluSentence> Parse(string conllu) => ConlluFile.Parse(new StringReader(conllu.Replace("|", "\t")), "test");

    // "I don't know." with the gold multiword token don't = do + n't.
    private const string Gold = """
        # text = I don't know.
        1|I|I|PRON|PRP|_|3|nsubj|_|_
        2-3|don't|_|_|_|_|_|_|_|_
        2|do|do|AUX|VBP|_|4|aux|_|_
        3|n't|not|PART|RB|_|4|advmod|_|_
        4|know|know|VERB|VB|_|0|root|_|SpaceAfter=No
        5|.|.|PUNCT|.|_|4|punct|_|_

        """;

    [Fact]
    public void Gold_against_itself_scores_one_everywhere()
    {
        var gold = Parse(Gold);
        var score = ConlluEval.Score(gold, gold);
        Assert.Equal((5, 5, 5, 5), (score.Upos, score.Lemmas, score.Uas, score.Las));
        Assert.Equal(1.0, score.TokensF1);
    }

    [Fact]
    public void Separate_system_tokens_align_with_the_words_of_a_gold_multiword_token()
    {
        // Sift's tokenizer writes do and n't as two tokens; the words still align (LCS inside the
        // multiword span), so only the token figure drops: gold has 4 tokens, the system 5, 3 match.
        var system = Parse("""
            1|I|I|PRON|PRP|_|3|nsubj|_|_
            2|do|do|AUX|VBP|_|4|aux|_|_
            3|n't|not|PART|RB|_|4|advmod|_|_
            4|know|know|VERB|VB|_|0|root|_|_
            5|.|.|PUNCT|.|_|4|punct|_|_

            """);
        var score = ConlluEval.Score(Parse(Gold), system);
        Assert.Equal(5, score.AlignedWords);
        Assert.Equal((5, 5, 5), (score.Upos, score.Uas, score.Las));
        Assert.Equal(2.0 * 3 / (4 + 5), score.TokensF1, 12);
    }

    [Fact]
    public void Las_compares_universal_relations_and_a_wrong_head_costs_both()
    {
        var system = Parse(Gold.Replace("5|.|.|PUNCT|.|_|4|punct", "5|.|.|PUNCT|.|_|1|punct").Replace("|4|aux|", "|4|aux:pass|"));
        var score = ConlluEval.Score(Parse(Gold), system);
        Assert.Equal((4, 4), (score.Uas, score.Las));
    }
}
