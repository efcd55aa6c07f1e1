using System.Text;
using Sift.Intake;

namespace Sift.Evaluation.TempEval;

/// <summary>
/// Writes a document as TimeML with its TIMEX3s, so that the official TempEval-3 tools can read
/// Sift's output. TIMEX3s must not overlap; the text is written unchanged (XML-escaped).
/// </summary>
public static class TimeMLWriter
{
    public static void Write(string path, TimeMLDocument document)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, document);
    }

    public static string ToXml(TimeMLDocument document)
    {
        var writer = new StringWriter();
        Write(writer, document);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, TimeMLDocument document)
    {
        writer.Write("<?xml version=\"1.0\" ?>\n");
        writer.Write("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
        if (document.DocId is { } docId)
            writer.Write($"<DOCID>{Escape(docId)}</DOCID>\n\n");
        if (document.CreationTime is { } dct)
        {
            writer.Write("<DCT>");
            WriteTimex(writer, dct, dct.Text);
            writer.Write("</DCT>\n\n");
        }
        writer.Write("<TEXT>");
        var position = 0;
        foreach (var timex in document.Timexes.OrderBy(t => t.Span.Start))
        {
            if (timex.Span.Start < position || timex.Span.End > document.Text.Length || timex.Span.IsEmpty)
                throw new InputException(document.Name, $"TIMEX3 {timex.Id} {timex.Span} overlaps another, is empty or lies outside the text");
            writer.Write(Escape(document.Text[position..timex.Span.Start]));
            WriteTimex(writer, timex, document.Text[timex.Span.Start..timex.Span.End]);
            position = timex.Span.End;
        }
        writer.Write(Escape(document.Text[position..]));
        writer.Write("</TEXT>\n\n</TimeML>\n");
    }

    private static void WriteTimex(TextWriter writer, Timex timex, string text)
    {
        writer.Write($"<TIMEX3 tid=\"{Escape(timex.Id)}\" type=\"{Escape(timex.Type)}\" value=\"{Escape(timex.Value)}\"");
        if (timex.Mod is { } mod)
            writer.Write($" mod=\"{Escape(mod)}\"");
        if (timex.AnchorTimeId is { } anchor)
            writer.Write($" anchorTimeID=\"{Escape(anchor)}\"");
        foreach (var (name, value) in timex.OtherAttributes)
            writer.Write($" {name}=\"{Escape(value)}\"");
        writer.Write($">{Escape(text)}</TIMEX3>");
    }

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"\r") < 0)
            return text;
        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("\r", "&#13;");
    }
}
