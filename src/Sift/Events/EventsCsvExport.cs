using System.Globalization;
using System.Text;
using Sift.Model;

namespace Sift.Events;

/// <summary>The events layer as plain CSV (RFC 4180 quoting), one row an event, with a header line written once.</summary>
public sealed class EventsCsvExport
{
    public static readonly string[] Header =
    [
        "article", "sentence", "date", "date_basis", "source_code", "source_name", "source_entity", "event_code", "event_label",
        "root_code", "quad_class", "goldstein", "target_code", "target_name", "target_entity", "place", "place_basis", "place_country",
        "latitude", "longitude", "is_root_event", "information_source", "evidence_start", "evidence_end", "evidence",
    ];

    private bool _headerWritten;

    public void Write(TextWriter writer, Analysis analysis)
    {
        if (!_headerWritten)
        {
            writer.WriteLine(string.Join(',', Header));
            _headerWritten = true;
        }
        if (analysis.Events is not { } layer)
            return;
        var text = analysis.Article.Text;
        foreach (var e in layer.Events)
        {
            var place = e.Place?.Place;
            string[] row =
            [
                analysis.Article.Source, I(e.Sentence), e.Date ?? "", e.DateBasis, e.Source.Code, e.Source.Name, e.Source.Entity is { } se ? I(se) : "",
                e.Code, e.Label, e.RootCode, I(e.QuadClass), e.Goldstein is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "",
                e.Target.Code, e.Target.Name, e.Target.Entity is { } te ? I(te) : "", e.Place?.Name ?? "", e.Place?.Basis ?? "", place?.CountryCode ?? "",
                place?.Latitude is { } lat ? lat.ToString("0.#####", CultureInfo.InvariantCulture) : "",
                place?.Longitude is { } lon ? lon.ToString("0.#####", CultureInfo.InvariantCulture) : "",
                e.IsRootEvent ? "1" : "0", e.InformationSource?.Code ?? "", I(e.Evidence.Start), I(e.Evidence.End), text[e.Evidence.Start..e.Evidence.End],
            ];
            var sb = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                    sb.Append(',');
                Quote(sb, row[i]);
            }
            writer.WriteLine(sb.ToString());
        }
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Quote(StringBuilder sb, string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            sb.Append(value);
            return;
        }
        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
