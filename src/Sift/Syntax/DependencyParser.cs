using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Sift's dependency parser: greedy arc-hybrid transitions with labelled arcs, scored by an averaged
/// perceptron. Every parse is a single-rooted tree over the sentence's words. In encoder mode the
/// perceptron also reads the encoder vectors of the words an arc can join (<see cref="ParserVectors"/>).
/// Loaded once, safe to share between threads.
/// </summary>
public sealed class DependencyParser
{
    public const string Kind = "dependency-parser";
    public const string RootRelation = "root";

    private readonly LinearModel _model;
    private readonly DenseLinearModel? _dense;

    [ThreadStatic] private static Scratch? t_scratch;

    internal sealed class Scratch
    {
        public readonly ParserWords Words = new();
        public readonly ParserState State = new();
        public readonly FeatureBuffer Features = new(160);
        public float[] Scores = [];
        public float[] Input = [];
        public ParserDenseCache? Cache;
    }

    internal DependencyParser(LinearModel model, LabelSet relations, DenseLinearModel? dense = null)
    {
        _model = model;
        _dense = dense;
        Relations = relations;
        Root = relations.IndexOf(RootRelation);
    }

    internal LabelSet Relations { get; }

    internal int Root { get; }

    public string Relation(int relation) => Relations[relation];

    /// <summary>Whether this parser reads the sentence encoder's word vectors (else it is the fast mode).</summary>
    public bool UsesEncoder => _dense is not null;

    /// <summary>The length of one word's vector in encoder mode.</summary>
    internal int VectorDimensions => _dense is null ? 0 : _dense.Dimensions / ParserVectors.Blocks;

    /// <summary>
    /// Parses one sentence: <paramref name="heads"/> gets each word's head (1-based, 0 for the root)
    /// and <paramref name="relations"/> its relation (an index for <see cref="Relation"/>). A parser that
    /// <see cref="UsesEncoder"/> needs <paramref name="vectors"/>: the words' normalized encoder vectors, one after another.
    /// </summary>
    public void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<int> relations,
        ReadOnlySpan<float> vectors = default)
    {
        var d = VectorDimensions;
        if (_dense is not null && vectors.Length < forms.Length * d)
            throw new ArgumentException("this parser reads encoder vectors; pass one per word", nameof(vectors));
        var s = t_scratch ??= new Scratch();
        if (s.Scores.Length < _model.Classes)
            s.Scores = new float[_model.Classes];
        if (_dense is not null && s.Input.Length < _dense.Dimensions)
            s.Input = new float[_dense.Dimensions];
        var scores = s.Scores.AsSpan(0, _model.Classes);
        s.Words.Fill(forms, upos, xpos);
        var st = s.State;
        st.Init(forms.Length);
        ParserDenseCache? cache = null;
        if (_dense is not null)
        {
            if (s.Cache is null || s.Cache.Classes != _dense.Classes || s.Cache.Dimensions != d)
                s.Cache = new ParserDenseCache(_dense.Classes, d);
            cache = s.Cache;
            cache.Start(_dense, vectors, forms.Length);
        }
        while (!st.IsTerminal)
        {
            ParserFeatures.Extract(s.Words, st, s.Features);
            _model.Score(s.Features.Items, scores);
            if (_dense is not null)
            {
                var input = s.Input.AsSpan(0, _dense.Dimensions);
                ParserVectors.FillProducts(vectors, d, st, input);
                cache!.AddScores(_dense, st, input, scores);
            }
            st.Apply(BestValid(st, scores, Root, Relations.Count));
        }
        for (var i = 0; i < forms.Length; i++)
        {
            heads[i] = st.Head[i + 1];
            relations[i] = st.Relation[i + 1];
        }
    }

    /// <summary>The highest-scoring transition the configuration allows.</summary>
    internal static int BestValid(ParserState st, ReadOnlySpan<float> scores, int root, int relations)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        if (st.CanShift)
        {
            best = ParserState.Shift;
            bestScore = scores[ParserState.Shift];
        }
        var left = st.CanLeft;
        var rightWord = st.CanRightToWord;
        var rightRoot = st.CanRightToRoot;
        for (var r = 0; r < relations; r++)
        {
            if (left && r != root && (best < 0 || scores[ParserState.Left(r)] > bestScore))
            {
                best = ParserState.Left(r);
                bestScore = scores[best];
            }
            if ((r == root ? rightRoot : rightWord) && (best < 0 || scores[ParserState.Right(r)] > bestScore))
            {
                best = ParserState.Right(r);
                bestScore = scores[best];
            }
        }
        return best;
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        ModelFile.WriteHeader(writer, Kind, ParserFeatures.FeatureSet);
        Relations.Write(writer);
        _model.Write(writer);
        // Encoder mode appends its dense weights; a fast-mode file ends before them.
        _dense?.Write(writer);
    }

    public static DependencyParser Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, ParserFeatures.FeatureSet);
        var relations = LabelSet.Read(reader);
        var model = LinearModel.Read(reader);
        var dense = reader.BaseStream.Position == reader.BaseStream.Length ? null : DenseLinearModel.Read(reader);
        return new DependencyParser(model, relations, dense);
    }
}
