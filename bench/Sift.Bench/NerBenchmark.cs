using BenchmarkDotNet.Attributes;
using Sift.Entities.Ner;
using Sift.Evaluation.Conll;

namespace Sift.Bench;

/// <summary>
/// The fast recognizer (both passes, no encoder) over CoNLL-2003 dev, document by document, on one
/// thread and on two (documents split between them): the figure the README reports as tokens/s.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmark
{
    private List<string[]>[] _documents = [];

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        var file = ConllFile.Read(DataLocator.Require("conll2003/dev.txt"));
        _documents = file.Sentences.GroupBy(s => s.Document)
            .Select(d => d.Select(s => s.Tokens.Select(t => t.Word).ToArray()).ToList()).ToArray();
        TokenCount = file.TokenCount;
        _ = EntityRecognizer.Default;
    }

    [Benchmark(Description = "fast NER, CoNLL-2003 dev, 1 thread")]
    public int OneThread()
    {
        var entities = 0;
        foreach (var doc in _documents)
            entities += EntityRecognizer.Default.Recognize(doc).Length;
        return entities;
    }

    [Benchmark(Description = "fast NER, CoNLL-2003 dev, 2 threads")]
    public int TwoThreads()
    {
        var entities = 0;
        Parallel.For(0, _documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            d => Interlocked.Add(ref entities, EntityRecognizer.Default.Recognize(_documents[d]).Length));
        return entities;
    }
}
