namespace Sift.Entities.Places;

/// <summary>
/// A country, region or city of the gazetteer. Coordinates are a country's centroid (mledoze/countries),
/// a city's GeoNames point, or a region's seat (its PPLA city; else its most populous listed city; NaN
/// when cities15000 lists no city of the region).
/// </summary>
public sealed record Place(
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string CountryName,
    double Latitude,
    double Longitude,
    long? GeonameId,
    long? Population)
{
    /// <summary>The first-level region a city lies in ("Maryland" for Damascus, US), when GeoNames names it.</summary>
    public string? RegionName { get; init; }
}
