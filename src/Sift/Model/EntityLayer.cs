namespace Sift.Model;

public enum MentionKind : byte
{
    /// <summary>A name: "Bashar al-Assad", "Assad", "UN".</summary>
    Name,
    /// <summary>A description bound to a named entity: "The Syrian president", "the Kazakh capital".</summary>
    Nominal,
    /// <summary>He, his, they, its, …</summary>
    Pronoun,
}

/// <summary>
/// One mention of an entity. <see cref="Type"/> is PER, ORG, LOC or MISC; <see cref="Metonymy"/> marks a
/// place standing for its government ("Tehran said").
/// </summary>
public sealed record Mention(Span Span, int Sentence, MentionKind Kind, string Type, int Entity, bool Metonymy = false);

/// <summary>A place on the map, from the gazetteer: kind is country, region or city; no coordinates for a region the gazetteer lists no city of.</summary>
public sealed record GeoPlace(string Name, string Kind, string CountryCode, string Country, double? Latitude, double? Longitude, long? GeonameId);

/// <summary>
/// Everything the article says about one entity: its canonical name (the longest name it is given),
/// type, the titles and roles the text gives it, the country it is affiliated with where the text says,
/// the place it is when it is one, and its mentions (indices into <see cref="EntityLayer.Mentions"/>).
/// </summary>
public sealed record Entity(int Id, string Name, string Type, IReadOnlyList<string> Titles, string? Country, GeoPlace? Place, IReadOnlyList<int> Mentions);

/// <summary>The article's entities, most mentioned first, and all their mentions in text order.</summary>
public sealed class EntityLayer(IReadOnlyList<Entity> entities, IReadOnlyList<Mention> mentions)
{
    public IReadOnlyList<Entity> Entities { get; } = entities;
    public IReadOnlyList<Mention> Mentions { get; } = mentions;

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    public Entity? Find(int id)
    {
        foreach (var entity in Entities)
        {
            if (entity.Id == id)
                return entity;
        }
        return null;
    }
}
