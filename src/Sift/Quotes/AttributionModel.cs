using Sift.Learning;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// The trained attribution tagger: a greedy left-to-right averaged perceptron over BIO tags for source,
/// cue and content, with the report-word list it was trained with. Loaded once, safe to share between threads.
/// </summary>
public sealed class AttributionModel(LinearModel tagger, ReportVerbs verbs)
{
    public const string Kind = "attribution-tagger";
    public const string DefaultFile = "quotes/attribution.bin";

    private static readonly Lazy<AttributionModel> Shared = new(() => Load(ModelLocator.Require(DefaultFile)));

    public static AttributionModel Default => Shared.Value;

    public LinearModel Tagger { get; } = tagger;

    public ReportVerbs Verbs { get; } = verbs;

    [ThreadStatic] private static FeatureBuffer? t_features;

    /// <summary>One tag per token of the article (an I tag never follows a different role).</summary>
    public int[] Tag(AttributionDocument d) => Tag(d, Tagger);

    public static int[] Tag(AttributionDocument d, LinearModel tagger)
    {
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
        return new AttributionModel(LinearModel.Read(reader), new ReportVerbs(lemmas));
    }
}
