using Sift.Learning;
using Sift.Syntax;

namespace Sift.Entities.Ner;

/// <summary>
/// Sift's fast named-entity recognizer (no encoder): greedy left-to-right averaged perceptrons over
/// BILOU labels, decoding only valid sequences, in two passes over a whole document — the second sees
/// the first's labels to the right and how the first labelled the same word elsewhere in the document.
/// In encoder mode each pass also has a dense perceptron over the encoder vectors of the word and its
/// two neighbours (<see cref="VectorWindow"/>). Loaded once, safe to share between threads.
/// </summary>
public sealed class EntityRecognizer
{
    public const string Kind = "ner-perceptron";
    public const string DefaultFile = "ner/ner-fast.bin";
    public const string EncoderFile = "ner/ner-encoder.bin";

    private readonly LinearModel _first;
    private readonly LinearModel? _second;
    private readonly DenseLinearModel? _firstDense;
    private readonly DenseLinearModel? _secondDense;
    private readonly NameLists _lists;

    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly WordHashes Hashes = new();
        public readonly FeatureBuffer Features = new(64);
        public readonly float[] Scores = new float[NerLabels.Count];
        public readonly DocumentVotes Votes = new();
        public float[] Input = [];
        public ulong[] Lists = new ulong[64];
    }

    internal EntityRecognizer(LinearModel first, LinearModel? second, NameLists lists, DenseLinearModel? firstDense = null, DenseLinearModel? secondDense = null)
    {
        _first = first;
        _second = second;
        _lists = lists;
        _firstDense = firstDense;
        _secondDense = secondDense;
    }

    /// <summary>Whether this model reads the sentence encoder's word vectors (else it is the fast, encoder-free mode).</summary>
    public bool UsesEncoder => _firstDense is not null;

    /// <summary>The length of the word vectors the model reads; 0 in fast mode.</summary>
    public int EncoderDimensions => (_firstDense?.Dimensions ?? 0) / VectorWindow.Width;

    private static readonly Lazy<EntityRecognizer> Shared = new(() => Load(ModelLocator.Require(DefaultFile)));
    private static readonly Lazy<EntityRecognizer> SharedWithEncoder = new(() => Load(ModelLocator.Require(EncoderFile)));

    /// <summary>The committed fast model (no encoder) under models/ner/, loaded on first use.</summary>
    public static EntityRecognizer Default => Shared.Value;

    /// <summary>The committed encoder-mode model, loaded on first use: it reads the sentence encoder's word vectors.</summary>
    public static EntityRecognizer WithEncoder => SharedWithEncoder.Value;

    internal NameLists Lists => _lists;

    /// <summary>
    /// Labels every word of a document's sentences (BILOU label indices, see <see cref="NerLabels"/>).
    /// A model that <see cref="UsesEncoder"/> needs <paramref name="vectors"/>: per sentence, its words'
    /// encoder vectors one after another.
    /// </summary>
    public int[][] Recognize(IReadOnlyList<string[]> sentences, IReadOnlyList<float[]>? vectors = null)
    {
        if (UsesEncoder && vectors is null)
            throw new ArgumentException("this recognizer reads encoder vectors; pass them", nameof(vectors));
        var s = t_scratch ??= new Scratch();
        var labels = new int[sentences.Count][];
        for (var k = 0; k < sentences.Count; k++)
        {
            labels[k] = new int[sentences[k].Length];
            Prepare(s, sentences[k]);
            Decode(s, _first, _firstDense, vectors?[k], labels[k], null, null);
        }
        if (_second is null)
            return labels;
        var votes = s.Votes;
        votes.Clear();
        for (var k = 0; k < sentences.Count; k++)
        {
            s.Hashes.Fill(sentences[k]);
            votes.Add(s.Hashes.Form.AsSpan(0, sentences[k].Length), labels[k]);
        }
        var first = new int[64];
        for (var k = 0; k < sentences.Count; k++)
        {
            var n = sentences[k].Length;
            if (first.Length < n)
                first = new int[n * 2];
            labels[k].CopyTo(first, 0);
            Prepare(s, sentences[k]);
            Decode(s, _second, _secondDense, vectors?[k], labels[k], first, votes);
        }
        return labels;
    }

    private void Prepare(Scratch s, string[] forms)
    {
        s.Hashes.Fill(forms);
        if (s.Lists.Length < forms.Length)
            s.Lists = new ulong[forms.Length * 2];
        _lists.Mark(s.Hashes.Lower.AsSpan(0, forms.Length), s.Lists.AsSpan(0, forms.Length));
    }

    private static void Decode(Scratch s, LinearModel model, DenseLinearModel? dense, float[]? vectors, int[] labels, int[]? first, DocumentVotes? votes)
    {
        var n = labels.Length;
        var caps = IsCapsSentence(s.Hashes);
        var lists = s.Lists.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            if (first is null)
                NerFeatures.Extract(s.Hashes, lists, caps, labels, i, s.Features);
            else
                NerFeatures.ExtractSecond(s.Hashes, lists, caps, labels, first, votes!.Vote(s.Hashes.Form[i], first[i]), i, s.Features);
            model.Score(s.Features.Items, s.Scores);
            if (dense is not null)
            {
                if (s.Input.Length != dense.Dimensions)
                    s.Input = new float[dense.Dimensions];
                VectorWindow.Fill(vectors, dense.Dimensions / VectorWindow.Width, i, 0, n, s.Input);
                dense.AddScores(s.Input, s.Scores);
            }
            Decide(s.Scores, labels, i, n);
        }
    }

    /// <summary>
    /// Sets word <paramref name="i"/>'s label to the best-scoring one and keeps the sequence valid by
    /// repairing, not by forbidding: a name left open before it is closed at the word before (B→U, I→L),
    /// and an I or L that follows no open name starts one (I→B, L→U). Forbidding instead would force a
    /// name, once begun, to run on ("… African Affairs Hossein Jaberi Ansari in Damascus").
    /// </summary>
    internal static void Decide(ReadOnlySpan<float> scores, Span<int> labels, int i, int n)
    {
        var label = LinearModel.ArgMax(scores);
        var previous = i > 0 ? labels[i - 1] : NerLabels.O;
        var open = previous != NerLabels.O && !NerLabels.Ends(previous);
        var continues = label != NerLabels.O && !NerLabels.Begins(label) && open && NerLabels.TypeOf(label) == NerLabels.TypeOf(previous);
        if (open && !continues)
            labels[i - 1] = NerLabels.Closed(previous);
        if (!continues && label != NerLabels.O && !NerLabels.Begins(label))
            label = NerLabels.Opened(label);
        if (i == n - 1 && label != NerLabels.O && !NerLabels.Ends(label))
            label = NerLabels.Closed(label);
        labels[i] = label;
    }

    /// <summary>A headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"), where capitals say nothing about names.</summary>
    internal static bool IsCapsSentence(WordHashes h)
    {
        var words = 0;
        for (var i = 0; i < h.Count; i++)
        {
            var flags = h.Flags[i];
            if ((flags & 32) != 0 || (flags & 8) != 0)
                continue; // punctuation, numbers
            if ((flags & 4) == 0)
                return false;
            words++;
        }
        return words >= 2;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path));
        ModelFile.WriteHeader(writer, Kind, NerFeatures.FeatureSet);
        _lists.Write(writer);
        _first.Write(writer);
        writer.Write(_second is not null);
        _second?.Write(writer);
        // Encoder mode appends its dense weights; a fast-mode file ends here.
        if (_firstDense is not null)
        {
            _firstDense.Write(writer);
            writer.Write(_secondDense is not null);
            _secondDense?.Write(writer);
        }
    }

    public static EntityRecognizer Load(string path)
    {
        if (!File.Exists(path))
            throw new Intake.InputException(path, "model file missing; run 'sift train ner'");
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, NerFeatures.FeatureSet);
        var lists = NameLists.Read(reader);
        var first = LinearModel.Read(reader);
        var second = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        if (reader.BaseStream.Position == reader.BaseStream.Length)
            return new EntityRecognizer(first, second, lists);
        var firstDense = DenseLinearModel.Read(reader);
        var secondDense = reader.ReadBoolean() ? DenseLinearModel.Read(reader) : null;
        return new EntityRecognizer(first, second, lists, firstDense, secondDense);
    }
}
