using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Sift's dependency parser: greedy arc-hybrid transitions with labelled arcs, scored by an averaged
/// perceptron. Every parse is a single-rooted tree over the sentence's words. Loaded once, safe to
/// share between threads.
/// </summary>
public sealed class DependencyParser
{
    public const string Kind = "dependency-parser";
    public const string RootRelation = "root";

    private readonly LinearModel _model;

    [ThreadStatic] private static Scratch? t_scratch;

    internal sealed class Scratch
    {
        public readonly ParserWords Words = new();
        public readonly ParserState State = new();
        public readonly FeatureBuffer Features = new(160);
        public float[] Scores = [];
    }

    internal DependencyParser(LinearModel model, LabelSet relations)
    {
        _model = model;
        Relations = relations;
        Root = relations.IndexOf(RootRelation);
    }

    internal LabelSet Relations { get; }

    internal int Root { get; }

    public string Relation(int relation) => Relations[relation];

    /// <summary>
    /// Parses one sentence: <paramref name="heads"/> gets each word's head (1-based, 0 for the root)
    /// and <paramref name="relations"/> its relation (an index for <see cref="Relation"/>).
    /// </summary>
    public void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string> upos, ReadOnlySpan<string> xpos, Span<int> heads, Span<int> relations)
    {
        var s = t_scratch ??= new Scratch();
        if (s.Scores.Length < _model.Classes)
            s.Scores = new float[_model.Classes];
        var scores = s.Scores.AsSpan(0, _model.Classes);
        s.Words.Fill(forms, upos, xpos);
        var st = s.State;
        st.Init(forms.Length);
        while (!st.IsTerminal)
        {
            ParserFeatures.Extract(s.Words, st, s.Features);
            _model.Score(s.Features.Items, scores);
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
    }

    public static DependencyParser Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, ParserFeatures.FeatureSet);
        var relations = LabelSet.Read(reader);
        return new DependencyParser(LinearModel.Read(reader), relations);
    }
}
