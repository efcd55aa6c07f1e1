using System.Globalization;
using System.Text;
using Sift.Intake;

namespace Sift.Evaluation.Ptc;

/// <summary>
/// Reads and writes the PTC label files: SI lines <c>id\tstart\tend</c>, TC lines
/// <c>id\ttechnique\tstart\tend</c>, offsets in code points, UTF-8, LF, no header.
/// Convert to and from UTF-16 with <see cref="PtcCorpus"/> (or an article's <see cref="CodePointMap"/>).
/// </summary>
public static class PtcLabelFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<SiLabel> ReadSi(string path)
    {
        using var reader = Open(path);
        return ParseSi(reader, path);
    }

    public static IReadOnlyList<TcLabel> ReadTc(string path)
    {
        using var reader = Open(path);
        return ParseTc(reader, path);
    }

    public static IReadOnlyList<SiLabel> ParseSi(TextReader reader, string source)
    {
        var labels = new List<SiLabel>();
        foreach (var (fields, where) in Lines(reader, source, expectedFields: 3, "id<TAB>start<TAB>end"))
            labels.Add(new SiLabel(fields[0], ParseSpan(fields[1], fields[2], where)));
        return labels;
    }

    public static IReadOnlyList<TcLabel> ParseTc(TextReader reader, string source)
    {
        var labels = new List<TcLabel>();
        foreach (var (fields, where) in Lines(reader, source, expectedFields: 4, "id<TAB>technique<TAB>start<TAB>end"))
            labels.Add(new TcLabel(fields[0], fields[1], ParseSpan(fields[2], fields[3], where)));
        return labels;
    }

    public static void WriteSi(string path, IEnumerable<SiLabel> labels)
    {
        using var writer = new StreamWriter(path, append: false, Utf8);
        WriteSi(writer, labels);
    }

    public static void WriteTc(string path, IEnumerable<TcLabel> labels)
    {
        using var writer = new StreamWriter(path, append: false, Utf8);
        WriteTc(writer, labels);
    }

    public static void WriteSi(TextWriter writer, IEnumerable<SiLabel> labels)
    {
        foreach (var label in labels)
            writer.Write(FormattableString.Invariant($"{label.ArticleId}\t{label.Span.Start}\t{label.Span.End}\n"));
    }

    public static void WriteTc(TextWriter writer, IEnumerable<TcLabel> labels)
    {
        foreach (var label in labels)
            writer.Write(FormattableString.Invariant($"{label.ArticleId}\t{label.Technique}\t{label.Span.Start}\t{label.Span.End}\n"));
    }

    private static StreamReader Open(string path) =>
        File.Exists(path) ? new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false)
            : throw new InputException(path, "label file not found");

    private static IEnumerable<(string[] Fields, string Where)> Lines(TextReader reader, string source, int expectedFields, string layout)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
                continue;
            var where = $"{source}:{number}";
            var fields = line.Split('\t');
            if (fields.Length != expectedFields)
                throw new InputException(where, $"expected {expectedFields} tab-separated fields ({layout}), found {fields.Length}");
            if (fields[0].Length == 0)
                throw new InputException(where, "the article id is empty");
            yield return (fields, where);
        }
    }

    private static CodePointSpan ParseSpan(string start, string end, string where)
    {
        if (!int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            throw new InputException(where, $"start offset '{start}' is not a non-negative integer");
        if (!int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var e))
            throw new InputException(where, $"end offset '{end}' is not a non-negative integer");
        if (e <= s)
            throw new InputException(where, $"the span [{s},{e}) is empty or reversed");
        return new CodePointSpan(s, e);
    }
}
