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
    /// Threads ONNX Runtime uses inside one call. One by default: callers encode several articles
    /// at once, and one thread per call wastes no time handing work between threads.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>Sentences (model windows) per model call.</summary>
    public int BatchSize { get; init; } = 16;

    public WordPooling Pooling { get; init; } = WordPooling.Mean;
}
