using BenchmarkDotNet.Attributes;
using Sift.Entities.Ner;
using Sift.Evaluation.Conll;
using Sift.Learning;

namespace Sift.Bench;

/// <summary>
/// The recognizer (both passes) over CoNLL-2003 dev, document by document, on one thread and on two
/// (documents split between them): the figure the README reports as tokens/s. In encoder mode each
/// document's sentences also go through the sentence encoder (one ONNX thread per document).
/// </summary>
[MemoryDiagnoser]
public class NerBenchmark
{
    private List<string[]>[] _documents = [];
    private EntityRecognizer? _recognizer;
    private Sift.Encoder.EncoderWords? _words;

    [Params(false, true)]
    public bool Encoder { get; set; }

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        var file = ConllFile.Read(DataLocator.Require("conll2003/dev.txt"));
        _documents = file.Sentences.GroupBy(s => s.Document)
            .Select(d => d.Select(s => s.Tokens.Select(t => t.Word).ToArray()).ToList()).ToArray();
        TokenCount = file.TokenCount;
        _recognizer = Encoder ? EntityRecognizer.WithEncoder : EntityRecognizer.Default;
        _words = Encoder ? new Sift.Encoder.EncoderWords(Sift.Encoder.SentenceEncoder.Shared) : null;
    }

    private int Recognize(List<string[]> doc)
    {
        return _recognizer!.Recognize(doc, _words?.EncodeSentences(doc)).Length;
    }

    [Benchmark(Description = "NER, CoNLL-2003 dev, 1 thread")]
    public int OneThread()
    {
        var entities = 0;
        foreach (var doc in _documents)
            entities += Recognize(doc);
        return entities;
    }

    [Benchmark(Description = "NER, CoNLL-2003 dev, 2 threads")]
    public int TwoThreads()
    {
        var entities = 0;
        Parallel.For(0, _documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            d => Interlocked.Add(ref entities, Recognize(_documents[d])));
        return entities;
    }
}
