namespace Sift.Model;

public enum CreditKind : byte
{
    /// <summary>"Culled from Presstv", "Republished from …", "Adapted from …".</summary>
    CulledFrom,
    /// <summary>"Source: Reuters".</summary>
    Source,
    /// <summary>"(AP) —" or "DAMASCUS (Reuters) -" at the head of the story.</summary>
    WireTag,
    /// <summary>"This article originally appeared on …", "Originally published by …".</summary>
    OriginallyAppeared,
    /// <summary>"via …".</summary>
    Via,
    /// <summary>"Courtesy of …".</summary>
    Courtesy,
    /// <summary>"BOSTON (Reuters) -" opening a later line: the story quotes wire copy; it does not credit its whole self to the agency.</summary>
    QuotedWire,
}

/// <summary>What one source list says about a domain.</summary>
public sealed record SourceListRecord(string List, string Domain, IReadOnlyList<KeyValuePair<string, string>> Labels);

/// <summary>A line or tag of the text that credits another outlet with the story.</summary>
public sealed record CreditLine(
    Span Span,
    CreditKind Kind,
    Span Outlet,
    string OutletName,
    string? CanonicalName,
    string? Domain,
    IReadOnlyList<SourceListRecord> Records);

/// <summary>"DAMASCUS (Reuters) -": the place the story was filed from, and the agency if named.</summary>
public sealed record Dateline(Span Span, Span Place, string? Agency);

public sealed class ProvenanceLayer(
    IReadOnlyList<CreditLine> credits, Dateline? dateline, string? siteDomain, IReadOnlyList<SourceListRecord> siteRecords)
{
    public IReadOnlyList<CreditLine> Credits { get; } = credits;
    public Dateline? Dateline { get; } = dateline;

    /// <summary>The domain the article was read from (its URL's host, else its site), when known.</summary>
    public string? SiteDomain { get; } = siteDomain;

    /// <summary>What the source lists say about the site the article was read from.</summary>
    public IReadOnlyList<SourceListRecord> SiteRecords { get; } = siteRecords;

    /// <summary>The outlet the story is credited to, when a credit line names one: the page republished it.</summary>
    public CreditLine? OriginalSource => Credits.Count > 0 && Credits[0].Kind != CreditKind.QuotedWire ? Credits[0] : null;

    public bool IsRepublished => OriginalSource is not null;

    /// <summary>Wire copy the story pastes in with its tag ("BOSTON (Reuters) - …" in the middle of a post).</summary>
    public IEnumerable<CreditLine> QuotedWire => Credits.Where(c => c.Kind == CreditKind.QuotedWire);
}
