namespace Sift.Entities.Places;

public enum PlaceKind : byte
{
    Country,
    /// <summary>A first-level division of a country: state, province, governorate, oblast (GeoNames admin1).</summary>
    Region,
    /// <summary>A populated place from GeoNames cities15000 (national capitals included).</summary>
    City,
}
