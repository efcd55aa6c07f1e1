using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sift.Intake;

namespace Sift.Evaluation.Petrarch;

/// <summary>One expected coding of a unit-test record: source, target and event code.</summary>
public readonly record struct ExpectedCoding(string Source, string Target, string Code);

/// <summary>
/// A PETRARCH unit-test record: its id, category (what mechanism it tests), date, text, the codings it
/// expects, whether it expects none (noevents), whether it is an error record (not scored), and whether
/// events need both a source and a target (the file's require_dyad option where the record stands).
/// </summary>
public sealed record UnitTestRecord(string Id, string Category, DateOnly? Date, string Text, IReadOnlyList<ExpectedCoding> Codings, bool NoEvents, bool Error, bool RequireDyad = true);

/// <summary>
/// Reads PETR.UnitTest.records.xml: its &lt;Sentence&gt; elements (the Penn parses are not used) and the
/// &lt;Config option="require_dyad"&gt; elements between them, which hold for the records that follow.
/// </summary>
public static class UnitTestRecords
{
    public const string FileName = "PETR.UnitTest.records.xml";

    /// <summary>The records of <paramref name="path"/>: the XML file, or a folder holding it.</summary>
    public static IReadOnlyList<UnitTestRecord> Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        if (!File.Exists(file))
            throw new InputException(path, $"no PETRARCH unit-test records here (expected {FileName})");
        XDocument document;
        try
        {
            document = XDocument.Load(file);
        }
        catch (XmlException e)
        {
            throw new InputException(file, $"not readable as XML ({e.Message})");
        }
        var records = new List<UnitTestRecord>();
        var requireDyad = true;
        foreach (var sentence in document.Descendants())
        {
            if (sentence.Name == "Config")
            {
                if ((string?)sentence.Attribute("option") == "require_dyad" && bool.TryParse(((string?)sentence.Attribute("value"))?.Trim(), out var value))
                    requireDyad = value;
                continue;
            }
            if (sentence.Name != "Sentence")
                continue;
            var text = (string?)sentence.Element("Text");
            if (text is null)
                continue;
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var codings = new List<ExpectedCoding>();
            var noEvents = false;
            var error = false;
            foreach (var coding in sentence.Elements("EventCoding"))
            {
                if ((string?)coding.Attribute("noevents") == "true")
                    noEvents = true;
                else if (coding.Attribute("error") is not null)
                    error = true;
                else if ((string?)coding.Attribute("eventcode") is { } code)
                    codings.Add(new ExpectedCoding((string?)coding.Attribute("sourcecode") ?? "", (string?)coding.Attribute("targetcode") ?? "", code));
            }
            DateOnly? date = DateOnly.TryParseExact((string?)sentence.Attribute("date") ?? "", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            records.Add(new UnitTestRecord((string?)sentence.Attribute("id") ?? "", (string?)sentence.Attribute("category") ?? "", date, text, codings, noEvents, error, requireDyad));
        }
        if (records.Count == 0)
            throw new InputException(file, "holds no <Sentence> records");
        return records;
    }
}
