using Sift.Learning;

namespace Sift.Tests.Learning;

public class TagBeamTests
{
    /// <summary>
    /// Two tokens, two tags. The first token slightly prefers tag 0, but tag 1 there makes the second
    /// token's tag 1 worth 5: the best sequence is [1, 1] (5.9), the greedy one [0, 0] (1.0).
    /// </summary>
    private static (int[] Tags, float[] Extras) Decode(int width)
    {
        var beam = new TagBeam();
        beam.Start(2, width, 2);
        for (var k = 0; k < 2; k++)
        {
            for (var h = 0; h < beam.Hypotheses(k); h++)
            {
                var (before, prev, _) = beam.History(k, h, none: -1);
                float[] scores = k == 0 ? [1f, 0.9f] : prev == 1 ? [0f, 5f] : [0f, 0f];
                for (var tag = 0; tag < 2; tag++)
                    beam.Offer(before + scores[tag], tag, h, extra: 10 * k + tag);
            }
            beam.Keep(k);
        }
        var tags = new int[2];
        var extras = new float[2];
        beam.Best(2, tags, extras);
        return (tags, extras);
    }

    [Fact]
    public void A_beam_of_one_is_greedy_and_a_wider_one_finds_the_better_sequence()
    {
        Assert.Equal([0, 0], Decode(1).Tags);
        var (tags, extras) = Decode(2);
        Assert.Equal([1, 1], tags);
        Assert.Equal([1f, 11f], extras);
    }

    [Fact]
    public void History_gives_the_two_tags_before_a_token()
    {
        var beam = new TagBeam();
        beam.Start(3, 1, 3);
        Assert.Equal((0f, -1, -1), beam.History(0, 0, none: -1));
        beam.Offer(2f, 2, 0);
        beam.Keep(0);
        beam.Offer(3f, 1, 0);
        beam.Keep(1);
        Assert.Equal((3f, 1, 2), beam.History(2, 0, none: -1));
    }
}
