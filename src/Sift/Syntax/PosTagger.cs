using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Sift's part-of-speech tagger: greedy left-to-right averaged perceptrons predicting UPOS and XPOS
/// together, in two passes — the second sees the first pass's tags of the words to the right.
/// Loaded once, safe to share between threads.
/// </summary>
public sealed class PosTagger
{
    public const string Kind = "pos-tagger";

    private readonly LinearModel _model;
    private readonly LinearModel? _second;
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

    internal PosTagger(LinearModel model, LinearModel? second, LabelSet labels, AmbiguityClasses ambiguity)
    {
        _model = model;
        _second = second;
        Labels = labels;
        _ambiguity = ambiguity;
        _upos = new string[labels.Count];
        _xpos = new string[labels.Count];
        for (var i = 0; i < labels.Count; i++)
            (_upos[i], _xpos[i]) = TagLabel.Split(labels[i]);
    }

    internal LabelSet Labels { get; }

    public string Upos(int tag) => _upos[tag];

    public string Xpos(int tag) => _xpos[tag];

    /// <summary>Writes each word's tag (an index for <see cref="Upos"/> and <see cref="Xpos"/>) into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<string> forms, Span<int> tags)
    {
        var s = t_scratch ??= new Scratch();
        if (s.Scores.Length < _model.Classes)
            s.Scores = new float[_model.Classes];
        var scores = s.Scores.AsSpan(0, _model.Classes);
        s.Hashes.Fill(forms);
        for (var i = 0; i < forms.Length; i++)
        {
            TaggerFeatures.Extract(s.Hashes, _ambiguity, tags, i, s.Features);
            _model.Score(s.Features.Items, scores);
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
    }

    public static PosTagger Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, TaggerFeatures.FeatureSet);
        var labels = LabelSet.Read(reader);
        var ambiguity = AmbiguityClasses.Read(reader);
        var model = LinearModel.Read(reader);
        var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        return new PosTagger(model, second, labels, ambiguity);
    }
}
