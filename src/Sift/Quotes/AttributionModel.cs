using Sift.Learning;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>One pass of the attribution tagger: sparse weights, and in encoder mode dense weights over each token's vector.</summary>
public sealed record AttributionPass(LinearModel Tagger, DenseLinearModel? Dense)
{
    public void Write(BinaryWriter writer)
    {
        Tagger.Write(writer);
        writer.Write(Dense is not null);
        Dense?.Write(writer);
    }

    public static AttributionPass Read(BinaryReader reader)
    {
        var tagger = LinearModel.Read(reader);
        return new AttributionPass(tagger, reader.ReadBoolean() ? DenseLinearModel.Read(reader) : null);
    }
}

/// <summary>
/// The trained attribution tagger: greedy left-to-right averaged perceptrons over BIO tags for source, cue
/// and content, with the report-word list they were trained with. A second pass reads the first pass's tags of
/// the whole sentence (what lies to the right of a token: a cue after a quote, a source before a cue) besides
/// the first pass's features. In encoder mode each pass also reads each token's encoder vector through dense
/// weights (its neighbours' too made content edges worse on validation). Loaded once, safe to share between threads.
/// </summary>
public sealed class AttributionModel(AttributionPass first, AttributionPass second, ReportVerbs verbs)
{
    public const string Kind = "attribution-tagger";
    public const string FastFile = "quotes/attribution-fast.bin";
    public const string EncoderFile = "quotes/attribution-encoder.bin";

    private static readonly Lazy<AttributionModel> SharedFast = new(() => Load(ModelLocator.Require(FastFile)));
    private static readonly Lazy<AttributionModel> SharedWithEncoder = new(() => Load(ModelLocator.Require(EncoderFile)));

    /// <summary>The committed fast model (no encoder), trained on fast-mode parses.</summary>
    public static AttributionModel Fast => SharedFast.Value;

    /// <summary>The committed encoder-mode model, trained on encoder-mode parses and reading the encoder's vectors.</summary>
    public static AttributionModel WithEncoder => SharedWithEncoder.Value;

    public static AttributionModel For(bool fast) => fast ? Fast : WithEncoder;

    public AttributionPass First { get; } = first;

    public AttributionPass Second { get; } = second;

    public ReportVerbs Verbs { get; } = verbs;

    /// <summary>Whether the model reads the sentence encoder's vectors (the document must carry them).</summary>
    public bool UsesEncoder => First.Dense is not null;

    /// <summary>
    /// Hypotheses the second pass keeps per token. Its greedy decisions left content and source edges a
    /// token off where a slightly lower-scored tag earlier made the sequence better; on validation a beam of
    /// 4 raised exact F1 (content 0.505 → 0.521, whole attributions 0.375 → 0.400) and 8 did no better.
    /// </summary>
    public const int SecondPassBeam = 4;

    [ThreadStatic] private static FeatureBuffer? t_features;
    [ThreadStatic] private static TagBeam? t_beam;

    /// <summary>One tag per token of the article (an I tag never follows a different role).</summary>
    public int[] Tag(AttributionDocument d) => Tag(d, Second, Tag(d, First, null), SecondPassBeam);

    /// <summary>
    /// One pass over the article; <paramref name="firstPass"/> is the first pass's tags when this is the
    /// second. With <paramref name="beam"/> 1 each token's best tag is taken in turn (how the passes train);
    /// wider, the best-scoring tag sequences of each sentence are kept token by token and the best one wins.
    /// </summary>
    public static int[] Tag(AttributionDocument d, AttributionPass pass, int[]? firstPass, int beam = 1)
    {
        if (pass.Dense is { } dense && (d.Vectors is null || dense.Dimensions != d.Dimensions))
            throw new ArgumentException("this attribution model reads encoder vectors; the document has none of its length", nameof(d));
        var tokens = d.Text.Tokens.Count;
        var tags = new int[tokens];
        var nearest = new int[tokens];
        var features = t_features ??= new FeatureBuffer();
        foreach (var sentence in d.Text.Sentences)
        {
            AttributionFeatures.NearestReports(d, sentence, nearest);
            if (beam > 1)
                TagBeam(d, pass, firstPass, sentence, nearest, beam, tags, features);
            else
                TagGreedy(d, pass, firstPass, sentence, nearest, tags, features);
        }
        return tags;
    }

    private static void TagGreedy(AttributionDocument d, AttributionPass pass, int[]? firstPass, in Sentence sentence, int[] nearest, int[] tags, FeatureBuffer features)
    {
        Span<float> scores = stackalloc float[AttributionTags.Count];
        int prev = AttributionTags.Outside, prev2 = AttributionTags.Outside;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            Score(d, pass, firstPass, sentence, nearest, i, prev, prev2, features, scores);
            var tag = LinearModel.ArgMax(scores);
            // An inside tag continues only its own role.
            if (tag != AttributionTags.Outside && !AttributionTags.IsBegin(tag) && AttributionTags.Role(prev) != AttributionTags.Role(tag))
                tag = AttributionTags.Begin(AttributionTags.Role(tag));
            tags[i] = tag;
            prev2 = prev;
            prev = tag;
        }
    }

    private static void Score(AttributionDocument d, AttributionPass pass, int[]? firstPass, in Sentence sentence, int[] nearest, int i, int prev, int prev2,
        FeatureBuffer features, Span<float> scores)
    {
        AttributionFeatures.ForPass(d, sentence, nearest[i], firstPass, i, prev, prev2, features);
        pass.Tagger.Score(features.Items, scores);
        pass.Dense?.AddScores(d.VectorOf(i), scores);
    }

    /// <summary>The sum of one pass's scores for a sentence's tags, each token scored given the two tags before it.</summary>
    internal static float SequenceScore(AttributionDocument d, AttributionPass pass, int[]? firstPass, in Sentence sentence, ReadOnlySpan<int> tags)
    {
        var nearest = new int[d.Text.Tokens.Count];
        AttributionFeatures.NearestReports(d, sentence, nearest);
        Span<float> scores = stackalloc float[AttributionTags.Count];
        var features = new FeatureBuffer();
        var total = 0f;
        for (var k = 0; k < sentence.TokenCount; k++)
        {
            Score(d, pass, firstPass, sentence, nearest, sentence.FirstToken + k, k > 0 ? tags[k - 1] : AttributionTags.Outside,
                k > 1 ? tags[k - 2] : AttributionTags.Outside, features, scores);
            total += scores[tags[k]];
        }
        return total;
    }

    private static void TagBeam(AttributionDocument d, AttributionPass pass, int[]? firstPass, in Sentence sentence, int[] nearest, int width, int[] tags, FeatureBuffer features)
    {
        var n = sentence.TokenCount;
        if (n == 0)
            return;
        var beam = t_beam ??= new TagBeam();
        beam.Start(n, width, AttributionTags.Count);
        Span<float> scores = stackalloc float[AttributionTags.Count];
        for (var k = 0; k < n; k++)
        {
            for (var h = 0; h < beam.Hypotheses(k); h++)
            {
                var (before, prev, prev2) = beam.History(k, h, AttributionTags.Outside);
                Score(d, pass, firstPass, sentence, nearest, sentence.FirstToken + k, prev, prev2, features, scores);
                for (var tag = 0; tag < AttributionTags.Count; tag++)
                {
                    if (tag == AttributionTags.Outside || AttributionTags.IsBegin(tag) || AttributionTags.Role(prev) == AttributionTags.Role(tag))
                        beam.Offer(before + scores[tag], tag, h);
                }
            }
            beam.Keep(k);
        }
        beam.Best(n, tags.AsSpan(sentence.FirstToken, n));
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path));
        ModelFile.WriteHeader(writer, Kind, AttributionFeatures.FeatureSet);
        var lemmas = Verbs.Lemmas.Order(StringComparer.Ordinal).ToList();
        writer.Write(lemmas.Count);
        foreach (var l in lemmas)
            writer.Write(l);
        First.Write(writer);
        Second.Write(writer);
    }

    public static AttributionModel Load(string path)
    {
        if (!File.Exists(path))
            throw new Intake.InputException(path, "model file missing; run 'sift train attribution'");
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, AttributionFeatures.FeatureSet);
        var count = reader.ReadInt32();
        var lemmas = new string[count];
        for (var i = 0; i < count; i++)
            lemmas[i] = reader.ReadString();
        var first = AttributionPass.Read(reader);
        return new AttributionModel(first, AttributionPass.Read(reader), new ReportVerbs(lemmas));
    }
}
