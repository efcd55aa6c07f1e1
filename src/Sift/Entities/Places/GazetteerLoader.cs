using System.Globalization;
using System.Text;
using System.Text.Json;
using Sift.Text;

namespace Sift.Entities.Places;

/// <summary>Reads the gazetteer files and the hand-kept lists into a <see cref="Gazetteer"/>.</summary>
internal sealed class GazetteerLoader
{
    /// <summary>Other names of cities this big (and of capitals) are indexed too ("Kiev", "Nur-Sultan").</summary>
    private const long AlternateNamesFromPopulation = 1_000_000;

    private readonly Dictionary<string, CountryInfo> _info = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _capitalNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegionDraft> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _capitals = new(StringComparer.OrdinalIgnoreCase);
    private readonly NameIndex<Place> _countryNames = new();
    private readonly NameIndex<Place> _demonyms = new();
    private readonly NameIndex<Place> _places = new();
    private readonly NameIndex<Place> _cityAlternates = new();
    private readonly RegionNameRules _regionNames = RegionNameRules.Load();
    private int _cityCount;

    public static Gazetteer Load(string folder)
    {
        var loader = new GazetteerLoader();
        loader.ReadCountryInfo(Path.Combine(folder, "countryInfo.txt"));
        loader.ReadCountries(Path.Combine(folder, "countries.json"));
        loader.ReadRegions(Path.Combine(folder, "admin1CodesASCII.tsv"));
        loader.ReadCities(Path.Combine(folder, "cities15000.txt"));
        loader.IndexRegions();
        loader.AddCapitalsByName();
        loader.AddNewsSpellings();
        return new Gazetteer(loader._countries, loader._capitals, loader._countryNames, loader._demonyms,
            loader._places, loader._cityAlternates, loader._regions.Count, loader._cityCount);
    }

    private sealed record CountryInfo(string Code, string Name, long? GeonameId, long? Population);

    private sealed record CountryEntry(Place Place, bool Independent, List<string> Names, List<string> Demonyms);

    /// <summary>GeoNames countryInfo.txt: geonameid and population per country ("#" lines are comments).</summary>
    private void ReadCountryInfo(string path)
    {
        if (!File.Exists(path))
            return;
        foreach (var line in new Utf8Lines(File.ReadAllBytes(path)))
        {
            if (line[0] == '#')
                continue;
            var fields = new TabFields(line);
            var code = Text(fields.Next());
            fields.Skip(3); // ISO3, ISO-numeric, FIPS
            var name = Text(fields.Next());
            fields.Skip(2); // capital, area
            var population = ParseLong(fields.Next());
            fields.Skip(8); // continent … languages
            var geonameId = ParseLong(fields.Next());
            if (code.Length == 2)
                _info[code] = new CountryInfo(code, name, geonameId, population);
        }
    }

    private void ReadCountries(string path)
    {
        if (!File.Exists(path))
            return;
        var entries = new List<CountryEntry>();
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(path)))
        {
            foreach (var country in doc.RootElement.EnumerateArray())
                entries.Add(ReadCountry(country));
        }
        // The first country indexed under a name is the one it stands for: independent states, then
        // the more populous ("Congolese" is DR Congo's before the Republic of the Congo's).
        entries.Sort((a, b) => a.Independent != b.Independent ? (a.Independent ? -1 : 1)
            : (b.Place.Population ?? 0).CompareTo(a.Place.Population ?? 0));
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedLists.ReadRows("Entities/Places/not-country-names.txt"))
            dropped.Add(row[0]);
        foreach (var entry in entries)
        {
            _countries[entry.Place.CountryCode] = entry.Place;
            foreach (var name in entry.Names)
            {
                if (!dropped.Contains(name))
                    _countryNames.Add(name, entry.Place);
            }
            foreach (var demonym in entry.Demonyms)
            {
                _demonyms.Add(demonym, entry.Place);
                if (RegularPlural(demonym) is { } plural)
                    _demonyms.Add(plural, entry.Place);
            }
        }
        foreach (var row in EmbeddedLists.ReadRows("Entities/Places/country-names.txt"))
        {
            if (_countries.TryGetValue(row[1], out var country))
                _countryNames.Add(row[0], country);
        }
        foreach (var row in EmbeddedLists.ReadRows("Entities/Places/demonyms.txt"))
        {
            if (_countries.TryGetValue(row[1], out var country))
                _demonyms.Add(row[0], country);
        }
    }

    private CountryEntry ReadCountry(JsonElement country)
    {
        var code = country.GetProperty("cca2").GetString()!;
        var names = new List<string>();
        var common = country.GetProperty("name").GetProperty("common").GetString()!;
        names.Add(common);
        names.Add(country.GetProperty("name").GetProperty("official").GetString()!);
        foreach (var alias in country.GetProperty("altSpellings").EnumerateArray())
        {
            // The alpha-2 code is listed among the aliases; as a word it is mostly not the country ("IN", "IT", "TO").
            if (alias.GetString() is { Length: >= 2 } a && a != code)
                names.Add(a);
        }
        var demonyms = new List<string>();
        if (country.TryGetProperty("demonyms", out var d) && d.TryGetProperty("eng", out var eng))
        {
            foreach (var form in eng.EnumerateObject())
            {
                if (form.Value.GetString() is { Length: > 0 } demonym && !demonyms.Contains(demonym))
                    demonyms.Add(demonym);
            }
        }
        if (country.GetProperty("capital") is { ValueKind: JsonValueKind.Array } capitals && capitals.GetArrayLength() > 0
            && capitals[0].GetString() is { Length: > 0 } capital)
            _capitalNames[code] = capital;
        var latlng = country.GetProperty("latlng");
        var (lat, lon) = latlng.GetArrayLength() == 2 ? (latlng[0].GetDouble(), latlng[1].GetDouble()) : (double.NaN, double.NaN);
        var info = _info.GetValueOrDefault(code);
        var independent = country.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;
        var place = new Place(common, PlaceKind.Country, code, common, lat, lon, info?.GeonameId, info?.Population);
        return new CountryEntry(place, independent, names, demonyms);
    }

    /// <summary>"Iranian" → "Iranians", "Israeli" → "Israelis", "New Zealander" → "New Zealanders"; the rest are listed.</summary>
    private static string? RegularPlural(string demonym) =>
        demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith('i') || demonym.EndsWith("er", StringComparison.Ordinal)
            ? demonym + "s" : null;

    /// <summary>GeoNames admin1 codes: "CC.code", name, ASCII name, geonameid (a "#" header line).</summary>
    private void ReadRegions(string path)
    {
        if (!File.Exists(path))
            return;
        foreach (var line in new Utf8Lines(File.ReadAllBytes(path)))
        {
            if (line[0] == '#')
                continue;
            var fields = new TabFields(line);
            var code = Text(fields.Next());
            var nameField = fields.Next();
            var asciiField = fields.Next();
            var geonameId = ParseLong(fields.Next());
            if (code.IndexOf('.') != 2 || nameField.IsEmpty)
                continue;
            var name = Text(nameField);
            var ascii = asciiField.SequenceEqual(nameField) ? name : Text(asciiField);
            _regions[code] = new RegionDraft(code[..2], name, ascii, geonameId);
        }
    }

    private void ReadCities(string path)
    {
        if (!File.Exists(path))
            return;
        // Country codes and names by the code's two bytes: one string of each per country, not per city.
        var countries = new Dictionary<int, (string Code, string Name)>();
        var regions = _regions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> regionKey = stackalloc char[64];
        foreach (var line in new Utf8Lines(File.ReadAllBytes(path)))
        {
            if (!GeoNamesCity.TryParse(line, out var row) || row.CountryCode.Length != 2)
                continue;
            var codeKey = row.CountryCode[0] << 8 | row.CountryCode[1];
            if (!countries.TryGetValue(codeKey, out var country))
            {
                var code = Text(row.CountryCode);
                countries[codeKey] = country = (code, CountryNameOf(code));
            }
            RegionDraft? region = null;
            if (row.Admin1Code.Length > 0 && row.Admin1Code.Length < regionKey.Length - 3)
            {
                country.Code.CopyTo(regionKey);
                regionKey[2] = '.';
                // Admin1 codes are ASCII: each byte is its char.
                for (var i = 0; i < row.Admin1Code.Length; i++)
                    regionKey[3 + i] = (char)row.Admin1Code[i];
                regions.TryGetValue(regionKey[..(3 + row.Admin1Code.Length)], out region);
            }
            var name = Text(row.Name);
            var place = new Place(name, PlaceKind.City, country.Code, country.Name, row.Latitude, row.Longitude, row.GeonameId,
                row.Population > 0 ? row.Population : null) { RegionName = region?.Name };
            _cityCount++;
            _places.Add(name, place);
            if (!row.AsciiName.IsEmpty && !row.AsciiName.SequenceEqual(row.Name))
                _places.Add(Text(row.AsciiName), place);
            if (row.IsNationalCapital)
                _capitals.TryAdd(country.Code, place);
            region?.Offer(place, row.IsRegionSeat);
            if (row.IsNationalCapital || row.Population >= AlternateNamesFromPopulation)
                IndexAlternateNames(Text(row.AlternateNames), place);
        }
    }

    /// <summary>
    /// Only Latin-script names with a lower-case letter: the other scripts never meet English text,
    /// and all-capital entries are airport and other codes ("ALV", "NYC", "LA").
    /// </summary>
    private void IndexAlternateNames(string names, Place place)
    {
        var all = names.AsSpan();
        foreach (var range in all.Split(','))
        {
            var name = all[range].Trim();
            if (name.Length >= 3 && IsLatinName(name))
                _cityAlternates.Add(name.ToString(), place);
        }
    }

    private static bool IsLatinName(ReadOnlySpan<char> name)
    {
        var hasLower = false;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!(c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF')))
                    return false;
                hasLower |= char.IsLower(c);
            }
            else if (c is not (' ' or '-' or '\'' or '\u2019' or '.'))
                return false;
        }
        return hasLower;
    }

    private void IndexRegions()
    {
        foreach (var region in _regions.Values)
        {
            var place = region.ToPlace(CountryNameOf(region.CountryCode));
            foreach (var name in new[] { region.Name, region.AsciiName })
            {
                if (_regionNames.IsGeneric(name))
                    continue;
                _places.Add(name, place);
                if (_regionNames.WithoutKindWord(name) is { } shortName)
                    _places.Add(shortName, place);
            }
        }
    }

    /// <summary>Countries without a PPLC row (IL, PS, …) get the city their countries.json capital names.</summary>
    private void AddCapitalsByName()
    {
        foreach (var (code, capitalName) in _capitalNames)
        {
            if (!_capitals.ContainsKey(code) && MostPopulousCity(capitalName, code) is { } city)
                _capitals[code] = city;
        }
    }

    /// <summary>place-spellings.txt: spellings news uses for places GeoNames spells otherwise ("Raqqa" for Ar Raqqah).</summary>
    private void AddNewsSpellings()
    {
        foreach (var row in EmbeddedLists.ReadRows("Entities/Places/place-spellings.txt"))
        {
            if (MostPopulousCity(row[2], row[1]) is { } city)
                _places.Add(row[0], city);
        }
    }

    private Place? MostPopulousCity(string name, string countryCode)
    {
        Place? best = null;
        foreach (var place in _places.Find(name))
        {
            if (place.Kind == PlaceKind.City && place.CountryCode == countryCode
                && (best is null || (place.Population ?? 0) > (best.Population ?? 0)))
                best = place;
        }
        return best;
    }

    private string CountryNameOf(string code) =>
        _countries.TryGetValue(code, out var country) ? country.Name
        : _info.TryGetValue(code, out var info) ? info.Name
        : code;

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static long? ParseLong(ReadOnlySpan<byte> field) =>
        long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A first-level region while the cities are read: it takes its coordinates from its seat.</summary>
    private sealed class RegionDraft(string countryCode, string name, string asciiName, long? geonameId)
    {
        private Place? _seat;
        private bool _seatIsPpla;

        public string CountryCode { get; } = countryCode;
        public string Name { get; } = name;
        public string AsciiName { get; } = asciiName;

        /// <summary>The region's PPLA city is its seat; failing one, its most populous listed city stands in.</summary>
        public void Offer(Place city, bool isRegionSeat)
        {
            if (_seatIsPpla)
                return;
            if (isRegionSeat || _seat is null || (city.Population ?? 0) > (_seat.Population ?? 0))
            {
                _seat = city;
                _seatIsPpla = isRegionSeat;
            }
        }

        public Place ToPlace(string countryName) => new(Name, PlaceKind.Region, CountryCode, countryName,
            _seat?.Latitude ?? double.NaN, _seat?.Longitude ?? double.NaN, geonameId, null);
    }
}
