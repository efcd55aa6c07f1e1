namespace Sift.Syntax;

/// <summary>
/// The tagger, lemmatizer and parser, loaded once from a folder and shared by every thread: the fast
/// models, or the encoder-mode ones whose tagger and parser also read the sentence encoder's vectors.
/// </summary>
public sealed class SyntaxModels(PosTagger tagger, Lemmatizer lemmatizer, ParserEnsemble parser)
{
    public const string DefaultFolder = "syntax";
    public const string EncoderFolder = "syntax-encoder";

    private static readonly Lazy<SyntaxModels> Shared = new(() => Load(ModelLocator.Require(DefaultFolder)));
    private static readonly Lazy<SyntaxModels> SharedEncoder = new(() => Load(ModelLocator.Require(EncoderFolder)));

    public PosTagger Tagger { get; } = tagger;
    public Lemmatizer Lemmatizer { get; } = lemmatizer;
    /// <summary>The parser, or in encoder mode several whose trees are combined by vote.</summary>
    public ParserEnsemble Parser { get; } = parser;

    /// <summary>The committed fast models under models/syntax/, loaded on first use.</summary>
    public static SyntaxModels Default => Shared.Value;

    /// <summary>The committed encoder-mode models under models/syntax-encoder/, loaded on first use.</summary>
    public static SyntaxModels WithEncoder => SharedEncoder.Value;

    /// <summary>The committed models of a mode: the fast ones, else the encoder-mode ones (the default of `sift analyze`).</summary>
    public static SyntaxModels For(bool fast) => fast ? Default : WithEncoder;

    /// <summary>Whether the tagger or parser reads the sentence encoder's word vectors.</summary>
    public bool UsesEncoder => Tagger.UsesEncoder || Parser.UsesEncoder;

    public static SyntaxModels Load(string folder)
    {
        foreach (var file in new[] { SyntaxTrainer.TaggerFile, SyntaxTrainer.LemmatizerFile, SyntaxTrainer.ParserFile })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
                throw new Intake.InputException(path, "model file missing; run 'sift train syntax'");
        }
        return new SyntaxModels(
            PosTagger.Load(Path.Combine(folder, SyntaxTrainer.TaggerFile)),
            Lemmatizer.Load(Path.Combine(folder, SyntaxTrainer.LemmatizerFile)),
            ParserEnsemble.Load(folder));
    }

    /// <summary>
    /// Tags, lemmatizes and parses one sentence of words into <paramref name="result"/>. Encoder-mode
    /// models need <paramref name="vectors"/>: the words' length-normalized encoder vectors (see
    /// <see cref="Encoder.EncoderWords"/>), one after another.
    /// </summary>
    public void Analyze(ReadOnlySpan<string> forms, SentenceSyntax result, ReadOnlySpan<float> vectors = default)
    {
        var n = forms.Length;
        result.Resize(n);
        var tags = result.TagIds.AsSpan(0, n);
        Tagger.Tag(forms, tags, vectors);
        for (var i = 0; i < n; i++)
        {
            result.Upos[i] = Tagger.Upos(tags[i]);
            result.Xpos[i] = Tagger.Xpos(tags[i]);
            result.Lemmas[i] = Lemmatizer.Lemmatize(forms[i], tags[i], result.Upos[i]);
        }
        Parser.Parse(forms, result.Upos.AsSpan(0, n), result.Xpos.AsSpan(0, n), result.Heads.AsSpan(0, n), result.RelationIds.AsSpan(0, n), vectors);
        for (var i = 0; i < n; i++)
            result.Relations[i] = Parser.Relation(result.RelationIds[i]);
    }
}

/// <summary>One sentence's analysis; reusable buffers, valid for the first <see cref="Count"/> words. Heads are 1-based, 0 = root.</summary>
public sealed class SentenceSyntax
{
    public int Count { get; private set; }
    public int[] TagIds = new int[64];
    public string[] Upos = new string[64];
    public string[] Xpos = new string[64];
    public string[] Lemmas = new string[64];
    public int[] Heads = new int[64];
    public int[] RelationIds = new int[64];
    public string[] Relations = new string[64];

    internal void Resize(int n)
    {
        Count = n;
        if (TagIds.Length >= n)
            return;
        var size = Math.Max(n, TagIds.Length * 2);
        TagIds = new int[size];
        Upos = new string[size];
        Xpos = new string[size];
        Lemmas = new string[size];
        Heads = new int[size];
        RelationIds = new int[size];
        Relations = new string[size];
    }
}
