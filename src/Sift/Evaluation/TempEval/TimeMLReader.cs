using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sift.Intake;
using Sift.Model;

namespace Sift.Evaluation.TempEval;

/// <summary>
/// Reads TimeML (.tml) files: the DCT TIMEX3, the text of the TEXT element and the TIMEX3 spans in it.
/// EVENT, SIGNAL and other tags inside TEXT only contribute their text.
/// </summary>
public static class TimeMLReader
{
    /// <summary>File names of documents that repeat another's text (TempEval-3 README: same text as APW20000115.0209, other DCT).</summary>
    public static IReadOnlyList<string> KnownDuplicates { get; } = ["APW20000107.0088.tml"];

    public static TimeMLDocument Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "TimeML file not found");
        try
        {
            using var stream = File.OpenRead(path);
            return Parse(XDocument.Load(stream, LoadOptions.PreserveWhitespace), Path.GetFileName(path), path);
        }
        catch (XmlException e)
        {
            throw new InputException(path, $"not well-formed XML: {e.Message}");
        }
    }

    public static TimeMLDocument Parse(string xml, string name)
    {
        try
        {
            return Parse(XDocument.Parse(xml, LoadOptions.PreserveWhitespace), name, name);
        }
        catch (XmlException e)
        {
            throw new InputException(name, $"not well-formed XML: {e.Message}");
        }
    }

    /// <summary>
    /// Every .tml file under <paramref name="folder"/>, recursively (TimeBank/ and AQUAINT/ for the training data),
    /// in ordinal path order. macOS "._" files are skipped.
    /// </summary>
    /// <param name="dropKnownDuplicates">Leave out <see cref="KnownDuplicates"/>, so a text is not counted twice.</param>
    public static IReadOnlyList<TimeMLDocument> ReadFolder(string folder, bool dropKnownDuplicates = false)
    {
        if (!Directory.Exists(folder))
            throw new InputException(folder, "TimeML folder not found");
        return Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith("._", StringComparison.Ordinal))
            .Where(p => !dropKnownDuplicates || !KnownDuplicates.Contains(Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();
    }

    private static TimeMLDocument Parse(XDocument xml, string name, string source)
    {
        var root = xml.Root ?? throw new InputException(source, "empty document");
        var textElement = root.Descendants("TEXT").FirstOrDefault()
            ?? throw new InputException(source, "no TEXT element");
        var text = new StringBuilder();
        var timexes = new List<Timex>();
        Walk(textElement, text, timexes, source);

        Timex? creationTime = null;
        if (root.Descendants("DCT").FirstOrDefault()?.Element("TIMEX3") is { } dct)
        {
            var dctText = dct.Value;
            creationTime = ToTimex(dct, new Span(0, dctText.Length), dctText, source);
        }
        return new TimeMLDocument
        {
            Name = name,
            DocId = root.Element("DOCID")?.Value.Trim(),
            CreationTime = creationTime,
            Text = text.ToString(),
            Timexes = timexes,
        };
    }

    private static void Walk(XElement element, StringBuilder text, List<Timex> timexes, string source)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText textNode: // CDATA included
                    text.Append(textNode.Value);
                    break;
                case XElement child when child.Name.LocalName == "TIMEX3":
                    var start = text.Length;
                    var index = timexes.Count;
                    timexes.Add(null!); // keep text order when a TIMEX3 holds another
                    Walk(child, text, timexes, source);
                    var span = new Span(start, text.Length);
                    timexes[index] = ToTimex(child, span, text.ToString(start, span.Length), source);
                    break;
                case XElement child:
                    Walk(child, text, timexes, source);
                    break;
            }
        }
    }

    private static readonly HashSet<string> NamedAttributes = ["tid", "type", "value", "mod", "anchorTimeID"];

    private static Timex ToTimex(XElement element, Span span, string text, string source)
    {
        string Required(string attribute) => element.Attribute(attribute)?.Value
            ?? throw new InputException(source, $"a TIMEX3 ('{text}') has no {attribute} attribute");
        return new Timex
        {
            Span = span,
            Text = text,
            Id = Required("tid"),
            Type = Required("type"),
            Value = element.Attribute("value")?.Value ?? "",
            Mod = element.Attribute("mod")?.Value,
            AnchorTimeId = element.Attribute("anchorTimeID")?.Value,
            OtherAttributes = element.Attributes()
                .Where(a => !a.IsNamespaceDeclaration && !NamedAttributes.Contains(a.Name.LocalName))
                .Select(a => KeyValuePair.Create(a.Name.LocalName, a.Value))
                .ToArray(),
        };
    }
}
