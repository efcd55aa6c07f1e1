using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace Sift.Cli;

/// <summary>
/// What one `sift eval` run measured: the headline figures in order, and optionally a per-class
/// table. Printed as a table for people or, with --json, as one JSON object with every figure.
/// </summary>
internal sealed class EvalReport(string task, string data, string? predictions)
{
    private readonly List<(string Name, object Value)> _figures = [];
    private readonly List<(string Class, List<(string Name, object Value)> Figures)> _classes = [];

    public string? ClassHeading { get; set; }

    public EvalReport Add(string name, double value)
    {
        _figures.Add((name, Math.Round(value, 4)));
        return this;
    }

    public EvalReport Add(string name, int value)
    {
        _figures.Add((name, value));
        return this;
    }

    public EvalReport Add(string name, string value)
    {
        _figures.Add((name, value));
        return this;
    }

    public void AddClass(string name, double precision, double recall, double f1, int support)
    {
        _classes.Add((name, [("precision", Math.Round(precision, 4)), ("recall", Math.Round(recall, 4)), ("f1", Math.Round(f1, 4)), ("support", support)]));
    }

    public void AddClass(string name, params (string Name, object Value)[] figures) =>
        _classes.Add((name, [.. figures.Select(f => f.Value is double d ? (f.Name, (object)Math.Round(d, 4)) : f)]));

    public void Print(bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(ToJson());
            return;
        }
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(task)}[/] on {Markup.Escape(data)}" + (predictions is null ? " (Sift)" : $", predictions {Markup.Escape(predictions)}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (name, value) in _figures)
            table.AddRow(Markup.Escape(name), Markup.Escape(Format(value)));
        console.Write(table);
        if (_classes.Count == 0)
            return;
        var classes = new Table().Border(TableBorder.Rounded).AddColumn(ClassHeading ?? "class");
        foreach (var (name, _) in _classes[0].Figures)
            classes.AddColumn(new TableColumn(name).RightAligned());
        foreach (var (name, figures) in _classes)
            classes.AddRow([Markup.Escape(name), .. figures.Select(f => Markup.Escape(Format(f.Value)))]);
        console.Write(classes);
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("task", task);
            w.WriteString("data", data);
            if (predictions is not null)
                w.WriteString("predictions", predictions);
            WriteFigures(w, _figures);
            if (_classes.Count > 0)
            {
                w.WriteStartObject(ClassHeading ?? "classes");
                foreach (var (name, figures) in _classes)
                {
                    w.WriteStartObject(name);
                    WriteFigures(w, figures);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFigures(Utf8JsonWriter w, List<(string Name, object Value)> figures)
    {
        foreach (var (name, value) in figures)
        {
            switch (value)
            {
                case double d:
                    w.WriteNumber(name, d);
                    break;
                case int i:
                    w.WriteNumber(name, i);
                    break;
                default:
                    w.WriteString(name, value.ToString());
                    break;
            }
        }
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("0.0000", CultureInfo.InvariantCulture),
        int i => i.ToString("N0", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
