using Sift.Learning;

namespace Sift.Tests.Learning;

public class PerceptronTests
{
    // Three classes, each signalled by its own feature plus shared noise features.
    private static readonly ulong[][] Examples =
    [
        [FeatureHash.Feature(1, 10), FeatureHash.Feature(2, 7)],
        [FeatureHash.Feature(1, 11), FeatureHash.Feature(2, 7)],
        [FeatureHash.Feature(1, 12), FeatureHash.Feature(2, 8)],
        [FeatureHash.Feature(1, 10), FeatureHash.Feature(2, 8)],
    ];
    private static readonly int[] Classes = [0, 1, 2, 0];

    private static AveragedPerceptron TrainSeparable()
    {
        var p = new AveragedPerceptron(3);
        var scores = new float[3];
        for (var epoch = 0; epoch < 10; epoch++)
        {
            for (var i = 0; i < Examples.Length; i++)
            {
                p.Score(Examples[i], scores);
                p.Update(Examples[i], Classes[i], LinearModel.ArgMax(scores));
                p.Tick();
            }
        }
        return p;
    }

    [Fact]
    public void Learns_a_separable_problem_and_its_frozen_model_agrees()
    {
        var model = TrainSeparable().Freeze();
        var scores = new float[3];
        for (var i = 0; i < Examples.Length; i++)
        {
            model.Score(Examples[i], scores);
            Assert.Equal(Classes[i], LinearModel.ArgMax(scores));
        }
    }

    [Fact]
    public void Averaging_weighs_a_weight_by_how_long_it_lasted()
    {
        // One update at tick 0 (+1 for class 1, -1 for class 0), then 3 more ticks: the weight
        // lasted all 4 instances, so its average is exactly 1 and -1.
        var p = new AveragedPerceptron(2);
        ulong[] f = [FeatureHash.Feature(5, 1)];
        p.Update(f, 1, 0);
        for (var i = 0; i < 4; i++)
            p.Tick();
        // A second update at tick 4 then 4 more ticks: +1 for the last half → average 1.5.
        p.Update(f, 1, 0);
        for (var i = 0; i < 4; i++)
            p.Tick();
        var scores = new float[2];
        p.Freeze().Score(f, scores);
        Assert.Equal(1.5f, scores[1]);
        Assert.Equal(-1.5f, scores[0]);
    }

    [Fact]
    public void Pruning_drops_small_weights_and_unknown_features_score_zero()
    {
        var model = TrainSeparable().Freeze(prune: 1000f);
        Assert.Equal(0, model.Features);
        var scores = new float[3];
        model.Score([FeatureHash.Feature(9, 9)], scores);
        Assert.Equal([0f, 0f, 0f], scores);
    }

    [Fact]
    public void Model_round_trips_through_its_file_format()
    {
        var model = TrainSeparable().Freeze();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModelFile.WriteHeader(w, "test", 42);
            model.Write(w);
        }
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        ModelFile.ReadHeader(r, "mem", "test", 42);
        var loaded = LinearModel.Read(r);
        var a = new float[3];
        var b = new float[3];
        foreach (var example in Examples)
        {
            model.Score(example, a);
            loaded.Score(example, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void A_header_for_another_feature_set_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            ModelFile.WriteHeader(w, "test", 42);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        var e = Assert.Throws<Sift.Intake.InputException>(() => ModelFile.ReadHeader(r, "mem", "test", 43));
        Assert.Contains("feature set", e.Message);
    }

    [Fact]
    public void Hashes_of_spans_do_not_depend_on_the_string_they_come_from()
    {
        Assert.Equal(FeatureHash.Of("said"), FeatureHash.Of("Assad said".AsSpan(6)));
        Assert.Equal(FeatureHash.OfLower("SAID"), FeatureHash.Of("said"));
        Assert.NotEqual(FeatureHash.Feature(1, 5), FeatureHash.Feature(2, 5));
    }
}
