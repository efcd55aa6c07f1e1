using System.Globalization;
using System.Text;
using Sift.Model;

namespace Sift.Events;

/// <summary>
/// Writes the events layer as GDELT 2.0 event-table rows: 61 tab-separated fields in GDELT's order, no
/// header (as GDELT publishes them). Sift fills what it knows — dates, actor codes split into country,
/// known group, ethnic, religion and type fields, event codes, QuadClass, Goldstein, the action's place
/// (type, name, FIPS country, latitude, longitude, GeoNames id as feature id) and the source URL — and
/// leaves the rest empty (GLOBALEVENTID is a running number of the run; NumMentions, NumSources and NumArticles are 1).
/// </summary>
public sealed class GdeltExport(CameoCodes cameo, CountryCodes countries)
{
    public const int FieldCount = 61;

    private long _nextId = 1;

    public static GdeltExport Default => new(EventDictionaries.Default.Cameo, EventDictionaries.Default.Countries);

    public void Write(TextWriter writer, Analysis analysis)
    {
        if (analysis.Events is not { } layer)
            return;
        var url = analysis.Article.Metadata.Url ?? analysis.Article.Source;
        var published = analysis.Article.Metadata.Published;
        var fields = new string[FieldCount];
        foreach (var e in layer.Events)
        {
            Array.Fill(fields, "");
            var day = Day(e.Date) ?? published;
            fields[0] = (_nextId++).ToString(CultureInfo.InvariantCulture);
            if (day is { } d)
            {
                fields[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                fields[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
                fields[3] = d.Year.ToString(CultureInfo.InvariantCulture);
                fields[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
            }
            Actor(fields, 5, e.Source);
            Actor(fields, 15, e.Target);
            fields[25] = e.IsRootEvent ? "1" : "0";
            fields[26] = e.Code;
            fields[27] = e.Code.Length >= 3 ? e.Code[..3] : e.Code;
            fields[28] = e.RootCode;
            fields[29] = e.QuadClass > 0 ? e.QuadClass.ToString(CultureInfo.InvariantCulture) : "";
            fields[30] = e.Goldstein is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "";
            fields[31] = "1";
            fields[32] = "1";
            fields[33] = "1";
            if (e.Place?.Place is { } place)
                Geo(fields, 51, place, e.Place.Name);
            fields[60] = url;
            writer.WriteLine(Join(fields));
        }
    }

    private void Actor(string[] fields, int at, EventActor actor)
    {
        if (actor.Code.Length == 0)
            return;
        var parts = cameo.Parts(actor.Code);
        fields[at] = actor.Code;
        fields[at + 1] = actor.Name.ToUpperInvariant();
        fields[at + 2] = parts.Country ?? "";
        fields[at + 3] = parts.KnownGroup ?? "";
        fields[at + 4] = parts.Ethnic ?? "";
        for (var i = 0; i < parts.Religions.Count; i++)
            fields[at + 5 + i] = parts.Religions[i];
        for (var i = 0; i < parts.Types.Count; i++)
            fields[at + 7 + i] = parts.Types[i];
    }

    private void Geo(string[] fields, int at, GeoPlace place, string name)
    {
        // GDELT geo types: 1 country, 4 world city, 5 world state or province.
        fields[at] = place.Kind switch { "country" => "1", "city" => "4", _ => "5" };
        fields[at + 1] = place.Kind == "country" ? place.Country : $"{name}, {place.Country}";
        fields[at + 2] = countries.Fips(place.CountryCode) ?? "";
        fields[at + 3] = place.Kind == "country" ? fields[at + 2] : "";
        fields[at + 5] = place.Latitude is { } lat ? lat.ToString("0.####", CultureInfo.InvariantCulture) : "";
        fields[at + 6] = place.Longitude is { } lon ? lon.ToString("0.####", CultureInfo.InvariantCulture) : "";
        fields[at + 7] = place.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    internal static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Join(string[] fields)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
                sb.Append('\t');
            foreach (var ch in fields[i])
                sb.Append(ch is '\t' or '\n' or '\r' ? ' ' : ch);
        }
        return sb.ToString();
    }
}
