namespace Sift.Entities.Places;

/// <summary>
/// Resolves a place name from news text to one place of the gazetteer. The rule, in order:
/// <list type="number">
/// <item>Names are proper nouns: a name without a capital letter resolves to nothing ("us", "nice");
/// short all-capital aliases match only in capitals ("US", "UK", "UAE", "DPRK"), and an all-capital word
/// of two or three letters matches nothing but such an alias ("UN" is not Un, India). Otherwise case,
/// dots, commas, hyphens, apostrophe shapes and a leading "the" do not matter ("DAMASCUS", "U.S.",
/// "Deir Ez-Zor", "the United States").</item>
/// <item>A country name or alias is the country, also when a city or region has the same name ("Mexico",
/// "Kuwait", "Singapore", "Djibouti", "Georgia"), unless the context mentions the country of such a city
/// or region and never this country: "Georgia" in a story that mentions only the US is the state.</item>
/// <item>Otherwise the candidates are the cities and regions of that name (GeoNames names and ASCII names,
/// and the news spellings of place-spellings.txt); when no city has the name, also the capitals and cities
/// of a million or more that have it as another name ("Kiev", "Nur-Sultan"). Among the candidates, in turn:
/// (a) those in the country the context mentions most, when it mentions the country of any;
/// (b) cities before regions, unless every city is small (under 50,000 people and not a national
/// capital), in which case the region: "Idlib" is the city, not the governorate;
/// (c) a national capital, when one is left: "Tripoli" is Libya's unless the story is about Lebanon;
/// (d) the most populous; a tie (regions have no population) goes to the more populous country, then
/// the lower geonameid.</item>
/// <item>Failing a name, a description of a capital: "the Syrian capital", "Iran's capital".</item>
/// </list>
/// "Damascus" is therefore the Syrian capital in a story about Syria, and with no context too (a capital);
/// in a story that mentions only the United States it is Damascus, Maryland.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    /// <summary>Below this, a city gives way to a region of the same name (unless it is a national capital).</summary>
    private const long SmallCityPopulation = 50_000;

    private static readonly Lazy<PlaceResolver> Shared = new(() => new PlaceResolver(Gazetteer.Default));

    /// <summary>The resolver over <see cref="Gazetteer.Default"/>.</summary>
    public static PlaceResolver Default => Shared.Value;

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>The place a name stands for, by the rule above; null when the gazetteer knows none.</summary>
    public Place? Resolve(string name, PlaceContext? context = null)
    {
        if (string.IsNullOrWhiteSpace(name) || !PlaceNames.HasCapital(name))
            return null;
        return ResolveName(name, context)
            ?? (PlaceNames.WithoutArticle(name) is { } rest ? ResolveName(rest, context) : null)
            ?? ResolveDescription(name);
    }

    /// <summary>The country of a demonym or nationality noun ("Iranian", "Syrians", "Kazakh"), or null.</summary>
    public Place? CountryOfDemonym(string word) => Gazetteer.CountryOfDemonym(word);

    /// <summary>The national capital of a country by its ISO 3166-1 alpha-2 code, or null.</summary>
    public Place? CapitalOf(string countryCode) => Gazetteer.CapitalOf(countryCode);

    /// <summary>
    /// The capital a description names: "the Kazakh capital", "the Syrian capital city", "Iran's capital",
    /// "the capital of Syria" (a demonym or country name with "capital"). "The capital" alone is null.
    /// </summary>
    public Place? ResolveDescription(string phrase)
    {
        var key = PlaceNames.Key(phrase);
        key = PlaceNames.WithoutArticle(key) ?? key;
        if (key.EndsWith(" city", StringComparison.OrdinalIgnoreCase))
            key = key[..^5];
        string? countryWords = null;
        if (key.EndsWith(" capital", StringComparison.OrdinalIgnoreCase))
            countryWords = key[..^8];
        else if (key.StartsWith("capital of ", StringComparison.OrdinalIgnoreCase))
            countryWords = key[11..];
        if (string.IsNullOrEmpty(countryWords))
            return null;
        countryWords = PlaceNames.WithoutArticle(countryWords) ?? countryWords;
        if (countryWords.EndsWith("'s", StringComparison.Ordinal))
            countryWords = countryWords[..^2];
        else if (countryWords.EndsWith('\''))
            countryWords = countryWords[..^1]; // "the Philippines' capital"
        var country = Gazetteer.CountryOfDemonym(countryWords) ?? Gazetteer.CountryNamed(countryWords);
        return country is null ? null : Gazetteer.CapitalOf(country.CountryCode);
    }

    private Place? ResolveName(string name, PlaceContext? context)
    {
        var countries = Gazetteer.FindCountries(name);
        var places = Gazetteer.FindPlaces(name);
        if (countries.Length > 0)
        {
            var country = countries[0];
            return context is null || context.MentionsOf(country.CountryCode) > 0 || !MentionsAny(context, places)
                ? country
                : Choose(places, context);
        }
        ReadOnlySpan<Place> candidates = places;
        if (!HasCity(places))
        {
            var byOtherName = Gazetteer.FindCitiesByOtherName(name);
            if (byOtherName.Length > 0)
            {
                var both = new Place[places.Length + byOtherName.Length];
                places.CopyTo(both);
                byOtherName.CopyTo(both.AsSpan(places.Length));
                candidates = both;
            }
        }
        return candidates.Length > 0 ? Choose(candidates, context) : null;
    }

    private static bool HasCity(ReadOnlySpan<Place> places)
    {
        foreach (var place in places)
        {
            if (place.Kind == PlaceKind.City)
                return true;
        }
        return false;
    }

    private Place Choose(ReadOnlySpan<Place> candidates, PlaceContext? context)
    {
        if (candidates.Length == 1)
            return candidates[0];
        var pool = new List<Place>(candidates.Length);
        pool.AddRange(candidates);
        if (context is not null)
        {
            var most = 0;
            foreach (var place in pool)
                most = Math.Max(most, context.MentionsOf(place.CountryCode));
            if (most > 0)
                pool.RemoveAll(p => context.MentionsOf(p.CountryCode) != most);
        }
        if (pool.Exists(p => p.Kind == PlaceKind.City && !IsSmall(p)))
            pool.RemoveAll(p => p.Kind == PlaceKind.Region);
        else if (pool.Exists(p => p.Kind == PlaceKind.Region))
            pool.RemoveAll(p => p.Kind == PlaceKind.City);
        if (pool.Exists(Gazetteer.IsCapital))
            pool.RemoveAll(p => !Gazetteer.IsCapital(p));
        return MostPopulous(pool);
    }

    private bool IsSmall(Place city) => (city.Population ?? 0) < SmallCityPopulation && !Gazetteer.IsCapital(city);

    private Place MostPopulous(List<Place> pool)
    {
        var best = pool[0];
        for (var i = 1; i < pool.Count; i++)
        {
            if (Compare(pool[i], best) < 0)
                best = pool[i];
        }
        return best;
    }

    /// <summary>Negative when <paramref name="a"/> ranks first: more people, then a more populous country, then the lower geonameid.</summary>
    private int Compare(Place a, Place b)
    {
        var byPopulation = (b.Population ?? 0).CompareTo(a.Population ?? 0);
        if (byPopulation != 0)
            return byPopulation;
        var byCountry = (Gazetteer.Country(b.CountryCode)?.Population ?? 0).CompareTo(Gazetteer.Country(a.CountryCode)?.Population ?? 0);
        return byCountry != 0 ? byCountry : (a.GeonameId ?? long.MaxValue).CompareTo(b.GeonameId ?? long.MaxValue);
    }

    private static bool MentionsAny(PlaceContext context, ReadOnlySpan<Place> places)
    {
        foreach (var place in places)
        {
            if (context.MentionsOf(place.CountryCode) > 0)
                return true;
        }
        return false;
    }
}
