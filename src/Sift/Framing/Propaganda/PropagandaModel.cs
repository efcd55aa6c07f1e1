using Sift.Evaluation.Ptc;
using Sift.Learning;
using Sift.Model;

namespace Sift.Framing.Propaganda;

/// <summary>A propagandist span found in the text: where, which technique, and how sure each step was.</summary>
public readonly record struct DetectedSpan(int Sentence, int FirstToken, int EndToken, Span Span, double SpanConfidence);

/// <summary>
/// The propaganda models of the SemEval-2020 PTC scheme: a span tagger (SI: greedy O/B/I over
/// tokens, an averaged perceptron) and a technique classifier (TC: one of the 14 techniques for a
/// span), with the cue lexicon they were trained with, the decision bias chosen on the validation
/// split and temperatures that turn scores into probabilities. Loaded once, safe to share.
/// </summary>
public sealed class PropagandaModel
{
    /// <summary>Encoder mode: sparse features plus the sentence encoder's vectors.</summary>
    public const string DefaultFile = "framing/propaganda.bin";
    /// <summary>Fast mode: sparse features only, no encoder.</summary>
    public const string FastFile = "framing/propaganda-fast.bin";

    /// <summary>The file of the same models trained without the validation articles, so that split can be scored honestly.</summary>
    public static string HoldoutOf(string file) => file[..^".bin".Length] + "-holdout.bin";
    private const string Kind = "propaganda";
    internal const int Outside = 0, Begin = 1, Inside = 2;

    private static readonly Lazy<PropagandaModel> Shared = new(() => Load(ModelLocator.Require(DefaultFile)));
    private static readonly Lazy<PropagandaModel> SharedFast = new(() => Load(ModelLocator.Require(FastFile)));

    public PropagandaModel(CueLexicon cues, LinearModel tagger, LinearModel classifier, LabelSet techniques,
        float outsideBias, float taggerTemperature, float classifierTemperature,
        DenseLinearModel? taggerDense = null, DenseLinearModel? classifierDense = null, float spanFloor = 0f, SpanVerifier? verifier = null)
    {
        Verifier = verifier;
        SpanFloor = spanFloor;
        TaggerDense = taggerDense;
        ClassifierDense = classifierDense;
        Cues = cues;
        Tagger = tagger;
        Classifier = classifier;
        Techniques = techniques;
        OutsideBias = outsideBias;
        TaggerTemperature = taggerTemperature;
        ClassifierTemperature = classifierTemperature;
    }

    public static PropagandaModel Default => Shared.Value;

    public static PropagandaModel Fast => SharedFast.Value;

    public CueLexicon Cues { get; }
    public LinearModel Tagger { get; }
    public LinearModel Classifier { get; }
    public LabelSet Techniques { get; }

    /// <summary>The encoder-mode weights over <see cref="EncoderInput"/>; null for a fast-mode model.</summary>
    public DenseLinearModel? TaggerDense { get; }
    public DenseLinearModel? ClassifierDense { get; }

    /// <summary>True when the model reads the sentence encoder's vectors (<see cref="PropagandaDocument.Vectors"/>).</summary>
    public bool UsesEncoder => TaggerDense is not null;

    /// <summary>Added to the O score before the tagger decides: above 0 fewer, shorter spans; below 0 more.</summary>
    public float OutsideBias { get; }
    public float TaggerTemperature { get; }

    /// <summary>Spans whose mean in-span probability is below this are dropped: each predicted span costs precision on its own.</summary>
    public float SpanFloor { get; }
    public float ClassifierTemperature { get; }

    /// <summary>The second look that keeps or drops each proposed span; null when validation showed no gain from one.</summary>
    public SpanVerifier? Verifier { get; }

    public PropagandaDocument Prepare(string text, TextLayer layer, Encoder.TokenVectors? vectors = null) => new(text, layer, Cues, vectors);

    /// <summary>The tagger's spans, in text order, never overlapping.</summary>
    /// <param name="counter">the article's repeat counts, when the caller already has them (the verifier reads them)</param>
    public List<DetectedSpan> FindSpans(PropagandaDocument doc, SpanCounter? counter = null)
    {
        var found = FindSpans(doc, Tagger, TaggerDense, OutsideBias, TaggerTemperature, SpanFloor);
        if (Verifier is { } verifier && found.Count > 0)
            verifier.Filter(doc, counter ?? new SpanCounter(doc), found);
        // After the verifier, so that training (which proposes its candidates without this) is unchanged: a lone
        // pronoun ("it" as Repetition) says nothing a reader could weigh.
        DropLonePronouns(doc.Text, found);
        return found;
    }

    internal static List<DetectedSpan> FindSpans(PropagandaDocument doc, LinearModel tagger, DenseLinearModel? dense, float outsideBias, float temperature,
        float floor = 0f)
    {
        var found = new List<DetectedSpan>();
        var features = new FeatureBuffer();
        Span<float> scores = stackalloc float[3];
        var input = dense is null ? [] : new float[EncoderInput.Width];
        var sentences = doc.Layer.Sentences;
        var tokens = doc.Layer.Tokens;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var cues = SentenceCues.Of(doc, sentence);
            int prev = Outside, prev2 = Outside, start = -1;
            double confidence = 0;
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                PropagandaFeatures.Token(doc, sentence, cues, i, prev, prev2, features);
                tagger.Score(features.Items, scores);
                if (dense is not null)
                {
                    EncoderInput.Token(doc, sentence, i, input);
                    dense.AddScores(input, scores);
                }
                scores[Outside] += outsideBias;
                var tag = LinearModel.ArgMax(scores);
                if (tag == Inside && prev == Outside)
                    tag = Begin;
                if (start >= 0 && tag != Inside)
                {
                    found.Add(Close(s, start, i, confidence));
                    start = -1;
                }
                if (tag == Begin)
                {
                    start = i;
                    confidence = 0;
                }
                if (tag != Outside)
                    confidence += 1 - OutsideProbability(scores, temperature);
                prev2 = prev;
                prev = tag;
            }
            if (start >= 0)
                found.Add(Close(s, start, end, confidence));
        }
        // A span of clitics and punctuation alone ("n’t") says nothing a reader could weigh.
        found.RemoveAll(span => span.SpanConfidence < floor || !HoldsAWord(tokens, span));
        return found;

        DetectedSpan Close(int sentence, int from, int to, double confidenceSum)
        {
            var confidence = confidenceSum / (to - from);
            // A span never ends on trailing punctuation, which the PTC guidelines leave outside.
            while (to - 1 > from && tokens[to - 1].Kind == TokenKind.Punctuation)
                to--;
            return new DetectedSpan(sentence, from, to, new Span(tokens[from].Start, tokens[to - 1].End), confidence);
        }
    }

    /// <summary>
    /// Pronouns PTC's annotators never mark alone (of its 877 one-word spans in train the only pronoun is "our",
    /// 13 times, as flag-waving).
    /// </summary>
    private static readonly HashSet<string> LonePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "i", "me", "my", "you", "your", "us", "this", "that", "these", "those",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LonePronounLookup = LonePronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static void DropLonePronouns(string text, List<DetectedSpan> spans) =>
        spans.RemoveAll(span => span.EndToken - span.FirstToken == 1 && LonePronounLookup.Contains(text.AsSpan(span.Span.Start, span.Span.Length)));

    private static bool HoldsAWord(IReadOnlyList<Token> tokens, DetectedSpan span)
    {
        for (var i = span.FirstToken; i < span.EndToken; i++)
        {
            if (tokens[i].IsWordLike)
                return true;
        }
        return false;
    }

    /// <summary>The probability of each technique for the span, in <see cref="Techniques"/> order.</summary>
    public float[] Classify(PropagandaDocument doc, SpanCounter counter, int sentence, int from, int to) =>
        Classify(doc, counter, sentence, from, to, Classifier, ClassifierDense, ClassifierTemperature);

    internal static float[] Classify(PropagandaDocument doc, SpanCounter counter, int sentence, int from, int to, LinearModel classifier,
        DenseLinearModel? dense, float temperature)
    {
        var features = new FeatureBuffer();
        var tokens = doc.Layer.Tokens;
        var span = new Span(tokens[from].Start, tokens[to - 1].End);
        PropagandaFeatures.Span(doc, doc.Layer.Sentences[sentence], from, to, counter.Occurrences(span), counter.HeadOccurrences(from, to), features);
        var scores = new float[classifier.Classes];
        classifier.Score(features.Items, scores);
        if (dense is not null)
        {
            var input = new float[EncoderInput.Width];
            EncoderInput.Span(doc, doc.Layer.Sentences[sentence], from, to, input);
            dense.AddScores(input, scores);
        }
        return Softmax(scores, temperature);
    }

    private static float OutsideProbability(ReadOnlySpan<float> scores, float temperature)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
            max = Math.Max(max, s);
        float sum = 0;
        foreach (var s in scores)
            sum += MathF.Exp((s - max) / temperature);
        return MathF.Exp((scores[Outside] - max) / temperature) / sum;
    }

    internal static float[] Softmax(ReadOnlySpan<float> scores, float temperature)
    {
        var result = new float[scores.Length];
        var max = float.NegativeInfinity;
        foreach (var s in scores)
            max = Math.Max(max, s);
        double sum = 0;
        for (var k = 0; k < scores.Length; k++)
            sum += result[k] = MathF.Exp((scores[k] - max) / temperature);
        for (var k = 0; k < scores.Length; k++)
            result[k] = (float)(result[k] / sum);
        return result;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path));
        ModelFile.WriteHeader(writer, Kind, PropagandaFeatures.FeatureSet);
        Cues.Write(writer);
        Tagger.Write(writer);
        Classifier.Write(writer);
        Techniques.Write(writer);
        writer.Write(OutsideBias);
        writer.Write(TaggerTemperature);
        writer.Write(ClassifierTemperature);
        writer.Write(SpanFloor);
        writer.Write(UsesEncoder);
        if (UsesEncoder)
        {
            TaggerDense!.Write(writer);
            ClassifierDense!.Write(writer);
        }
        // A model with a span verifier appends it; one without ends here.
        Verifier?.Write(writer);
    }

    public static PropagandaModel Load(string path)
    {
        if (!File.Exists(path))
            throw new Intake.InputException(path, "propaganda model not found; run `sift train propaganda`");
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, PropagandaFeatures.FeatureSet);
        var cues = CueLexicon.Read(reader);
        var tagger = LinearModel.Read(reader);
        var classifier = LinearModel.Read(reader);
        var techniques = LabelSet.Read(reader);
        var (bias, taggerTemperature, classifierTemperature) = (reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
        var floor = reader.ReadSingle();
        var dense = reader.ReadBoolean();
        var (taggerDense, classifierDense) = dense ? (DenseLinearModel.Read(reader), DenseLinearModel.Read(reader)) : (null, null);
        var verifier = reader.BaseStream.Position == reader.BaseStream.Length ? null : SpanVerifier.Read(reader);
        return new PropagandaModel(cues, tagger, classifier, techniques, bias, taggerTemperature, classifierTemperature,
            taggerDense, classifierDense, floor, verifier);
    }
}

/// <summary>Article-level counts for Repetition: how often a span's words, and its longest word, recur in the article.</summary>
public sealed class SpanCounter
{
    private readonly PropagandaDocument _doc;
    private readonly Dictionary<ulong, int> _wordCounts = [];

    public SpanCounter(PropagandaDocument doc)
    {
        _doc = doc;
        foreach (var w in doc.Lower)
            _wordCounts[w] = _wordCounts.GetValueOrDefault(w) + 1;
    }

    /// <summary>Case-insensitive occurrences of the span's text anywhere in the article (at least 1).</summary>
    public int Occurrences(Span span)
    {
        var needle = _doc.Text.AsSpan(span.Start, span.End - span.Start);
        if (needle.Length == 0)
            return 0;
        var haystack = _doc.Text.AsSpan();
        int count = 0, at = 0;
        while (at < haystack.Length)
        {
            var found = haystack[at..].IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
                break;
            count++;
            at += found + needle.Length;
        }
        return Math.Max(count, 1);
    }

    /// <summary>How often the span's longest word occurs in the article.</summary>
    public int HeadOccurrences(int from, int to)
    {
        int best = from, bestLength = 0;
        for (var i = from; i < to; i++)
        {
            var length = _doc.WordOf(i).Length;
            if (length > bestLength)
            {
                best = i;
                bestLength = length;
            }
        }
        return _wordCounts.GetValueOrDefault(_doc.Lower[best]);
    }
}
