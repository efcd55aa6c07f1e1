using System.Text.RegularExpressions;

namespace Sift.Encoder;

/// <summary>
/// Finds the outputs of a BERT-style encoder's transformer layers (each ends in the LayerNorm of its
/// output block) and makes the last few of them model outputs, so a word can be represented by their
/// average rather than by the last layer alone: the last layer of a sentence-embedding model is tuned
/// for the pooled sentence vector, and the layers below it keep more about each word.
/// </summary>
internal static partial class LayerOutputs
{
    /// <summary>The output names of the last <paramref name="count"/> layers, the last layer first.</summary>
    public static string[] Expose(OnnxGraph graph, int count)
    {
        var layers = new SortedDictionary<int, string>();
        foreach (var node in graph.Nodes())
        {
            if (!node.Is("Add"))
                continue;
            foreach (var input in node.Inputs)
            {
                if (LayerNormBias().Match(input) is { Success: true } match)
                    layers[int.Parse(match.Groups[1].ValueSpan)] = node.Outputs[0];
            }
        }
        if (layers.Count < count)
            throw new InvalidDataException($"the encoder has {layers.Count} layers; {count} were asked for");

        var outputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in graph.Fields)
        {
            if (field.Number == OnnxGraph.GraphOutput)
                outputs.Add(OnnxGraph.TextOf(field, OnnxGraph.ValueInfoName));
        }
        var names = layers.Values.Reverse().Take(count).ToArray();
        foreach (var name in names)
        {
            if (!outputs.Contains(name))
                graph.AddOutput(name);
        }
        return names;
    }

    [GeneratedRegex(@"^encoder\.layer\.(\d+)\.output\.LayerNorm\.bias$")]
    private static partial Regex LayerNormBias();
}
