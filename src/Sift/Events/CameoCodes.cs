using System.Globalization;
using Sift.Intake;

namespace Sift.Events;

/// <summary>
/// GDELT's CAMEO lookups (gdelt-lookups/CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt): each event code's
/// label and Goldstein value, and its QuadClass from its root (GDELT's grouping: 01–04 verbal cooperation,
/// 05–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict). Read-only after loading.
/// </summary>
public sealed class CameoCodes
{
    private readonly Dictionary<string, string> _labels;
    private readonly Dictionary<string, double> _goldstein;

    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _religions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ethnic = new(StringComparer.Ordinal);

    private CameoCodes(Dictionary<string, string> labels, Dictionary<string, double> goldstein)
    {
        _labels = labels;
        _goldstein = goldstein;
    }

    public static CameoCodes Empty { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>
    /// Splits an actor code into GDELT's actor fields, three letters at a time: "SYRGOV" → country SYR, type
    /// GOV; "IGOUNO" → type IGO, known group UNO; "IMGMUSISI" → type IMG, religion MUS, known group ISI.
    /// </summary>
    public ActorCodeParts Parts(string code)
    {
        string? country = null, group = null, ethnic = null;
        var religions = new List<string>(2);
        var types = new List<string>(3);
        for (var i = 0; i + 3 <= code.Length; i += 3)
        {
            var part = code.Substring(i, 3);
            if (i == 0 && _countries.Contains(part))
                country = part;
            else if (group is null && types.Count > 0 && _groups.Contains(part))
                group = part; // IGOUNO: UNO is the known group after the IGO type
            else if (_types.Contains(part) && types.Count < 3)
                types.Add(part);
            else if (_religions.Contains(part) && religions.Count < 2)
                religions.Add(part);
            else if (group is null && _groups.Contains(part))
                group = part;
            else if (ethnic is null && _ethnic.Contains(part.ToLowerInvariant()))
                ethnic = part.ToLowerInvariant();
        }
        return new ActorCodeParts(country, group, ethnic, religions, types);
    }

    public int Count => _labels.Count;

    public static CameoCodes Load(string folder)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var goldstein = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, value) in Rows(Path.Combine(folder, "CAMEO.eventcodes.txt")))
            labels.TryAdd(code, value.Replace("Ò", "“", StringComparison.Ordinal).Replace("Ó", "” ", StringComparison.Ordinal));
        foreach (var (code, value) in Rows(Path.Combine(folder, "CAMEO.goldsteinscale.txt")))
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var g))
                goldstein.TryAdd(code, g);
        }
        var codes = new CameoCodes(labels, goldstein);
        foreach (var (file, set) in new[] { ("CAMEO.country.txt", codes._countries), ("CAMEO.type.txt", codes._types), ("CAMEO.knowngroup.txt", codes._groups), ("CAMEO.religion.txt", codes._religions), ("CAMEO.ethnic.txt", codes._ethnic) })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
                continue;
            foreach (var (code, _) in Rows(path))
                set.Add(code);
        }
        return codes;
    }

    private static IEnumerable<(string Code, string Value)> Rows(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "the CAMEO lookup file does not exist");
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            if (first)
            {
                first = false;
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                continue;
            yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }

    /// <summary>The label of a code, or of its nearest listed parent ("0361" → "036"), or null.</summary>
    public string? Label(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (_labels.TryGetValue(c, out var label))
                return label;
        }
        return null;
    }

    public double? Goldstein(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
        {
            if (_goldstein.TryGetValue(c, out var g))
                return g;
        }
        return null;
    }

    public bool IsKnown(string code) => _labels.ContainsKey(code);

    /// <summary>The two-digit root ("0361" → "03"), or the code itself when it is not numeric.</summary>
    public static string Root(string code) => code.Length >= 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? code[..2] : code;

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 when the code has no numeric root.</summary>
    public static int QuadClass(string code)
    {
        var root = Root(code);
        if (root.Length != 2 || !int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
            return 0;
        return r switch
        {
            >= 1 and <= 4 => 1,
            >= 5 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => 0,
        };
    }
}

/// <summary>GDELT's actor fields of one CAMEO actor code.</summary>
public sealed record ActorCodeParts(string? Country, string? KnownGroup, string? Ethnic, IReadOnlyList<string> Religions, IReadOnlyList<string> Types);
