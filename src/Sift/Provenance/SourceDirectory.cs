using System.Text.Json;
using nietras.SeparatedValues;
using Sift.Model;
using Sift.Text;

namespace Sift.Provenance;

/// <summary>
/// The news-source lists of shared/data/sources, indexed by domain, with a table from outlet names
/// ("Presstv", "Press TV", "Reuters") to domains built from the lists' own domains and names plus
/// a short hand-kept table of wire services (outlet-aliases.txt). Loaded once and shared.
/// </summary>
public sealed class SourceDirectory
{
    private readonly Dictionary<string, List<SourceListRecord>> _byDomain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _domainsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayNames = new(StringComparer.Ordinal);

    public static SourceDirectory Empty { get; } = new();

    /// <summary>Whether the source lists were found; without them only names and domains are resolved.</summary>
    public bool HasLists => _byDomain.Count > 0;

    private static readonly Lazy<SourceDirectory> Shared = new(() =>
        DataLocator.Find("sources") is { } folder && Directory.Exists(folder) ? Load(folder) : WithAliasesOnly());

    /// <summary>The directory loaded from the shared data folder, or aliases only when it is absent.</summary>
    public static SourceDirectory Default => Shared.Value;

    public static SourceDirectory WithAliasesOnly()
    {
        var directory = new SourceDirectory();
        directory.LoadAliases();
        return directory;
    }

    public static SourceDirectory Load(string folder)
    {
        var d = new SourceDirectory();
        d.LoadAliases();
        d.LoadOpenSources(Path.Combine(folder, "opensources", "sources.json"));
        d.LoadCsv(Path.Combine(folder, "fakenewscorpus", "websites.csv"), "FakeNewsCorpus (2018)", "url",
            [("type", "type"), ("2nd_type", "type 2"), ("3rd_type", "type 3"), ("active", "active")]);
        d.LoadCsv(Path.Combine(folder, "cred-1", "cred1_current.csv"), "CRED-1", "domain",
            [("category", "category"), ("credibility_score", "credibility score (0-1)"), ("iffy_factual", "MBFC factual (via Iffy)"), ("iffy_bias", "MBFC category (via Iffy)")]);
        d.LoadCsv(Path.Combine(folder, "idiap-mbfc-bias-factuality", "mbfc_raw.csv"), "MBFC (idiap scrape)", "source",
            [("country", "country"), ("bias", "bias"), ("factual_reporting", "factual reporting"), ("press_freedom", "press freedom"),
             ("media_type", "media type"), ("mbfc_credibility_rating", "credibility")]);
        d.LoadCsv(Path.Combine(folder, "idiap-mbfc-bias-factuality", "mbfc.csv"), "MBFC (idiap)", "source",
            [("bias", "bias"), ("factual_reporting", "factual reporting")], skipIfListed: "MBFC (idiap scrape)");
        d.LoadGoldenTruth(Path.Combine(folder, "idiap-news-media-reliability", "golden_truth_dataset.csv"));
        d.LoadPerennial(Path.Combine(folder, "idiap-news-media-reliability", "wikipedia_perennial_sources.json"));
        d.LoadNelaNames(Path.Combine(folder, "idiap-news-media-reliability", "labels_nela_gt_domain_2018.csv"));
        return d;
    }

    /// <summary>The domain of an outlet named in text ("Presstv" → presstv.com), or null.</summary>
    public string? ResolveName(string outletName)
    {
        if (outletName.Contains('.') && !outletName.Contains(' '))
            return NormalizeDomain(outletName);
        var key = NameKey(outletName);
        if (key.Length == 0)
            return null;
        if (_aliases.TryGetValue(key, out var alias))
            return alias;
        if (_domainsByName.TryGetValue(key, out var domains))
            return BestDomain(domains);
        return null;
    }

    /// <summary>The outlet's usual name for a domain ("Press TV" for presstv.com), when a table knows it.</summary>
    public string? DisplayName(string domain) => _displayNames.GetValueOrDefault(domain);

    /// <summary>What every list says about <paramref name="domain"/> and its sister domains (presstv.com, presstv.ir, …).</summary>
    public IReadOnlyList<SourceListRecord> RecordsFor(string domain)
    {
        var records = new List<SourceListRecord>();
        var siblings = _domainsByName.TryGetValue(NameKey(FirstLabel(domain)), out var set) ? set : [];
        if (_byDomain.TryGetValue(domain, out var own))
            records.AddRange(own);
        foreach (var sibling in siblings)
        {
            // A lookalike and the outlet it imitates are no sister domains: the real one's record is no fake's.
            if (sibling != domain && !IsLookalike(sibling) && !IsLookalike(domain) && _byDomain.TryGetValue(sibling, out var more))
                records.AddRange(more);
        }
        return records;
    }

    /// <summary>
    /// "washingtonpost.com.co" imitates "washingtonpost.com": Colombia's ".com.co" after a listed .com name is the
    /// fake-news sites' disguise (the lists hold six: abcnews, cbsnews, nbc, usatoday, washingtonpost, drudgereport).
    /// </summary>
    private bool IsLookalike(string domain) =>
        domain.EndsWith(".com.co", StringComparison.Ordinal) && _byDomain.ContainsKey(domain[..^3]);

    /// <summary>A host or URL as the lists key it: lower case, no scheme, no "www.", no port or path.</summary>
    public static string NormalizeDomain(string hostOrUrl)
    {
        var s = hostOrUrl.Trim().ToLowerInvariant();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            s = s[(scheme + 3)..];
        var cut = s.IndexOfAny(['/', ':', '?', '#']);
        if (cut >= 0)
            s = s[..cut];
        if (s.StartsWith("www.", StringComparison.Ordinal))
            s = s[4..];
        return s.TrimEnd('.');
    }

    /// <summary>Letters and digits only, lower case, without a leading "the": "Press TV" and "presstv" meet.</summary>
    public static string NameKey(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var n = 0;
        foreach (var c in name)
        {
            if (n == buffer.Length)
                break;
            if (char.IsLetterOrDigit(c))
                buffer[n++] = char.ToLowerInvariant(c);
        }
        var key = new string(buffer[..n]);
        return key.StartsWith("the", StringComparison.Ordinal) && key.Length > 6 && name.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            ? key[3..] : key;
    }

    private static string FirstLabel(string domain)
    {
        var dot = domain.IndexOf('.');
        return dot > 0 ? domain[..dot] : domain;
    }

    /// <summary>Among sister domains, the one most lists know; then .com; then the shortest.</summary>
    private string BestDomain(SortedSet<string> domains)
    {
        string? best = null;
        var bestScore = int.MinValue;
        foreach (var d in domains)
        {
            var score = (_byDomain.TryGetValue(d, out var r) ? r.Count : 0) * 100
                + (d.EndsWith(".com", StringComparison.Ordinal) ? 50 : 0) - d.Length - (IsLookalike(d) ? 100_000 : 0);
            if (score > bestScore)
            {
                best = d;
                bestScore = score;
            }
        }
        return best!;
    }

    private void AddRecord(string list, string rawDomain, List<KeyValuePair<string, string>> labels)
    {
        var domain = NormalizeDomain(rawDomain);
        if (domain.Length == 0 || labels.Count == 0)
            return;
        if (!_byDomain.TryGetValue(domain, out var records))
            _byDomain[domain] = records = [];
        if (records.Exists(r => r.List == list))
            return; // the lists repeat a few domains; the first row stands
        records.Add(new SourceListRecord(list, domain, labels));
        IndexName(FirstLabel(domain), domain);
    }

    private void IndexName(string name, string domain)
    {
        var key = NameKey(name);
        if (key.Length < 2)
            return;
        if (!_domainsByName.TryGetValue(key, out var set))
            _domainsByName[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(domain);
    }

    private void LoadAliases()
    {
        foreach (var row in EmbeddedLists.ReadRows("Provenance/outlet-aliases.txt"))
        {
            _aliases[NameKey(row[0])] = row[1];
            _displayNames.TryAdd(row[1], row[0]);
        }
    }

    private void LoadOpenSources(string path)
    {
        if (!File.Exists(path))
            return;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var site in doc.RootElement.EnumerateObject())
        {
            var labels = new List<KeyValuePair<string, string>>();
            var tags = new List<string>();
            foreach (var slot in new[] { "type", "2nd type", "3rd type" })
            {
                if (site.Value.TryGetProperty(slot, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } tag)
                    tags.Add(tag.Trim().ToLowerInvariant());
            }
            if (tags.Count > 0)
                labels.Add(new("tags", string.Join(", ", tags)));
            if (site.Value.TryGetProperty("Source Notes (things to know?)", out var note) && note.ValueKind == JsonValueKind.String
                && note.GetString() is { Length: > 0 } n)
                labels.Add(new("note", n.Trim()));
            AddRecord("OpenSources (2017)", site.Name, labels);
        }
    }

    private void LoadCsv(string path, string list, string domainColumn, (string Column, string Label)[] columns, string? skipIfListed = null)
    {
        if (!File.Exists(path))
            return;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var domain = row[domainColumn].ToString();
            if (skipIfListed is not null && _byDomain.TryGetValue(NormalizeDomain(domain), out var existing)
                && existing.Exists(r => r.List == skipIfListed))
                continue;
            var labels = new List<KeyValuePair<string, string>>();
            foreach (var (column, label) in columns)
            {
                var value = row[column].ToString().Trim();
                if (value.Length > 0)
                    labels.Add(new(label, value));
            }
            AddRecord(list, domain, labels);
        }
    }

    private void LoadGoldenTruth(string path)
    {
        if (!File.Exists(path))
            return;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var labelSource = row["label_source"].ToString();
            if (labelSource == "newsguard")
                continue; // NewsGuard's ratings are proprietary
            var reliability = row["reliability_label"].ToString() switch
            {
                "1" => "reliable",
                "0" => "mixed",
                "-1" => "unreliable",
                "-2" => "blacklisted",
                var other => other,
            };
            AddRecord("News-Media-Reliability (idiap)", row["domain"].ToString(),
                [new("reliability", reliability), new("label source", labelSource)]);
        }
    }

    private void LoadPerennial(string path)
    {
        if (!File.Exists(path))
            return;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var site in doc.RootElement.EnumerateObject())
        {
            var status = site.Value.GetInt32() switch
            {
                1 => "generally reliable",
                0 => "no consensus",
                -1 => "generally unreliable or deprecated",
                -2 => "blacklisted",
                var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            AddRecord("Wikipedia perennial sources (idiap)", site.Name, [new("status", status)]);
        }
    }

    /// <summary>NELA-GT-2018 gives outlet names beside domains; only the names are used (its NewsGuard columns are proprietary).</summary>
    private void LoadNelaNames(string path)
    {
        if (!File.Exists(path))
            return;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var domain = NormalizeDomain(row["domain"].ToString());
            var name = row["Source"].ToString();
            if (domain.Length > 0 && name.Length > 0)
            {
                IndexName(name, domain);
                _displayNames.TryAdd(domain, name);
            }
        }
    }
}
