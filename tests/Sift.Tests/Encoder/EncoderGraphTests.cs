using System.Numerics.Tensors;
using Sift.Encoder;

namespace Sift.Tests.Encoder;

/// <summary>The rewrites of the MiniLM graph: integer weight products and the last layers as outputs.</summary>
public class EncoderGraphTests
{
    private static readonly Lazy<byte[]> Model = new(() => MiniLmPackage.Read().Model);

    private static List<OnnxNode> Nodes(OnnxGraph graph) => graph.Nodes().ToList();

    [Fact]
    public void Reading_and_writing_the_model_without_edits_gives_back_its_bytes()
    {
        var fields = ProtoWire.Parse(Model.Value);
        Assert.True(ProtoWire.ToBytes(fields).AsSpan().SequenceEqual(Model.Value));
        Assert.True(OnnxGraph.Parse(Model.Value).ToBytes().AsSpan().SequenceEqual(Model.Value));
    }

    [Fact]
    public void Every_weight_product_becomes_an_integer_product_with_its_bias_folded_in()
    {
        var graph = OnnxGraph.Parse(Model.Value);
        var before = Nodes(graph);
        WeightQuantizer.Quantize(graph);
        var after = Nodes(graph);

        // Six layers, each with query, key, value, attention output, intermediate and output products.
        var quantized = after.Where(n => n.OpType == "DynamicQuantizeMatMul").ToList();
        Assert.Equal(36, quantized.Count);
        Assert.All(quantized, n => Assert.Equal("com.microsoft", n.Domain));
        Assert.All(quantized, n => Assert.Equal(5, n.Inputs.Count)); // A, weights, scales, zero points, bias
        // What stays a float MatMul multiplies two activations (attention probabilities by values).
        Assert.Equal(before.Count(n => n.Is("MatMul")) - 36, after.Count(n => n.Is("MatMul")));
        Assert.Equal(before.Count(n => n.Is("Add")) - 36, after.Count(n => n.Is("Add")));
        // Every tensor a node reads is still produced by some node, an initializer or an input.
        var produced = after.SelectMany(n => n.Outputs).ToHashSet();
        var constants = graph.Fields.Where(f => f.Number is OnnxGraph.GraphInitializer or OnnxGraph.GraphInput)
            .Select(f => OnnxGraph.TextOf(f, f.Number == OnnxGraph.GraphInput ? OnnxGraph.ValueInfoName : OnnxGraph.TensorName))
            .ToHashSet();
        Assert.All(after.SelectMany(n => n.Inputs).Where(i => i != ""), i => Assert.True(produced.Contains(i) || constants.Contains(i), i));
    }

    [Fact]
    public void The_last_layers_outputs_are_exposed_last_layer_first()
    {
        var graph = OnnxGraph.Parse(Model.Value);

        var names = LayerOutputs.Expose(graph, 4);

        Assert.Equal(4, names.Length);
        Assert.Equal("last_hidden_state", names[0]);
        Assert.Equal(names.Length, names.Distinct().Count());
        var outputs = graph.Fields.Where(f => f.Number == OnnxGraph.GraphOutput)
            .Select(f => OnnxGraph.TextOf(f, OnnxGraph.ValueInfoName)).ToList();
        Assert.All(names, name => Assert.Contains(name, outputs));
        Assert.Throws<InvalidDataException>(() => LayerOutputs.Expose(OnnxGraph.Parse(Model.Value), 7));
    }

    [Fact]
    public void The_integer_encoder_stays_close_to_the_float_one_and_one_layer_is_the_model_output()
    {
        string[] sentence = ["Syrian", "President", "Bashar", "al-Assad", "met", "Iran", "'s", "envoy", "in", "Damascus", "."];
        using var floatLast = new SentenceEncoder(new SentenceEncoderOptions { Int8 = false, Layers = 1 });
        using var intLast = new SentenceEncoder(new SentenceEncoderOptions { Layers = 1 });
        using var intFour = new SentenceEncoder(new SentenceEncoderOptions { Layers = 4 });

        var exact = floatLast.Encode([sentence]);
        var quantized = intLast.Encode([sentence]);
        var averaged = intFour.Encode([sentence]);

        for (var i = 0; i < sentence.Length; i++)
        {
            var close = TensorPrimitives.CosineSimilarity(exact[i], quantized[i]);
            Assert.True(close > 0.95f, $"{sentence[i]}: cosine {close}");
            var other = TensorPrimitives.CosineSimilarity(quantized[i], averaged[i]);
            Assert.True(other < 0.99f, $"{sentence[i]}: the average of four layers is not the last layer (cosine {other})");
        }
    }
}
