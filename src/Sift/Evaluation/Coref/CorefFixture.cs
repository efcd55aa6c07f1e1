using System.Text.Json;
using Sift.Intake;

namespace Sift.Evaluation.Coref;

/// <summary>
/// Reads a folder of hand-annotated coreference files (one JSON file per article, see
/// tests/Sift.Tests/Fixtures/coref/README.md) and the article texts they point to. Every mention is checked
/// against the text: it must lie inside it and cover exactly the text the file records.
/// </summary>
public static class CorefFixture
{
    private static readonly string[] EntityTypes = ["PER", "ORG", "LOC"];

    /// <summary>
    /// Loads every <c>*.json</c> file of <paramref name="folder"/> in ordinal name order. Sources under <c>samples/</c>
    /// resolve against <paramref name="repoRoot"/>, the others against <paramref name="dataRoot"/> (default: the shared
    /// data folder <see cref="DataLocator"/> finds).
    /// </summary>
    public static IReadOnlyList<CorefDocument> Load(string folder, string repoRoot, string? dataRoot = null)
    {
        if (!Directory.Exists(folder))
            throw new InputException(folder, "coreference fixture folder not found");
        var texts = new CorefSourceTexts(repoRoot, dataRoot);
        return Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => Read(path, texts)).ToArray();
    }

    public static CorefDocument Read(string path, CorefSourceTexts texts)
    {
        var file = Parse(path);
        var source = file.Source ?? throw new InputException(path, "no \"source\"");
        var text = texts.Read(source);
        var entities = (file.Entities ?? throw new InputException(path, "no \"entities\""))
            .Select((entity, i) => ToEntity(entity, i, text, path)).ToArray();
        return new CorefDocument(Path.GetFileNameWithoutExtension(path), source, file.Notes ?? "", text, entities);
    }

    private static CorefFileJson Parse(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), CorefFixtureJsonContext.Default.CorefFileJson)
                ?? throw new InputException(path, "empty JSON");
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not a coreference fixture file: {e.Message}");
        }
    }

    private static CorefEntity ToEntity(CorefEntityJson entity, int index, string text, string path)
    {
        var name = entity.Name ?? throw new InputException(path, $"entity {index} has no \"name\"");
        var where = $"entity '{name}'";
        if (entity.Type is not { } type || !EntityTypes.Contains(type))
            throw new InputException(path, $"{where}: \"type\" must be one of {string.Join(", ", EntityTypes)}");
        if (entity.Mentions is not { Count: > 0 } mentions)
            throw new InputException(path, $"{where} has no mentions");
        return new CorefEntity(name, type, mentions.Select((m, i) => ToMention(m, $"{where}, mention {i}", text, path)).ToArray());
    }

    private static CorefMention ToMention(CorefMentionJson mention, string where, string text, string path)
    {
        if (mention is not { Start: { } start, End: { } end, Text: { } covered, Kind: { } kindName })
            throw new InputException(path, $"{where}: \"start\", \"end\", \"text\" and \"kind\" are required");
        if (start < 0 || end <= start || end > text.Length)
            throw new InputException(path, $"{where}: span [{start},{end}) is empty or outside the text ({text.Length} characters)");
        if (!text.AsSpan(start, end - start).SequenceEqual(covered))
            throw new InputException(path, $"{where}: span [{start},{end}) covers \"{text[start..end]}\", not \"{covered}\"");
        var kind = kindName switch
        {
            "name" => MentionKind.Name,
            "nominal" => MentionKind.Nominal,
            "pronoun" => MentionKind.Pronoun,
            _ => throw new InputException(path, $"{where}: \"kind\" must be name, nominal or pronoun, not \"{kindName}\""),
        };
        return new CorefMention(start, end, covered, kind, mention.Metonymy);
    }
}
