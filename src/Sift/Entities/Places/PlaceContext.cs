namespace Sift.Entities.Places;

/// <summary>
/// The countries an article is about, with how often each is mentioned (by name or demonym): the
/// evidence <see cref="PlaceResolver"/> uses to choose among places that share a name.
/// </summary>
public sealed class PlaceContext
{
    /// <summary>The longest country name looked for, in words ("Democratic Republic of the Congo").</summary>
    private const int LongestName = 5;

    private readonly Dictionary<string, int> _mentions = new(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => _mentions.Count == 0;

    /// <summary>Mentions by ISO 3166-1 alpha-2 code.</summary>
    public IReadOnlyDictionary<string, int> Mentions => _mentions;

    public void Add(string countryCode, int mentions = 1)
    {
        _mentions[countryCode] = _mentions.GetValueOrDefault(countryCode) + mentions;
    }

    public int MentionsOf(string countryCode) => _mentions.GetValueOrDefault(countryCode);

    /// <summary>
    /// Counts the country names ("Syria", "United States", "U.S.") and demonyms ("Syrian", "Iranians")
    /// among <paramref name="words"/>, the article's tokens in order. The longest name starting at a word
    /// wins, so "Syrian Arab Republic" is one mention; a possessive "'s" is ignored.
    /// </summary>
    public static PlaceContext FromWords(IReadOnlyList<string> words, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var context = new PlaceContext();
        var i = 0;
        while (i < words.Count)
        {
            var taken = 1;
            // Every country name and demonym starts with a capital: most words are passed over at once.
            var mayStartName = words[i].Length > 0 && char.IsUpper(words[i][0]);
            for (var length = mayStartName ? Math.Min(LongestName, words.Count - i) : 0; length >= 1; length--)
            {
                var phrase = length == 1 ? words[i] : Join(words, i, length);
                var country = CountryIn(WithoutPossessive(phrase), gazetteer);
                if (country is not null)
                {
                    context.Add(country.CountryCode);
                    taken = length;
                    break;
                }
            }
            i += taken;
        }
        return context;
    }

    private static Place? CountryIn(string phrase, Gazetteer gazetteer) =>
        gazetteer.CountryNamed(phrase) ?? gazetteer.CountryOfDemonym(phrase);

    private static string Join(IReadOnlyList<string> words, int start, int count)
    {
        var parts = new string[count];
        for (var k = 0; k < count; k++)
            parts[k] = words[start + k];
        return string.Join(' ', parts);
    }

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
}
