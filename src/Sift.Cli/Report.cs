using Sift.Model;
using Spectre.Console;

namespace Sift.Cli;

/// <summary>
/// The terminal report of one analysis. Article text is hostile content: every string that comes
/// from the input goes through <see cref="Markup.Escape"/> before it reaches the console.
/// </summary>
internal static class Report
{
    public static void Write(Analysis analysis, IAnsiConsole console)
    {
        var article = analysis.Article;
        var meta = article.Metadata;
        console.Write(new Rule("[bold]Article[/]").LeftJustified());
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        AddFact(facts, "Headline", meta.Title);
        AddFact(facts, "Source", article.Source);
        AddFact(facts, "Site", meta.Site);
        AddFact(facts, "URL", meta.Url);
        AddFact(facts, "Published", meta.Published?.ToString("yyyy-MM-dd (dddd)", System.Globalization.CultureInfo.InvariantCulture));
        AddFact(facts, "Byline", meta.Byline);
        AddFact(facts, "Language", meta.Language);
        var text = analysis.Text;
        AddFact(facts, "Text", $"{text.Paragraphs.Count} paragraphs, {text.Sentences.Count} sentences, {text.Tokens.Count} tokens, {article.Text.Length} characters");
        console.Write(facts);
        console.WriteLine();

        if (analysis.Provenance is { } provenance)
            WriteProvenance(console, article.Text, provenance);

        foreach (var warning in analysis.Warnings)
            console.MarkupLine($"[yellow]warning:[/] {Esc(warning)}");
        console.WriteLine();
    }

    private static void WriteProvenance(IAnsiConsole console, string text, ProvenanceLayer provenance)
    {
        console.Write(new Rule("[bold]Provenance[/]").LeftJustified());
        if (provenance.OriginalSource is { } original)
        {
            var line = LineNumber(text, original.Span.Start);
            console.MarkupLine($"Republished: the story is credited to [bold]{Esc(original.CanonicalName ?? original.OutletName)}[/]"
                + (original.Domain is { } d ? $" ({Esc(d)})" : " (domain unknown)")
                + $" by \"{Esc(Clip(text[original.Span.Start..original.Span.End], 80))}\" (line {line}).");
            foreach (var other in provenance.Credits.Skip(1))
                console.MarkupLine($"Also credited: {Esc(other.OutletName)}{(other.Domain is { } od ? $" ({Esc(od)})" : "")}, {Esc(other.Kind.ToString())} at line {LineNumber(text, other.Span.Start)}.");
            WriteRecords(console, original.CanonicalName ?? original.OutletName, original.Records);
        }
        else
        {
            console.MarkupLine("No credit line: the text does not say it was taken from another outlet.");
        }
        if (provenance.Dateline is { } dateline)
        {
            var place = dateline.Place.IsEmpty ? "(no place)" : text[dateline.Place.Start..dateline.Place.End];
            console.MarkupLine($"Dateline: {Esc(place)}{(dateline.Agency is { } a ? $", filed by {Esc(a)}" : "")}.");
        }
        if (provenance.SiteDomain is { } site)
        {
            if (provenance.SiteRecords.Count == 0)
                console.MarkupLine($"Site [bold]{Esc(site)}[/]: in none of the source lists.");
            else
                WriteRecords(console, site, provenance.SiteRecords);
        }
        console.WriteLine();
    }

    private static void WriteRecords(IAnsiConsole console, string who, IReadOnlyList<SourceListRecord> records)
    {
        if (records.Count == 0)
        {
            console.MarkupLine($"{Esc(who)}: in none of the source lists.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"What the source lists say about {Esc(who)}")
            .AddColumn("List").AddColumn("Domain").AddColumn("Labels");
        foreach (var record in records)
        {
            var labels = string.Join("; ", record.Labels.Select(l => $"{l.Key}: {l.Value}"));
            table.AddRow(Esc(record.List), Esc(record.Domain), Esc(Clip(labels, 160)));
        }
        console.Write(table);
    }

    private static void AddFact(Grid grid, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            grid.AddRow($"[grey]{name}[/]", Esc(value));
    }

    private static int LineNumber(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Esc(string s) => Markup.Escape(s);
}
