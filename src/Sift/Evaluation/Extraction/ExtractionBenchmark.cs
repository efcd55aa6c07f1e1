using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sift.Intake;
using Sift.Intake.Html;

namespace Sift.Evaluation.Extraction;

/// <summary>One benchmark page: its id (SHA-256 of the URL), URL, expected article body and the path of its HTML.</summary>
public sealed record BenchmarkPage(string Id, string Url, string ArticleBody, string HtmlPath)
{
    /// <summary>Reads and gunzips the page's HTML (UTF-8).</summary>
    public string ReadHtml()
    {
        using var file = File.OpenRead(HtmlPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}

/// <summary>
/// The Zyte article-extraction benchmark: <c>ground-truth.json</c> plus <c>html/&lt;id&gt;.html.gz</c> in one folder
/// (see <c>shared/data/extraction/README.md</c>).
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>The shared benchmark folder (shared/data/extraction).</summary>
    public static string DefaultFolder => DataLocator.Require("extraction");

    /// <summary>Loads the ground truth, in the file's key order; every entry must have its HTML file.</summary>
    public static IReadOnlyList<BenchmarkPage> Load(string folder)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
            throw new InputException(truthPath, "no ground-truth.json in the extraction benchmark folder");
        var entries = PredictionsFile.ReadEntries(truthPath);
        var pages = new List<BenchmarkPage>(entries.Count);
        foreach (var (id, entry) in entries)
        {
            var htmlPath = Path.Combine(folder, "html", id + ".html.gz");
            if (!File.Exists(htmlPath))
                throw new InputException(htmlPath, $"missing HTML for ground-truth entry {id}");
            pages.Add(new BenchmarkPage(id, entry.Url ?? "", entry.ArticleBody ?? "", htmlPath));
        }
        return pages;
    }

    /// <summary>
    /// Runs <paramref name="extractor"/> (html, url → article text) on every page and scores it. An extractor that
    /// throws scores an empty prediction for that page.
    /// </summary>
    public static ExtractionScore Run(string folder, Func<string, string, string> extractor, int maxParallelism = 1)
    {
        var pages = Load(folder);
        var predictions = new string[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) }, i =>
        {
            try
            {
                predictions[i] = extractor(pages[i].ReadHtml(), pages[i].Url) ?? "";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                predictions[i] = "";
            }
        });
        return Score(pages, pages.Select((p, i) => (p.Id, predictions[i])).ToDictionary(x => x.Id, x => x.Item2));
    }

    /// <summary>
    /// Runs Sift's own HTML extractor (<see cref="HtmlArticleReader.ExtractText"/>) on the benchmark in
    /// <paramref name="folder"/> (default: the shared extraction folder): what <c>sift eval extraction</c> reports.
    /// </summary>
    public static ExtractionScore RunHtmlExtractor(string? folder = null, int maxParallelism = 1) =>
        Run(folder ?? DefaultFolder, HtmlExtractor, maxParallelism);

    /// <summary>Sift's extractor in the shape <see cref="Run"/> takes: (html, url) → article text.</summary>
    public static string HtmlExtractor(string html, string url) => HtmlArticleReader.ExtractText(html, url);

    /// <summary>Runs the extractor and also returns its predictions, keyed by page id (to write with <see cref="PredictionsFile.Write"/>).</summary>
    public static (ExtractionScore Score, IReadOnlyDictionary<string, string> Predictions) RunAndKeep(
        string folder, Func<string, string, string> extractor, int maxParallelism = 1)
    {
        var score = Run(folder, extractor, maxParallelism);
        return (score, score.PageResults.ToDictionary(p => p.Id, p => p.Prediction));
    }

    /// <summary>Scores a predictions file (benchmark shape, possibly wrapped in {"version", "output"}) against the folder's ground truth.</summary>
    public static ExtractionScore ScoreFile(string folder, string predictionsPath) =>
        Score(Load(folder), PredictionsFile.Read(predictionsPath));

    /// <summary>Scores predictions (id → article body) against the pages; a page without a prediction scores an empty text.</summary>
    public static ExtractionScore Score(IReadOnlyList<BenchmarkPage> pages, IReadOnlyDictionary<string, string> predictions)
    {
        var results = pages.Select(page =>
        {
            var predicted = predictions.GetValueOrDefault(page.Id) ?? "";
            return new PageResult(page.Id, page.Url, ShingleMetric.Compare(page.ArticleBody, predicted),
                ShingleMetric.ExactMatch(page.ArticleBody, predicted), page.ArticleBody, predicted);
        }).ToList();
        return ExtractionScore.FromPages(results);
    }
}

/// <summary>Reads and writes files in the benchmark's shape: <c>{ "&lt;id&gt;": { "articleBody": "…" }, … }</c>.</summary>
public static class PredictionsFile
{
    internal sealed record Entry(string? ArticleBody, string? Url);

    /// <summary>id → articleBody. Accepts the bare object or one wrapped as {"version": …, "output": {…}}.</summary>
    public static Dictionary<string, string> Read(string path) =>
        ReadEntries(path).ToDictionary(e => e.Key, e => e.Value.ArticleBody ?? "", StringComparer.Ordinal);

    internal static List<KeyValuePair<string, Entry>> ReadEntries(string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not valid JSON: {e.Message}");
        }
        catch (IOException e)
        {
            throw new InputException(path, e.Message);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("output", out var output)
                && output.ValueKind == JsonValueKind.Object && root.TryGetProperty("version", out _))
                root = output;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InputException(path, "expected a JSON object of id → {\"articleBody\": …}");
            var entries = new List<KeyValuePair<string, Entry>>();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                    throw new InputException(path, $"entry {property.Name} is not an object");
                entries.Add(new(property.Name, new Entry(StringOrNull(property.Value, "articleBody"), StringOrNull(property.Value, "url"))));
            }
            return entries;
        }
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Writes id → {"articleBody"} as the benchmark does: keys sorted, indent 4, UTF-8 without escapes, no trailing newline.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, string> predictions)
    {
        using var stream = File.Create(path);
        Write(stream, predictions);
    }

    public static void Write(Stream stream, IReadOnlyDictionary<string, string> predictions)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 4,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        writer.WriteStartObject();
        foreach (var (id, body) in predictions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(id);
            writer.WriteString("articleBody", body);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
