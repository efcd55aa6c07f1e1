using System.Numerics.Tensors;
using Sift.Encoder;
using Sift.Intake;
using Sift.Text;

namespace Sift.Tests.Encoder;

public class SentenceEncoderTests
{
    private static SentenceEncoder Encoder => SentenceEncoder.Shared;

    private static string[] Words(string sentence) => sentence.Split(' ');

    private static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.CosineSimilarity(a, b);

    private static void AssertUsable(TokenVectors vectors)
    {
        for (var i = 0; i < vectors.Count; i++)
        {
            Assert.All(vectors[i].ToArray(), value => Assert.True(float.IsFinite(value)));
            Assert.True(TensorPrimitives.Norm(vectors[i]) > 1, $"row {i} is (nearly) zero");
        }
    }

    [Fact]
    public void Each_word_of_each_sentence_gets_one_row_of_384()
    {
        var vectors = Encoder.Encode([Words("Assad vows resistance ."), Words("The talks in Astana ended on Monday .")]);

        Assert.Equal(384, vectors.Dimensions);
        Assert.Equal(4 + 8, vectors.Count);
        Assert.Equal(12 * 384, vectors.Values.Length);
        AssertUsable(vectors);
    }

    [Fact]
    public void The_same_sentence_gives_the_same_vectors_in_one_batch_and_across_calls()
    {
        var sentence = Words("Syria ’s President Bashar al-Assad says the plot has failed .");
        var twice = Encoder.Encode([sentence, sentence]);
        var again = Encoder.Encode([sentence, sentence]);

        var n = sentence.Length;
        for (var i = 0; i < n; i++)
        {
            Assert.True(twice[i].SequenceEqual(twice[n + i]), $"word {i} differs within the batch");
            Assert.True(twice[i].SequenceEqual(again[i]), $"word {i} differs between calls");
        }
    }

    [Fact]
    public void A_sentences_vectors_do_not_depend_on_the_sentences_encoded_beside_it()
    {
        var sentence = Words("He underlined the need for Tehran and Damascus to remain vigilant .");
        var alone = Encoder.Encode([sentence]);
        var withOthers = Encoder.Encode([
            Words("The talks in Astana ended on Monday with a statement by Russia ."),
            sentence,
            Words("Iran , Russia and Turkey will meet again in the Kazakh capital soon ."),
        ]);

        for (var i = 0; i < sentence.Length; i++)
            Assert.True(alone[i].SequenceEqual(withOthers[13 + i]), $"word {i} ({sentence[i]}) changed with its batch mates");
    }

    [Fact]
    public void The_same_word_in_other_contexts_gets_other_vectors()
    {
        var river = Encoder.Encode([Words("They sat on the bank of the river .")]);
        var money = Encoder.Encode([Words("They took the money out of the bank .")]);

        var similarity = Cosine(river[4], money[7]);
        Assert.True(similarity < 0.9f, $"cosine {similarity}");
    }

    [Fact]
    public void Cities_are_closer_to_each_other_than_to_a_verb()
    {
        var vectors = Encoder.Encode([
            Words("She flew to Paris last week ."),
            Words("She flew to London last week ."),
            Words("She ate bread last week ."),
        ]);
        var paris = vectors[3];
        var london = vectors[7 + 3];
        var ate = vectors[14 + 1];

        Assert.True(Cosine(paris, london) > Cosine(paris, ate) + 0.1f, $"Paris~London {Cosine(paris, london)}, Paris~ate {Cosine(paris, ate)}");
    }

    [Fact]
    public void A_sentence_of_600_words_is_encoded_in_overlapping_windows()
    {
        var text = TestData.ReferenceText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var words = Enumerable.Range(0, 600).Select(i => text[i % text.Length]).ToArray();

        var vectors = Encoder.Encode([words]);

        Assert.Equal(600, vectors.Count);
        AssertUsable(vectors);
    }

    [Fact]
    public void Empty_sentences_add_no_rows_and_pieceless_words_still_get_vectors()
    {
        var vectors = Encoder.Encode([[], Words("Peace 😀 at last"), ["\u200B", "", "!"], []]);

        Assert.Equal(4 + 3, vectors.Count);
        AssertUsable(vectors);
    }

    [Fact]
    public void An_article_gets_a_row_for_each_token_of_its_text_layer()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var text = TextSegmenter.Segment(article);

        var vectors = Encoder.Encode(article, text);

        Assert.Equal(text.Tokens.Count, vectors.Count);
        AssertUsable(vectors);
        // The article's sentences batched together give nearly what each sentence gives alone: the
        // integer encoder quantizes a call's activations with one range, so a sentence's batch mates
        // move its vectors a little (a float encoder agrees to 0.9999).
        var sentence = text.Sentences[3];
        var forms = text.TokensOf(sentence).ToArray().Select(t => article.Text[t.Start..t.End]).ToArray();
        var alone = Encoder.Encode([forms]);
        for (var i = 0; i < forms.Length; i++)
            Assert.True(Cosine(alone[i], vectors[sentence.FirstToken + i]) > 0.98f, $"token {sentence.FirstToken + i}");
    }

    [Fact]
    public void Two_threads_encode_sentences_side_by_side_into_what_one_thread_gives()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var text = TextSegmenter.Segment(article);
        using var twoThreads = new SentenceEncoder(new SentenceEncoderOptions { IntraOpThreads = 2 });

        Assert.Equal(Encoder.Encode(article, text).Values.ToArray(), twoThreads.Encode(article, text).Values.ToArray());
    }

    [Fact]
    public void Calls_from_many_threads_give_what_one_thread_gives()
    {
        var article = PlainTextReader.Read(TestData.ReferenceText, "assad-astana.txt");
        var text = TextSegmenter.Segment(article);
        var expected = Encoder.Encode(article, text).Values.ToArray();

        var results = new float[4][];
        Parallel.For(0, results.Length, i => results[i] = Encoder.Encode(article, text).Values.ToArray());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void First_piece_pooling_takes_the_first_piece_of_a_split_word()
    {
        using var first = new SentenceEncoder(new SentenceEncoderOptions { Pooling = WordPooling.First, BatchSize = 1, IntraOpThreads = 2 });
        var sentence = Words("Militants left Qalamoun on Monday .");

        var mean = Encoder.Encode([sentence]);
        var firstPiece = first.Encode([sentence]);

        Assert.True(Cosine(mean[0], firstPiece[0]) > 0.9999f, "a one-piece word is the same either way");
        Assert.True(Cosine(mean[2], firstPiece[2]) < 0.999f, "Qalamoun has several pieces");
    }
}
