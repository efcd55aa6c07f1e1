using BenchmarkDotNet.Attributes;
using Sift.Evaluation.Conllu;
using Sift.Syntax;

namespace Sift.Bench;

/// <summary>
/// Tagger + lemmatizer + parser over every sentence of UD EWT dev (gold words, 25,147 of them) on
/// one thread, models loaded once: the figure the README reports as tokens/s.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmark
{
    private SyntaxModels? _models;
    private string[][] _sentences = [];
    private readonly SentenceSyntax _result = new();

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _models = SyntaxModels.Default;
        _sentences = ConlluFile.Read(DataLocator.Require("ud-english/ewt/dev.conllu"))
            .Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();
        TokenCount = _sentences.Sum(s => s.Length);
    }

    [Benchmark(Description = "tag + lemmatize + parse, UD EWT dev")]
    public int AllSentences()
    {
        var roots = 0;
        foreach (var forms in _sentences)
        {
            _models!.Analyze(forms, _result);
            roots += _result.Heads[0];
        }
        return roots;
    }
}
