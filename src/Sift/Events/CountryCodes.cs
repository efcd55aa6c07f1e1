using Sift.Intake;

namespace Sift.Events;

/// <summary>ISO 3166-1 alpha-2 → alpha-3 ("SY" → "SYR"), CAMEO's country codes, from GeoNames' countryInfo.txt.</summary>
public sealed class CountryCodes
{
    private readonly Dictionary<string, string> _alpha3 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _fips = new(StringComparer.OrdinalIgnoreCase);

    public static CountryCodes Empty { get; } = new();

    public int Count => _alpha3.Count;

    public static CountryCodes Load(string countryInfoPath)
    {
        if (!File.Exists(countryInfoPath))
            throw new InputException(countryInfoPath, "the country table does not exist");
        var codes = new CountryCodes();
        foreach (var line in File.ReadLines(countryInfoPath))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length > 1 && fields[0].Length == 2 && fields[1].Length == 3)
            {
                codes._alpha3.TryAdd(fields[0], fields[1]);
                if (fields.Length > 3 && fields[3].Length == 2)
                    codes._fips.TryAdd(fields[0], fields[3]);
            }
        }
        return codes;
    }

    public string? Alpha3(string? alpha2) => alpha2 is null ? null : _alpha3.GetValueOrDefault(alpha2);

    /// <summary>The FIPS 10-4 code GDELT's geography fields use ("SY" → "SY", "LB" → "LE"), or null.</summary>
    public string? Fips(string? alpha2) => alpha2 is null ? null : _fips.GetValueOrDefault(alpha2);
}
