using System.Text.Json.Serialization;

namespace Sift.Evaluation.Coref;

// The fixture files as written: every field nullable so that a missing one is reported by name, not as a default.
internal sealed record CorefFileJson(string? Source, string? Notes, List<CorefEntityJson>? Entities);

internal sealed record CorefEntityJson(string? Name, string? Type, List<CorefMentionJson>? Mentions);

internal sealed record CorefMentionJson(int? Start, int? End, string? Text, string? Kind, bool Metonymy = false);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CorefFileJson))]
internal sealed partial class CorefFixtureJsonContext : JsonSerializerContext;
