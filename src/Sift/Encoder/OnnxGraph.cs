namespace Sift.Encoder;

/// <summary>
/// An ONNX model opened for editing at the level of its graph's fields: nodes, initializers, inputs
/// and outputs are kept as protocol-buffer fields, so whatever an edit does not touch is written back
/// exactly as it was read.
/// </summary>
internal sealed class OnnxGraph
{
    // Field numbers of onnx.proto.
    public const int ModelGraph = 7, ModelOpsetImport = 8;
    public const int GraphNode = 1, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12;
    public const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeDomain = 7;
    public const int TensorDims = 1, TensorDataType = 2, TensorFloatData = 4, TensorName = 8, TensorRawData = 9;
    public const int ValueInfoName = 1, ValueInfoType = 2, TypeTensor = 1, TensorTypeElement = 1;
    public const int OpsetDomain = 1, OpsetVersion = 2;
    public const int FloatType = 1, Int8Type = 3;

    private readonly List<WireField> _model;

    private OnnxGraph(List<WireField> model, List<WireField> graph)
    {
        _model = model;
        Fields = graph;
    }

    /// <summary>The graph's fields in file order; edits replace, add or remove entries.</summary>
    public List<WireField> Fields { get; }

    public static OnnxGraph Parse(byte[] model)
    {
        var fields = ProtoWire.Parse(model);
        var graph = fields.Find(f => f.Number == ModelGraph);
        if (graph.Number != ModelGraph)
            throw new InvalidDataException("ONNX model without a graph");
        return new OnnxGraph(fields, ProtoWire.Parse(graph.Bytes));
    }

    public IEnumerable<OnnxNode> Nodes()
    {
        foreach (var field in Fields)
        {
            if (field.Number == GraphNode)
                yield return OnnxNode.Read(field);
        }
    }

    /// <summary>Makes an intermediate float tensor one of the model's outputs.</summary>
    public void AddOutput(string name)
    {
        var tensorType = ProtoWire.Message(TypeTensor, [ProtoWire.Varint(TensorTypeElement, FloatType)]);
        var type = ProtoWire.Message(ValueInfoType, [tensorType]);
        Fields.Add(ProtoWire.Message(GraphOutput, [ProtoWire.Text(ValueInfoName, name), type]));
    }

    public void ImportOpset(string domain, int version)
    {
        if (!_model.Exists(f => f.Number == ModelOpsetImport && TextOf(f, OpsetDomain) == domain))
            _model.Add(ProtoWire.Message(ModelOpsetImport, [ProtoWire.Text(OpsetDomain, domain), ProtoWire.Varint(OpsetVersion, version)]));
    }

    /// <summary>The edited model, written into one array of exactly its size (the model is tens of megabytes).</summary>
    public byte[] ToBytes()
    {
        var graphSize = 0L;
        foreach (var field in Fields)
            graphSize += ProtoWire.SizeOf(field);
        var size = 0L;
        foreach (var field in _model)
            size += field.Number == ModelGraph ? ProtoWire.HeaderSize(ModelGraph, graphSize) + graphSize : ProtoWire.SizeOf(field);

        var bytes = new byte[checked((int)size)];
        var at = 0;
        foreach (var field in _model)
        {
            if (field.Number != ModelGraph)
            {
                at += ProtoWire.Write(bytes.AsSpan(at), field);
                continue;
            }
            at += ProtoWire.WriteHeader(bytes.AsSpan(at), ModelGraph, graphSize);
            foreach (var graphField in Fields)
                at += ProtoWire.Write(bytes.AsSpan(at), graphField);
        }
        return bytes;
    }

    /// <summary>The first text field <paramref name="number"/> of the message a field holds (a tensor's or a value's name, say).</summary>
    public static string TextOf(WireField message, int number) => FirstText(ProtoWire.Parse(message.Bytes), number);

    public static string FirstText(List<WireField> fields, int number)
    {
        foreach (var field in fields)
        {
            if (field.Number == number)
                return field.Text;
        }
        return "";
    }
}

/// <summary>A graph node's operator, its inputs and outputs by name, and its fields as read.</summary>
internal sealed record OnnxNode(string OpType, string Domain, List<string> Inputs, List<string> Outputs, List<WireField> Fields)
{
    public static OnnxNode Read(WireField node)
    {
        var fields = ProtoWire.Parse(node.Bytes);
        var inputs = new List<string>();
        var outputs = new List<string>();
        foreach (var field in fields)
        {
            if (field.Number == OnnxGraph.NodeInput)
                inputs.Add(field.Text);
            else if (field.Number == OnnxGraph.NodeOutput)
                outputs.Add(field.Text);
        }
        return new OnnxNode(OnnxGraph.FirstText(fields, OnnxGraph.NodeOpType), OnnxGraph.FirstText(fields, OnnxGraph.NodeDomain), inputs, outputs, fields);
    }

    public bool Is(string opType) => OpType == opType && Domain == "";
}
