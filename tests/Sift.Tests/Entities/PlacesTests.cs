using Sift.Entities.Places;

namespace Sift.Tests.Entities;

public class PlacesTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(DataLocator.Require("gazetteer"));
    private static readonly PlaceResolver Resolver = new(Gazetteer);

    private static PlaceContext About(params string[] countryCodes)
    {
        var context = new PlaceContext();
        foreach (var code in countryCodes)
            context.Add(code);
        return context;
    }

    [Fact]
    public void Damascus_in_a_story_about_Syria_is_the_Syrian_capital()
    {
        var place = Resolver.Resolve("Damascus", About("SY", "SY", "IR"))!;
        Assert.Equal(("Damascus", PlaceKind.City, "SY", "Syria"), (place.Name, place.Kind, place.CountryCode, place.CountryName));
        Assert.Equal(33.5, place.Latitude, 0.1);
        Assert.Equal(36.3, place.Longitude, 0.1);
        Assert.Same(place, Resolver.CapitalOf("SY"));
        Assert.Same(place, Resolver.Resolve("Damascus")); // with no context, the national capital
    }

    [Fact]
    public void Damascus_in_a_story_about_the_United_States_is_the_Maryland_town()
    {
        var place = Resolver.Resolve("Damascus", About("US"))!;
        Assert.Equal(("US", "Maryland"), (place.CountryCode, place.RegionName));
        Assert.True(place.Population < 50_000);
    }

    [Fact]
    public void Tripoli_is_Libyas_capital_unless_the_story_is_about_Lebanon()
    {
        Assert.Equal("LB", Resolver.Resolve("Tripoli", About("LB", "SY"))!.CountryCode);
        var libyan = Resolver.Resolve("Tripoli")!;
        Assert.Equal("LY", libyan.CountryCode);
        Assert.True(Gazetteer.IsCapital(libyan));
    }

    [Fact]
    public void The_context_country_mentioned_most_wins()
    {
        var context = About("LB", "LY", "LY");
        Assert.Equal("LY", Resolver.Resolve("Tripoli", context)!.CountryCode);
        Assert.Equal("US", Resolver.Resolve("Paris", About("US"))!.CountryCode);
        Assert.Equal("FR", Resolver.Resolve("Paris", About("FR", "US"))!.CountryCode); // a tie: the capital
    }

    [Fact]
    public void The_Kazakh_capital_is_Astana()
    {
        var astana = Resolver.ResolveDescription("The Kazakh capital")!;
        Assert.Equal(("Astana", "KZ", PlaceKind.City), (astana.Name, astana.CountryCode, astana.Kind));
        Assert.Same(astana, Resolver.Resolve("Astana"));
        Assert.Same(astana, Resolver.Resolve("Nur-Sultan")); // its name 2019–2022, an alternate name in GeoNames
        Assert.Same(astana, Resolver.Resolve("the Kazakh capital")); // Resolve falls back to descriptions
    }

    [Theory]
    [InlineData("the Syrian capital", "Damascus", "SY")]
    [InlineData("the Iranian capital", "Tehran", "IR")]
    [InlineData("Iran's capital", "Tehran", "IR")]
    [InlineData("Iran’s capital city", "Tehran", "IR")]
    [InlineData("the capital of Lebanon", "Beirut", "LB")]
    [InlineData("the Russian capital", "Moscow", "RU")]
    public void Capital_descriptions_name_the_capital_of_their_country(string phrase, string capital, string countryCode)
    {
        var place = Resolver.ResolveDescription(phrase)!;
        Assert.Equal((capital, countryCode), (place.Name, place.CountryCode));
    }

    [Theory]
    [InlineData("the capital")]
    [InlineData("The capital")]
    [InlineData("the Kurdish capital")]
    [InlineData("the regional capital")]
    public void A_capital_of_no_known_country_is_nothing(string phrase)
    {
        Assert.Null(Resolver.ResolveDescription(phrase));
        Assert.Null(Resolver.Resolve(phrase));
    }

    [Fact]
    public void Tehran_is_Irans_capital()
    {
        var tehran = Resolver.Resolve("Tehran")!;
        Assert.Equal("IR", tehran.CountryCode);
        Assert.Same(tehran, Resolver.CapitalOf("IR"));
    }

    [Theory]
    [InlineData("Iranian", "IR")]
    [InlineData("Iranians", "IR")]
    [InlineData("Syrian", "SY")]
    [InlineData("Syrians", "SY")]
    [InlineData("Kazakh", "KZ")]
    [InlineData("Kazakhstani", "KZ")]
    [InlineData("Lebanese", "LB")]
    [InlineData("Americans", "US")]
    [InlineData("Israelis", "IL")]
    [InlineData("Britons", "GB")]
    [InlineData("Turks", "TR")]
    [InlineData("South Koreans", "KR")]
    [InlineData("Congolese", "CD")] // shared with the Republic of the Congo: the more populous
    public void Demonyms_give_their_country(string word, string countryCode)
    {
        Assert.Equal(countryCode, Resolver.CountryOfDemonym(word)?.CountryCode);
    }

    [Theory]
    [InlineData("Kurds")] // a people, not a country
    [InlineData("iranian")]
    [InlineData("Damascus")]
    public void Other_words_are_no_demonym(string word)
    {
        Assert.Null(Resolver.CountryOfDemonym(word));
    }

    [Fact]
    public void US_is_the_United_States_and_us_is_nothing()
    {
        var us = Resolver.Resolve("US")!;
        Assert.Equal(("United States", PlaceKind.Country), (us.Name, us.Kind));
        Assert.Same(us, Resolver.Resolve("U.S."));
        Assert.Same(us, Resolver.Resolve("the United States"));
        Assert.Same(us, Resolver.Resolve("USA"));
        Assert.Null(Resolver.Resolve("us"));
        Assert.Null(Resolver.Resolve("Us"));
        Assert.Null(Resolver.Resolve("UN")); // a two- or three-letter acronym is not Un, India
    }

    [Theory]
    [InlineData("Lebanon", "LB")]
    [InlineData("Russia", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Turkey", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Iran", "IR")]
    [InlineData("Syria", "SY")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("Britain", "GB")]
    [InlineData("the UK", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("DPRK", "KP")]
    [InlineData("Kazakhstan", "KZ")]
    [InlineData("SYRIA", "SY")]
    public void Country_names_and_aliases_give_the_country(string name, string countryCode)
    {
        var place = Resolver.Resolve(name)!;
        Assert.Equal((PlaceKind.Country, countryCode), (place.Kind, place.CountryCode));
        Assert.NotNull(place.GeonameId);
    }

    [Theory]
    [InlineData("Mexico")]
    [InlineData("Kuwait")]
    [InlineData("Singapore")]
    [InlineData("Djibouti")]
    public void A_name_of_a_country_and_a_city_is_the_country(string name)
    {
        Assert.Equal(PlaceKind.Country, Resolver.Resolve(name)!.Kind);
        Assert.Equal(PlaceKind.Country, Resolver.Resolve(name, About("US"))!.Kind);
    }

    [Fact]
    public void Georgia_is_the_state_only_in_a_story_that_mentions_the_US_and_never_Georgia()
    {
        Assert.Equal((PlaceKind.Country, "GE"), Kind(Resolver.Resolve("Georgia")));
        Assert.Equal((PlaceKind.Country, "GE"), Kind(Resolver.Resolve("Georgia", About("US", "GE"))));
        Assert.Equal((PlaceKind.Region, "US"), Kind(Resolver.Resolve("Georgia", About("US"))));
    }

    private static (PlaceKind, string) Kind(Place? place) => (place!.Kind, place.CountryCode);

    [Theory]
    [InlineData("Aleppo", "Aleppo")]
    [InlineData("Idlib", "Idlib")] // also a governorate: the city wins
    [InlineData("Homs", "Homs")]
    [InlineData("Deir ez-Zor", "Deir ez-Zor")]
    [InlineData("Deir Ezzor", "Deir ez-Zor")]
    [InlineData("Deir al-Zor", "Deir ez-Zor")]
    [InlineData("Deir Ez-Zor", "Deir ez-Zor")]
    [InlineData("Hama", "Ḩamāh")]
    [InlineData("Raqqa", "Ar Raqqah")]
    [InlineData("Daraa", "Dar‘ā")]
    [InlineData("Palmyra", "Tadmur")]
    [InlineData("Latakia", "Latakia")]
    public void Syrian_cities_in_news_spellings(string name, string gazetteerName)
    {
        var place = Resolver.Resolve(name)!;
        Assert.Equal((gazetteerName, PlaceKind.City, "SY"), (place.Name, place.Kind, place.CountryCode));
    }

    [Fact]
    public void Qalamoun_is_not_in_the_gazetteer_and_resolves_to_nothing()
    {
        Assert.Null(Resolver.Resolve("Qalamoun", About("SY", "LB")));
        Assert.Null(Resolver.Resolve("Qalamoun"));
    }

    [Theory]
    [InlineData("Moscow", "RU")] // not Moscow, Idaho
    [InlineData("Paris", "FR")] // not Paris, Texas
    [InlineData("Alexandria", "EG")] // the most populous: no capital among them
    [InlineData("Beirut", "LB")]
    [InlineData("Kiev", "UA")] // an alternate name of Kyiv, before the Kiev oblast
    [InlineData("New York", "US")]
    [InlineData("DAMASCUS", "SY")] // a headline's capitals
    public void Well_known_cities(string name, string countryCode)
    {
        var place = Resolver.Resolve(name)!;
        Assert.Equal((PlaceKind.City, countryCode), (place.Kind, place.CountryCode));
    }

    [Fact]
    public void A_region_without_a_city_of_its_name_is_the_region()
    {
        var maryland = Resolver.Resolve("Maryland")!;
        Assert.Equal((PlaceKind.Region, "US"), (maryland.Kind, maryland.CountryCode));
        Assert.Null(Resolver.Resolve("Eastern Province")); // a generic region name is not indexed
    }

    [Fact]
    public void Capitals_without_a_PPLC_row_come_from_the_country_data_as_coded()
    {
        Assert.Equal("Jerusalem", Resolver.CapitalOf("IL")!.Name);
        Assert.Equal("Ramallah", Resolver.CapitalOf("PS")!.Name);
        Assert.Null(Resolver.CapitalOf("AQ"));
        Assert.Null(Resolver.CapitalOf("ZZ"));
    }

    [Fact]
    public void Context_counts_country_names_and_demonyms_among_the_words()
    {
        var words = "Syria 's envoy met U.S. and Iranian officials in the United States ; the Syrian Arab Republic said".Split(' ');
        var context = PlaceContext.FromWords(words, Gazetteer);
        Assert.Equal(2, context.MentionsOf("SY"));
        Assert.Equal(2, context.MentionsOf("US"));
        Assert.Equal(1, context.MentionsOf("IR"));
        Assert.Equal(3, context.Mentions.Count);
    }

    [Fact]
    public void The_reference_article_is_about_Syria_and_its_Damascus_is_the_capital()
    {
        var words = TestData.ReferenceText.Split([' ', '\n', '\r', ',', '.', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var context = PlaceContext.FromWords(words, Gazetteer);
        foreach (var code in new[] { "IR", "KZ", "LB", "RU", "TR" })
            Assert.True(context.MentionsOf("SY") > context.MentionsOf(code), code);
        Assert.Same(Resolver.CapitalOf("SY"), Resolver.Resolve("Damascus", context));
    }

    [Fact]
    public void Without_the_gazetteer_folder_nothing_resolves()
    {
        using var folder = new TempFolder();
        var empty = Gazetteer.Load(folder.Path);
        Assert.True(empty.IsEmpty);
        var resolver = new PlaceResolver(empty);
        Assert.Null(resolver.Resolve("Damascus", About("SY")));
        Assert.Null(resolver.CountryOfDemonym("Syrian"));
        Assert.Null(resolver.CapitalOf("SY"));
        Assert.Null(resolver.ResolveDescription("the Syrian capital"));
        Assert.Null(new PlaceResolver(Gazetteer.Empty).Resolve("Syria"));
    }

    [Fact]
    public void The_gazetteer_holds_every_file()
    {
        Assert.Equal(250, Gazetteer.CountryCount);
        Assert.Equal(32_847, Gazetteer.CityCount);
        Assert.True(Gazetteer.RegionCount > 3_800);
    }
}
