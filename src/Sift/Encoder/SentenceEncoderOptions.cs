namespace Sift.Encoder;

/// <summary>How a word with several WordPiece pieces gets its one vector.</summary>
public enum WordPooling
{
    /// <summary>The average of its pieces' states.</summary>
    Mean,
    /// <summary>The state of its first piece.</summary>
    First,
}

public sealed record SentenceEncoderOptions
{
    /// <summary>
    /// Threads one <see cref="SentenceEncoder.Encode(IReadOnlyList{string[]})"/> uses: with one sentence per
    /// call, that many calls run side by side; with batches, ONNX Runtime's threads inside each call.
    /// One by default: callers encode several articles at once, and one thread per call wastes no
    /// time handing work between threads.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>
    /// Sentences (model windows) per model call. One by default: the integer model quantizes its
    /// activations with one scale per call, so a sentence batched with others got vectors that
    /// depended on its neighbours (and an article's analysis on how its sentences fell into batches).
    /// One sentence per call makes a sentence's vectors its own, and on this CPU it was as fast as
    /// sixteen (README, encoder speed).
    /// </summary>
    public int BatchSize { get; init; } = 1;

    public WordPooling Pooling { get; init; } = WordPooling.Mean;

    /// <summary>
    /// Weight matrices in 8-bit integers (<see cref="WeightQuantizer"/>), about 1.7 times as fast as
    /// float. The encoder-mode models were trained on the integer encoder's vectors; float is here to
    /// measure what quantizing costs and gains, not to analyze with.
    /// </summary>
    public bool Int8 { get; init; } = true;

    /// <summary>
    /// How many of the last transformer layers a word's vector averages (<see cref="LayerOutputs"/>);
    /// the encoder-mode models were trained on the average of the last four.
    /// </summary>
    public int Layers { get; init; } = 4;
}
