using Sift.Evaluation.Extraction;
using Sift.Intake;

namespace Sift.Evaluation.Coref;

/// <summary>
/// Reads the article text a fixture's <c>source</c> names, which the fixture never copies:
/// <c>samples/…</c> is a file under the repository root, <c>extraction:&lt;id&gt;</c> is the <c>articleBody</c> of that
/// page in the extraction benchmark's ground-truth.json, and any other path is a file under the shared data folder.
/// Files are read as <see cref="File.ReadAllText(string)"/> reads them (UTF-8, BOM removed), which is also the text
/// Sift analyzes: <see cref="PlainTextReader"/> keeps it as it is.
/// </summary>
public sealed class CorefSourceTexts(string repoRoot, string? dataRoot = null)
{
    public const string ExtractionPrefix = "extraction:";
    public const string SamplesPrefix = "samples/";

    private Dictionary<string, string>? _groundTruth;

    public string Read(string source)
    {
        if (source.StartsWith(ExtractionPrefix, StringComparison.Ordinal))
        {
            var id = source[ExtractionPrefix.Length..];
            return GroundTruth().TryGetValue(id, out var body)
                ? body
                : throw new InputException(source, "no page with this id in the extraction ground truth");
        }
        var path = source.StartsWith(SamplesPrefix, StringComparison.Ordinal)
            ? Path.Combine(repoRoot, source)
            : DataPath(source);
        if (!File.Exists(path))
            throw new InputException(source, $"article not found ({path})");
        return File.ReadAllText(path);
    }

    private Dictionary<string, string> GroundTruth() =>
        _groundTruth ??= PredictionsFile.Read(Path.Combine(DataPath("extraction"), "ground-truth.json"));

    private string DataPath(string relative) =>
        dataRoot is { } root ? Path.Combine(root, relative) : DataLocator.Require(relative);
}
