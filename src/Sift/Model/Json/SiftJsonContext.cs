using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sift.Model.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(AnalysisDocument))]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(List<ArticleRecord>))]
public sealed partial class SiftJsonContext : JsonSerializerContext
{
    /// <summary>Pretty-printed, for one analysis on a terminal or in a file.</summary>
    public static SiftJsonContext Indented { get; } = new(MakeOptions(indented: true));

    /// <summary>One line per document, for JSONL streams.</summary>
    public static SiftJsonContext Compact { get; } = new(MakeOptions(indented: false));

    // Non-ASCII text stays readable in the output; the JSON is data, never pasted into HTML unescaped.
    private static JsonSerializerOptions MakeOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        WriteIndented = indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
