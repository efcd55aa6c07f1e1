using System.Globalization;
using System.Text;
using Sift.Intake;
using Sift.Model;

namespace Sift.Evaluation.Ptc;

/// <summary>
/// A folder of PTC articles with their gold labels. The layout is the released one:
/// <c>articles/article&lt;ID&gt;.txt</c>, <c>labels-si.tsv</c>, <c>labels-tc.tsv</c> (either label file may be absent).
/// The organisers' per-article label folders (<c>*-labels-task1-span-identification/</c>,
/// <c>*-labels-task2-technique-classification/</c>) and article folders (<c>*-articles/</c>) are read too.
/// </summary>
public sealed class PtcCorpus
{
    private static readonly UTF8Encoding Utf8KeepingBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, PtcArticle> _byId;

    private PtcCorpus(IReadOnlyList<PtcArticle> articles, IReadOnlyList<SiLabel>? siLabels, IReadOnlyList<TcLabel>? tcLabels)
    {
        Articles = articles;
        _byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SiLabels = siLabels ?? [];
        TcLabels = tcLabels ?? [];
        HasSiLabels = siLabels is not null;
        HasTcLabels = tcLabels is not null;
    }

    /// <summary>Articles in ordinal id order.</summary>
    public IReadOnlyList<PtcArticle> Articles { get; }

    public bool HasSiLabels { get; }

    public bool HasTcLabels { get; }

    /// <summary>The SI gold lines, as in the file (code points, file order); empty when there was no SI file.</summary>
    public IReadOnlyList<SiLabel> SiLabels { get; }

    /// <summary>The TC gold lines, as in the file (code points, file order); empty when there was no TC file.</summary>
    public IReadOnlyList<TcLabel> TcLabels { get; }

    public PtcArticle this[string id] =>
        _byId.TryGetValue(id, out var article) ? article : throw new KeyNotFoundException($"no PTC article with id {id}");

    public bool TryGetArticle(string id, out PtcArticle? article) => _byId.TryGetValue(id, out article);

    /// <summary>The validation rule of the PTC README: hold out the articles whose numeric id is divisible by 5.</summary>
    public static bool IsValidationId(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number % 5 == 0
            : throw new FormatException($"PTC article id '{id}' is not a number");

    /// <summary>The held-out split (ids divisible by 5) and the rest, with their labels.</summary>
    public (PtcCorpus Train, PtcCorpus Validation) SplitForValidation() =>
        (Where(a => !a.IsValidation), Where(a => a.IsValidation));

    /// <summary>The articles that satisfy <paramref name="keep"/>, with their labels only.</summary>
    public PtcCorpus Where(Func<PtcArticle, bool> keep)
    {
        var articles = Articles.Where(keep).ToArray();
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return new PtcCorpus(articles,
            HasSiLabels ? SiLabels.Where(l => ids.Contains(l.ArticleId)).ToArray() : null,
            HasTcLabels ? TcLabels.Where(l => ids.Contains(l.ArticleId)).ToArray() : null);
    }

    /// <summary>Converts a UTF-16 span of an article to the code-point label the files and scorers use.</summary>
    public SiLabel ToSiLabel(string articleId, Span utf16) => this[articleId].ToSiLabel(utf16);

    public TcLabel ToTcLabel(string articleId, string technique, Span utf16) => this[articleId].ToTcLabel(technique, utf16);

    /// <summary>Reads an article file the way the PTC offsets need: raw bytes, UTF-8, a BOM kept as U+FEFF.</summary>
    public static string ReadArticleText(string path) => Utf8KeepingBom.GetString(File.ReadAllBytes(path));

    public static PtcCorpus Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InputException(folder, "PTC folder not found");
        var articleFolder = FindFolder(folder, "articles", "-articles")
            ?? throw new InputException(folder, "no articles/ folder with article<ID>.txt files");
        var siLabels = ReadLabels(folder, "labels-si.tsv", "-labels-task1-span-identification", PtcLabelFile.ReadSi);
        var tcLabels = ReadLabels(folder, "labels-tc.tsv", "-labels-task2-technique-classification", PtcLabelFile.ReadTc);

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(articleFolder, "article*.txt"))
            texts[Path.GetFileNameWithoutExtension(path)["article".Length..]] = ReadArticleText(path);
        if (texts.Count == 0)
            throw new InputException(articleFolder, "no article<ID>.txt files");

        var siByArticle = GroupByArticle(siLabels, l => l.ArticleId, l => l.Span, texts, folder);
        var tcByArticle = GroupByArticle(tcLabels, l => l.ArticleId, l => l, texts, folder);
        var articles = texts.Select(pair => new PtcArticle(pair.Key, pair.Value,
            siByArticle.GetValueOrDefault(pair.Key) ?? [],
            tcByArticle.GetValueOrDefault(pair.Key) ?? [])).ToArray();

        foreach (var article in articles)
        {
            foreach (var span in article.SiGoldCodePoints.Concat(article.TcGoldLabels.Select(l => l.Span)))
            {
                if (span.End > article.Map.CodePointLength)
                    throw new InputException(folder, $"article {article.Id}: label span {span} ends after the text ({article.Map.CodePointLength} code points)");
            }
        }
        return new PtcCorpus(articles, siLabels, tcLabels);
    }

    private static string? FindFolder(string folder, string exactName, string suffix)
    {
        var exact = Path.Combine(folder, exactName);
        if (Directory.Exists(exact))
            return exact;
        return Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
            .FirstOrDefault(d => Path.GetFileName(d).EndsWith(suffix, StringComparison.Ordinal));
    }

    private static IReadOnlyList<T>? ReadLabels<T>(string folder, string fileName, string perArticleFolderSuffix, Func<string, IReadOnlyList<T>> read)
    {
        var file = Path.Combine(folder, fileName);
        if (File.Exists(file))
            return read(file);
        var perArticle = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
            .FirstOrDefault(d => Path.GetFileName(d).EndsWith(perArticleFolderSuffix, StringComparison.Ordinal));
        if (perArticle is null)
            return null;
        return Directory.EnumerateFiles(perArticle, "article*.labels").Order(StringComparer.Ordinal)
            .SelectMany(read).ToArray();
    }

    private static Dictionary<string, List<TValue>> GroupByArticle<TLabel, TValue>(
        IReadOnlyList<TLabel>? labels, Func<TLabel, string> idOf, Func<TLabel, TValue> valueOf,
        IDictionary<string, string> texts, string folder)
    {
        var groups = new Dictionary<string, List<TValue>>(StringComparer.Ordinal);
        foreach (var label in labels ?? [])
        {
            var id = idOf(label);
            if (!texts.ContainsKey(id))
                throw new InputException(folder, $"labels name article {id}, which has no article{id}.txt");
            if (!groups.TryGetValue(id, out var list))
                groups[id] = list = [];
            list.Add(valueOf(label));
        }
        return groups;
    }
}
