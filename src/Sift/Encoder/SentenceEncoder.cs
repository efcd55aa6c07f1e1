using Microsoft.ML.OnnxRuntime;
using Sift.Model;

namespace Sift.Encoder;

/// <summary>
/// The shared sentence encoder: all-MiniLM-L6-v2 run with ONNX Runtime, giving every word of a
/// sentence the model's last hidden state pooled over the word's WordPiece pieces. Loaded once;
/// <see cref="Encode(IReadOnlyList{string[]})"/> may be called from many threads at once.
/// </summary>
public sealed class SentenceEncoder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>The model's position limit, less [CLS] and [SEP].</summary>
    internal const int MaxWindowPieces = 510;

    /// <summary>Pieces two windows of an overlong sentence share, so no word sits at a cut edge.</summary>
    internal const int WindowOverlap = 128;

    /// <summary>
    /// Caps one call's padded pieces: attention memory grows with batch × length², and the runtime's
    /// arena keeps its largest allocation, so a batch of long sentences is split further.
    /// </summary>
    internal const int MaxBatchPieces = 16 * 128;

    /// <summary>
    /// A window joins a batch only if padding it to the batch's length adds less than this share:
    /// on a CPU padded positions cost as much as real ones, and a batch of mixed lengths was slower
    /// than no batching at all.
    /// </summary>
    internal const double MaxPaddingShare = 0.15;

    private static readonly Lazy<SentenceEncoder> s_shared = new(() => new SentenceEncoder());

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly WordPieces _pieces;
    private readonly string[] _layerOutputs;

    public SentenceEncoder(SentenceEncoderOptions? options = null)
    {
        Options = options ?? new SentenceEncoderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.IntraOpThreads);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.Layers);

        var (model, vocabulary) = MiniLmPackage.Read();
        var graph = OnnxGraph.Parse(model);
        if (Options.Int8)
            WeightQuantizer.Quantize(graph);
        _layerOutputs = LayerOutputs.Expose(graph, Options.Layers);
        _pieces = new WordPieces(vocabulary);
        using var sessionOptions = new SessionOptions
        {
            // One sentence per call is too little work to share between threads; calls run side by side instead.
            IntraOpNumThreads = Options.BatchSize == 1 ? 1 : Options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(graph.ToBytes(), sessionOptions);
        var hidden = _session.OutputMetadata[_layerOutputs[0]].Dimensions;
        if (hidden[^1] != Dimensions)
            throw new InvalidOperationException($"the MiniLM model gives {hidden[^1]} dimensions, not {Dimensions}");
    }

    /// <summary>The encoder with default options, loaded on first use and shared by every capability.</summary>
    public static SentenceEncoder Shared => s_shared.Value;

    public SentenceEncoderOptions Options { get; }

    /// <summary>
    /// Vectors for the words of <paramref name="sentences"/>: row i is the i-th word counting through
    /// the sentences in order. Empty sentences add no rows.
    /// </summary>
    public TokenVectors Encode(IReadOnlyList<string[]> sentences)
    {
        var firstRows = new int[sentences.Count];
        var rows = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            firstRows[i] = rows;
            rows += sentences[i].Length;
        }
        var values = new float[rows * Dimensions];
        EncodeInto(sentences, firstRows, values);
        return new TokenVectors(values, Dimensions);
    }

    /// <summary>Vectors for every token of <paramref name="text"/>: row i is the text layer's token i.</summary>
    public TokenVectors Encode(Article article, TextLayer text)
    {
        var sentences = new string[text.Sentences.Count][];
        var firstRows = new int[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = text.Sentences[s];
            var tokens = text.TokensOf(sentence);
            var forms = new string[tokens.Length];
            for (var i = 0; i < forms.Length; i++)
                forms[i] = article.Text[tokens[i].Start..tokens[i].End];
            sentences[s] = forms;
            firstRows[s] = sentence.FirstToken;
        }
        var values = new float[text.Tokens.Count * Dimensions];
        EncodeInto(sentences, firstRows, values);
        return new TokenVectors(values, Dimensions);
    }

    public void Dispose() => _session.Dispose();

    private void EncodeInto(IReadOnlyList<string[]> sentences, int[] firstRows, float[] destination)
    {
        var pieced = new PiecedSentence[sentences.Count];
        var windows = new List<EncoderWindow>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            pieced[s] = PiecedSentence.From(sentences[s], _pieces);
            WindowPlanner.Plan(s, pieced[s].WordStarts, MaxWindowPieces, WindowOverlap, windows);
        }

        // Windows of like length share a call, so little of it is padding.
        windows.Sort((a, b) =>
        {
            var byLength = PieceCount(pieced, b).CompareTo(PieceCount(pieced, a));
            return byLength != 0 ? byLength : (a.Sentence, a.FirstWord).CompareTo((b.Sentence, b.FirstWord));
        });
        if (Options.BatchSize == 1 && Options.IntraOpThreads > 1)
        {
            // Windows own disjoint rows of the destination, so calls may write side by side.
            Parallel.ForEach(windows, new ParallelOptions { MaxDegreeOfParallelism = Options.IntraOpThreads },
                window => Run([window], pieced, firstRows, destination));
            return;
        }
        var batch = new List<EncoderWindow>(Options.BatchSize);
        foreach (var window in windows)
        {
            if (batch.Count > 0 && !Fits(batch, window, pieced))
            {
                Run(batch, pieced, firstRows, destination);
                batch.Clear();
            }
            batch.Add(window);
        }
        if (batch.Count > 0)
            Run(batch, pieced, firstRows, destination);
    }

    private bool Fits(List<EncoderWindow> batch, EncoderWindow window, PiecedSentence[] pieced)
    {
        // Sorted longest first, so the batch's first window sets its padded length.
        var length = PieceCount(pieced, batch[0]) + 2;
        return batch.Count < Options.BatchSize
            && (batch.Count + 1) * length <= MaxBatchPieces
            && PieceCount(pieced, window) + 2 >= length * (1 - MaxPaddingShare);
    }

    private static int PieceCount(PiecedSentence[] pieced, EncoderWindow window) =>
        pieced[window.Sentence].WordStarts[window.EndWord] - pieced[window.Sentence].WordStarts[window.FirstWord];

    /// <summary>
    /// The layers' states averaged into the first output's own buffer (ONNX Runtime allocated it for
    /// this call and frees it with the outputs), so averaging allocates nothing.
    /// </summary>
    private static ReadOnlySpan<float> AverageOfLayers(IDisposableReadOnlyCollection<OrtValue> outputs)
    {
        var sum = outputs[0].GetTensorMutableDataAsSpan<float>();
        if (outputs.Count == 1)
            return sum;
        for (var layer = 1; layer < outputs.Count; layer++)
            System.Numerics.Tensors.TensorPrimitives.Add(sum, outputs[layer].GetTensorDataAsSpan<float>(), sum);
        System.Numerics.Tensors.TensorPrimitives.Multiply(sum, 1f / outputs.Count, sum);
        return sum;
    }

    private void Run(List<EncoderWindow> batch, PiecedSentence[] pieced, int[] firstRows, float[] destination)
    {
        var length = batch.Max(window => PieceCount(pieced, window)) + 2;
        var ids = new long[batch.Count * length];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        Array.Fill(ids, _pieces.Padding);
        for (var b = 0; b < batch.Count; b++)
        {
            var window = batch[b];
            var sentence = pieced[window.Sentence];
            var from = sentence.WordStarts[window.FirstWord];
            var count = sentence.WordStarts[window.EndWord] - from;
            var row = ids.AsSpan(b * length, length);
            row[0] = _pieces.Classification;
            sentence.Ids.AsSpan(from, count).CopyTo(row[1..]);
            row[count + 1] = _pieces.Separator;
            mask.AsSpan(b * length, count + 2).Fill(1);
        }

        long[] shape = [batch.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], _layerOutputs);
        var hidden = AverageOfLayers(outputs);

        for (var b = 0; b < batch.Count; b++)
        {
            var window = batch[b];
            var sentence = pieced[window.Sentence];
            var states = hidden.Slice(b * length * Dimensions, length * Dimensions);
            // Position p of the window holds piece WordStarts[FirstWord] + p - 1 ([CLS] is position 0).
            var offset = 1 - sentence.WordStarts[window.FirstWord];
            for (var w = window.OwnedFirst; w < window.OwnedEnd; w++)
            {
                var first = sentence.WordStarts[w] + offset;
                var count = Options.Pooling == WordPooling.First ? 1 : sentence.WordStarts[w + 1] - sentence.WordStarts[w];
                var target = destination.AsSpan((firstRows[window.Sentence] + w) * Dimensions, Dimensions);
                PiecePooling.Mean(states.Slice(first * Dimensions, count * Dimensions), Dimensions, target);
            }
        }
    }
}
