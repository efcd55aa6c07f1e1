namespace Sift.Entities.Places;

/// <summary>
/// Countries, first-level regions and cities (population over 15,000, and every capital) from
/// shared/data/gazetteer: mledoze/countries (names, aliases, demonyms, centroids) and GeoNames
/// (cities15000, admin1 codes, country info), plus the hand-kept forms news uses that the data lacks
/// (the *.txt lists beside this file). Read-only after loading; safe to share between threads.
/// GeoNames data: CC BY 4.0, credit GeoNames (https://www.geonames.org/); mledoze/countries: ODbL 1.0.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> _countries;
    private readonly Dictionary<string, Place> _capitals;
    private readonly NameIndex<Place> _countryNames;
    private readonly NameIndex<Place> _demonyms;
    private readonly NameIndex<Place> _places;
    private readonly NameIndex<Place> _cityAlternates;

    internal Gazetteer(
        Dictionary<string, Place> countries,
        Dictionary<string, Place> capitals,
        NameIndex<Place> countryNames,
        NameIndex<Place> demonyms,
        NameIndex<Place> places,
        NameIndex<Place> cityAlternates,
        int regionCount,
        int cityCount)
    {
        _countries = countries;
        _capitals = capitals;
        _countryNames = countryNames;
        _demonyms = demonyms;
        _places = places;
        _cityAlternates = cityAlternates;
        RegionCount = regionCount;
        CityCount = cityCount;
    }

    /// <summary>Knows no place: every lookup answers null or nothing.</summary>
    public static Gazetteer Empty { get; } = new(
        new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), new(), new(), new(), new(), 0, 0);

    private static readonly Lazy<Gazetteer> Shared = new(() =>
        DataLocator.Find("gazetteer") is { } folder && Directory.Exists(folder) ? Load(folder) : Empty);

    /// <summary>The gazetteer of the shared data folder, or <see cref="Empty"/> when the folder is missing.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Reads the gazetteer files of <paramref name="folder"/>; a missing file leaves its part empty.</summary>
    public static Gazetteer Load(string folder) => GazetteerLoader.Load(folder);

    public bool IsEmpty => _countries.Count == 0 && CityCount == 0;
    public int CountryCount => _countries.Count;
    public int RegionCount { get; }
    public int CityCount { get; }

    /// <summary>The country of an ISO 3166-1 alpha-2 code ("SY"), or null.</summary>
    public Place? Country(string countryCode) => _countries.GetValueOrDefault(countryCode);

    /// <summary>
    /// The national capital: the country's GeoNames PPLC city, else the city its countries.json capital
    /// names (Jerusalem for IL, coded PPLA; Ramallah for PS, coded PPL — taken as the data codes them).
    /// </summary>
    public Place? CapitalOf(string countryCode) => _capitals.GetValueOrDefault(countryCode);

    public bool IsCapital(Place place) =>
        _capitals.TryGetValue(place.CountryCode, out var capital) && ReferenceEquals(capital, place);

    /// <summary>The country a name or alias stands for ("Syria", "Syrian Arab Republic", "UK", "Turkey"), or null.</summary>
    public Place? CountryNamed(string name)
    {
        var found = _countryNames.Find(name);
        return found.Length > 0 ? found[0] : null;
    }

    /// <summary>
    /// The country of a demonym or nationality noun ("Iranian", "Iranians", "Kazakh", "Britons"), or null.
    /// Where two share one ("Congolese", "Dominican"), the independent, then the more populous, country.
    /// </summary>
    public Place? CountryOfDemonym(string word)
    {
        var found = _demonyms.Find(word);
        return found.Length > 0 ? found[0] : null;
    }

    /// <summary>Cities and regions by their GeoNames names, ASCII names and the news spellings of place-spellings.txt.</summary>
    public IReadOnlyList<Place> PlacesNamed(string name) => _places.Find(name).ToArray();

    /// <summary>Cities of a million people or more, and capitals, by their other names ("Kiev", "Nur-Sultan", "Bombay").</summary>
    public IReadOnlyList<Place> CitiesByOtherName(string name) => _cityAlternates.Find(name).ToArray();

    internal ReadOnlySpan<Place> FindPlaces(string name) => _places.Find(name);
    internal ReadOnlySpan<Place> FindCitiesByOtherName(string name) => _cityAlternates.Find(name);
    internal ReadOnlySpan<Place> FindCountries(string name) => _countryNames.Find(name);
}
