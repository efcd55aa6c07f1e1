using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Sift's part-of-speech tagger: greedy left-to-right averaged perceptrons predicting UPOS and XPOS
/// together, in two passes — the second sees the first pass's tags of the words to the right.
/// In encoder mode each pass also reads the word's sentence-encoder vector (length-normalized, see
/// <see cref="Encoder.EncoderWords"/>) through a dense weight vector per tag. Loaded once, safe to
/// share between threads.
/// </summary>
public sealed class PosTagger
{
    public const string Kind = "pos-tagger";

    private readonly LinearModel _model;
    private readonly LinearModel? _second;
    private readonly DenseLinearModel? _dense;
    private readonly DenseLinearModel? _secondDense;
    private readonly AmbiguityClasses _ambiguity;
    private readonly string[] _upos;
    private readonly string[] _xpos;

    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly WordHashes Hashes = new();
        public readonly FeatureBuffer Features = new(64);
        public float[] Scores = [];
        public int[] First = new int[64];
    }

    internal PosTagger(LinearModel model, LinearModel? second, LabelSet labels, AmbiguityClasses ambiguity,
        DenseLinearModel? dense = null, DenseLinearModel? secondDense = null)
    {
        _model = model;
        _second = second;
        _dense = dense;
        _secondDense = secondDense;
        Labels = labels;
        _ambiguity = ambiguity;
        _upos = new string[labels.Count];
        _xpos = new string[labels.Count];
        for (var i = 0; i < labels.Count; i++)
            (_upos[i], _xpos[i]) = TagLabel.Split(labels[i]);
    }

    internal LabelSet Labels { get; }

    /// <summary>Whether this tagger reads the sentence encoder's word vectors (else it is the fast mode).</summary>
    public bool UsesEncoder => _dense is not null;

    public string Upos(int tag) => _upos[tag];

    public string Xpos(int tag) => _xpos[tag];

    /// <summary>
    /// Writes each word's tag (an index for <see cref="Upos"/> and <see cref="Xpos"/>) into <paramref name="tags"/>.
    /// A tagger that <see cref="UsesEncoder"/> needs <paramref name="vectors"/>: the words' normalized encoder vectors, one after another.
    /// </summary>
    public void Tag(ReadOnlySpan<string> forms, Span<int> tags, ReadOnlySpan<float> vectors = default)
    {
        if (_dense is not null && vectors.Length < forms.Length * _dense.Dimensions)
            throw new ArgumentException("this tagger reads encoder vectors; pass one per word", nameof(vectors));
        var s = t_scratch ??= new Scratch();
        if (s.Scores.Length < _model.Classes)
            s.Scores = new float[_model.Classes];
        var scores = s.Scores.AsSpan(0, _model.Classes);
        s.Hashes.Fill(forms);
        for (var i = 0; i < forms.Length; i++)
        {
            TaggerFeatures.Extract(s.Hashes, _ambiguity, tags, i, s.Features);
            _model.Score(s.Features.Items, scores);
            _dense?.AddScores(vectors.Slice(i * _dense.Dimensions, _dense.Dimensions), scores);
            tags[i] = LinearModel.ArgMax(scores);
        }
        if (_second is null)
            return;
        if (s.First.Length < forms.Length)
            s.First = new int[forms.Length * 2];
        var first = s.First.AsSpan(0, forms.Length);
        tags[..forms.Length].CopyTo(first);
        for (var i = 0; i < forms.Length; i++)
        {
            TaggerFeatures.ExtractSecond(s.Hashes, _ambiguity, tags, first, i, s.Features);
            _second.Score(s.Features.Items, scores);
            _secondDense?.AddScores(vectors.Slice(i * _secondDense.Dimensions, _secondDense.Dimensions), scores);
            tags[i] = LinearModel.ArgMax(scores);
        }
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        ModelFile.WriteHeader(writer, Kind, TaggerFeatures.FeatureSet);
        Labels.Write(writer);
        _ambiguity.Write(writer);
        _model.Write(writer);
        writer.Write(_second is not null);
        _second?.Write(writer);
        if (_dense is null)
            return;
        // Encoder mode appends its dense weights; a fast-mode file ends before them.
        _dense.Write(writer);
        writer.Write(_secondDense is not null);
        _secondDense?.Write(writer);
    }

    public static PosTagger Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, TaggerFeatures.FeatureSet);
        var labels = LabelSet.Read(reader);
        var ambiguity = AmbiguityClasses.Read(reader);
        var model = LinearModel.Read(reader);
        var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        if (reader.BaseStream.Position == reader.BaseStream.Length)
            return new PosTagger(model, second, labels, ambiguity);
        var dense = DenseLinearModel.Read(reader);
        var secondDense = reader.ReadBoolean() ? DenseLinearModel.Read(reader) : null;
        return new PosTagger(model, second, labels, ambiguity, dense, secondDense);
    }
}
