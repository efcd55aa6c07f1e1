using System.Globalization;

namespace Sift.Entities.Places;

/// <summary>
/// One row of GeoNames cities15000.txt (UTF-8, tab-separated, no header, 19 columns), read in place:
/// the text fields are slices of the file's bytes and become strings only where the loader keeps them.
/// </summary>
internal readonly ref struct GeoNamesCity
{
    public long GeonameId { get; init; }
    public ReadOnlySpan<byte> Name { get; init; }
    public ReadOnlySpan<byte> AsciiName { get; init; }
    /// <summary>Comma-separated: other languages and scripts, old names, codes.</summary>
    public ReadOnlySpan<byte> AlternateNames { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    /// <summary>PPLC national capital, PPLA seat of a first-level region, PPLA2… lower seats, PPL, PPLX section.</summary>
    public ReadOnlySpan<byte> FeatureCode { get; init; }
    public ReadOnlySpan<byte> CountryCode { get; init; }
    public ReadOnlySpan<byte> Admin1Code { get; init; }
    public long Population { get; init; }

    public bool IsNationalCapital => FeatureCode.SequenceEqual("PPLC"u8);
    public bool IsRegionSeat => FeatureCode.SequenceEqual("PPLA"u8);

    /// <summary>The row of a line, or false for a line that is not a complete row.</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out GeoNamesCity city)
    {
        var fields = new TabFields(line);
        var id = fields.Next();
        var name = fields.Next();
        var ascii = fields.Next();
        var alternates = fields.Next();
        var lat = fields.Next();
        var lon = fields.Next();
        fields.Skip(1); // feature class: P for every row
        var featureCode = fields.Next();
        var country = fields.Next();
        fields.Skip(1); // cc2
        var admin1 = fields.Next();
        fields.Skip(3); // admin2, admin3, admin4
        var population = fields.Next();
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var geonameId)
            || !double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || name.IsEmpty || country.IsEmpty)
        {
            city = default;
            return false;
        }
        city = new GeoNamesCity
        {
            GeonameId = geonameId,
            Name = name,
            AsciiName = ascii,
            AlternateNames = alternates,
            Latitude = latitude,
            Longitude = longitude,
            FeatureCode = featureCode,
            CountryCode = country,
            Admin1Code = admin1,
            Population = long.TryParse(population, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0,
        };
        return true;
    }
}
