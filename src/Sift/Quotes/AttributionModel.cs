using Sift.Learning;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// The trained attribution tagger: a greedy left-to-right averaged perceptron over BIO tags for source,
/// cue and content, with the report-word list it was trained with. In encoder mode a dense perceptron
/// also reads each token's encoder vector (its neighbours' too made content edges worse on validation). Loaded once, safe to share between threads.
/// </summary>
public sealed class AttributionModel(LinearModel tagger, ReportVerbs verbs, DenseLinearModel? dense = null)
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

    public LinearModel Tagger { get; } = tagger;

    public DenseLinearModel? Dense { get; } = dense;

    public ReportVerbs Verbs { get; } = verbs;

    /// <summary>Whether the model reads the sentence encoder's vectors (the document must carry them).</summary>
    public bool UsesEncoder => Dense is not null;

    [ThreadStatic] private static FeatureBuffer? t_features;

    /// <summary>One tag per token of the article (an I tag never follows a different role).</summary>
    public int[] Tag(AttributionDocument d) => Tag(d, Tagger, Dense);

    public static int[] Tag(AttributionDocument d, LinearModel tagger, DenseLinearModel? dense)
    {
        if (dense is not null && (d.Vectors is null || dense.Dimensions != d.Dimensions))
            throw new ArgumentException("this attribution model reads encoder vectors; the document has none of its length", nameof(d));
        var tokens = d.Text.Tokens.Count;
        var tags = new int[tokens];
        var nearest = new int[tokens];
        var features = t_features ??= new FeatureBuffer();
        Span<float> scores = stackalloc float[AttributionTags.Count];
        foreach (var sentence in d.Text.Sentences)
        {
            AttributionFeatures.NearestReports(d, sentence, nearest);
            int prev = AttributionTags.Outside, prev2 = AttributionTags.Outside;
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                AttributionFeatures.Token(d, sentence, nearest[i], i, prev, prev2, features);
                tagger.Score(features.Items, scores);
                dense?.AddScores(d.VectorOf(i), scores);
                var tag = LinearModel.ArgMax(scores);
                // An inside tag continues only its own role.
                if (tag != AttributionTags.Outside && !AttributionTags.IsBegin(tag) && AttributionTags.Role(prev) != AttributionTags.Role(tag))
                    tag = AttributionTags.Begin(AttributionTags.Role(tag));
                tags[i] = tag;
                prev2 = prev;
                prev = tag;
            }
        }
        return tags;
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
        Tagger.Write(writer);
        // Encoder mode appends its dense weights; a fast-mode file ends here.
        Dense?.Write(writer);
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
        var tagger = LinearModel.Read(reader);
        var dense = reader.BaseStream.Position == reader.BaseStream.Length ? null : DenseLinearModel.Read(reader);
        return new AttributionModel(tagger, new ReportVerbs(lemmas), dense);
    }
}
