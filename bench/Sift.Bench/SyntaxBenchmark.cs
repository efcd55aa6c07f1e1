using BenchmarkDotNet.Attributes;
using Sift.Evaluation.Conllu;
using Sift.Learning;
using Sift.Syntax;

namespace Sift.Bench;

/// <summary>
/// Tagger + lemmatizer + parser over every sentence of UD EWT dev (gold words, 25,147 of them) on
/// one thread, models loaded once: the figure the README reports as tokens/s. In encoder mode the
/// words' encoder vectors are computed beforehand — in the pipeline that pass is shared by every
/// capability and measured on its own in <see cref="EncoderBenchmark"/> — so this is syntax's own cost.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmark
{
    private SyntaxModels? _models;
    private string[][] _sentences = [];
    private List<float[]>? _vectors;
    private readonly SentenceSyntax _result = new();

    [Params(false, true)]
    public bool Encoder { get; set; }

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Load()
    {
        _models = Encoder ? SyntaxModels.WithEncoder : SyntaxModels.Default;
        _sentences = ConlluFile.Read(DataLocator.Require("ud-english/ewt/dev.conllu"))
            .Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();
        TokenCount = _sentences.Sum(s => s.Length);
        _vectors = Encoder ? new Sift.Encoder.EncoderWords(Sift.Encoder.SentenceEncoder.Shared).EncodeSentences(_sentences) : null;
    }

    [Benchmark(Description = "tag + lemmatize + parse, UD EWT dev")]
    public int AllSentences()
    {
        var roots = 0;
        for (var k = 0; k < _sentences.Length; k++)
        {
            _models!.Analyze(_sentences[k], _result, _vectors is null ? default : _vectors[k]);
            roots += _result.Heads[0];
        }
        return roots;
    }
}
