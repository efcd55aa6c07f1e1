using Sift.Model;

namespace Sift.Provenance;

/// <summary>Adds the provenance layer: credit lines with their outlets resolved, the dateline, and the site's record.</summary>
public sealed class ProvenanceAnalyzer(SourceDirectory directory)
{
    public ProvenanceLayer Analyze(Article article, TextLayer layer)
    {
        var text = article.Text;
        var (found, dateline) = CreditLineFinder.Find(text, layer);
        var credits = new List<CreditLine>(found.Count);
        foreach (var (line, kind, outlet) in found)
        {
            var name = text[outlet.Start..outlet.End];
            var domain = UrlIn(name) is { } url ? SourceDirectory.NormalizeDomain(url) : directory.ResolveName(name);
            credits.Add(new CreditLine(line, kind, outlet, name, domain is null ? null : directory.DisplayName(domain), domain,
                domain is null ? [] : directory.RecordsFor(domain)));
        }
        // A story credited at its foot is the credited outlet's; a wire tag at its head is the agency's.
        credits.Sort((a, b) => Rank(a.Kind).CompareTo(Rank(b.Kind)) is var c and not 0 ? c : a.Span.Start.CompareTo(b.Span.Start));

        var siteDomain = article.Metadata.Url is { } u ? SourceDirectory.NormalizeDomain(u)
            : article.Metadata.Site is { } s && s.Contains('.') ? SourceDirectory.NormalizeDomain(s) : null;
        var siteRecords = siteDomain is null ? [] : directory.RecordsFor(siteDomain);
        return new ProvenanceLayer(credits, dateline, siteDomain, siteRecords);
    }

    private static int Rank(CreditKind kind) => kind switch
    {
        CreditKind.CulledFrom or CreditKind.OriginallyAppeared => 0,
        CreditKind.Source or CreditKind.WireTag => 1,
        CreditKind.QuotedWire => 3,
        _ => 2,
    };

    private static string? UrlIn(string s)
    {
        var i = s.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
            i = s.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
            return null;
        var end = s.IndexOfAny([' ', ')', ']'], i);
        return end < 0 ? s[i..] : s[i..end];
    }
}
