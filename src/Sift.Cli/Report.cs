using Sift.Entities.Places;
using Sift.Model;
using Sift.Time;
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
        AddFact(facts, "Published", meta.Published is { } published ? Day(published) : null);
        AddFact(facts, "Byline", meta.Byline);
        AddFact(facts, "Language", meta.Language);
        var text = analysis.Text;
        AddFact(facts, "Text", $"{text.Paragraphs.Count} paragraphs, {text.Sentences.Count} sentences, {text.Tokens.Count} tokens, {article.Text.Length} characters");
        console.Write(facts);
        console.WriteLine();

        if (analysis.Entities is { } entities)
            WriteEntities(console, entities);
        if (analysis.Attributions is { } attributions)
            WriteQuotes(console, analysis, attributions);
        if (analysis.Time is { } time)
            WriteTimeline(console, article.Text, analysis.Text, time);
        if (analysis.Events is { } events)
            WriteEvents(console, article.Text, events);
        if (analysis.Framing is { } framing)
            WriteFraming(console, analysis, framing);
        if (analysis.Provenance is { } provenance)
            WriteProvenance(console, article.Text, provenance);

        foreach (var warning in analysis.Warnings)
            console.MarkupLine($"[yellow]warning:[/] {Esc(warning)}");
        console.WriteLine();
    }

    private static void WriteEntities(IAnsiConsole console, EntityLayer layer)
    {
        console.Write(new Rule("[bold]Who and where[/]").LeftJustified());
        if (layer.Entities.Count == 0)
        {
            console.MarkupLine("No people, organizations or places found.");
            console.WriteLine();
            return;
        }
        WriteEntityTable(console, layer, "PER", "People", "Titles and roles", e => string.Join("; ", e.Titles));
        WriteEntityTable(console, layer, "ORG", "Organizations", "Country", e => e.Country ?? "");
        WriteEntityTable(console, layer, "LOC", "Places", "Where", e => e.Place is { } p
            ? $"{p.Kind}, {p.Country} ({p.CountryCode})" + (p.Latitude is { } lat && p.Longitude is { } lon
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", {lat:0.00}, {lon:0.00}") : "")
            : "not in the gazetteer");
        WriteEntityTable(console, layer, "MISC", "Other names (nationalities left out)", "", _ => "");
        console.WriteLine();
    }

    private static void WriteEntityTable(IAnsiConsole console, EntityLayer layer, string type, string title, string detailHeading, Func<Entity, string> detail)
    {
        // A nationality ("Syrian") is a MISC name in the CoNLL scheme, but it is not who the story is about.
        var rows = layer.Entities.Where(e => e.Type == type && !(type == "MISC" && Gazetteer.Default.CountryOfDemonym(e.Name) is not null)).ToList();
        if (rows.Count == 0)
            return;
        var table = new Table().Border(TableBorder.Rounded).Title(title).AddColumn("Name").AddColumn("Mentions");
        if (detailHeading.Length > 0)
            table.AddColumn(detailHeading);
        foreach (var e in rows)
        {
            var mentions = e.Mentions.Select(i => layer.Mentions[i]).ToList();
            var names = mentions.Count(m => m.Kind == MentionKind.Name);
            var governments = mentions.Count(m => m.Metonymy);
            var notes = new List<string>(2);
            if (names < mentions.Count)
                notes.Add($"{names} by name");
            if (governments > 0)
                notes.Add($"{governments} for its government");
            var kinds = $"{mentions.Count}" + (notes.Count > 0 ? $" ({string.Join("; ", notes)})" : "");
            if (detailHeading.Length > 0)
                table.AddRow(Esc(e.Name), Esc(kinds), Esc(detail(e)));
            else
                table.AddRow(Esc(e.Name), Esc(kinds));
        }
        console.Write(table);
    }

    private static void WriteEvents(IAnsiConsole console, string text, EventLayer layer)
    {
        console.Write(new Rule("[bold]Events[/]").LeftJustified());
        if (layer.Events.Count == 0)
        {
            console.MarkupLine("No events coded (CAMEO).");
            console.WriteLine();
            return;
        }
        console.MarkupLine("Who did what to whom, coded in CAMEO (the scheme of GDELT and ICEWS); actors are country and role codes.");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Date").AddColumn("Source").AddColumn("Action").AddColumn("Target").AddColumn("Place");
        foreach (var e in layer.Events)
        {
            var date = (e.Date ?? "") + (e.DateBasis == "published" ? " (published)" : "");
            var place = e.Place is { } p ? p.Name + (p.Basis == "sentence" ? "" : $" ({p.Basis})") : "";
            var source = $"{e.Source.Code} ({e.Source.Name})" + (e.InformationSource is { } speaker ? $", per {speaker.Code}" : "");
            table.AddRow(Esc(date), Esc(source), Esc($"{e.Code} {e.Label}"), Esc(e.Target.Code.Length == 0 ? "" : $"{e.Target.Code} ({e.Target.Name})"), Esc(place));
        }
        console.Write(table);
        console.WriteLine();
    }

    private static void WriteQuotes(IAnsiConsole console, Analysis analysis, AttributionLayer layer)
    {
        var text = analysis.Article.Text;
        console.Write(new Rule("[bold]Who said what[/]").LeftJustified());
        if (layer.Attributions.Count == 0)
        {
            console.MarkupLine("No attributions found: every sentence is in the outlet's own voice.");
            console.WriteLine();
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("Speaker").Width(14)).AddColumn(new TableColumn("Role").Width(12)).AddColumn(new TableColumn("Cue").Width(11))
                .AddColumn("Content").AddColumn(new TableColumn("Line").RightAligned().NoWrap());
            foreach (var a in layer.Attributions)
            {
                var entity = EntityOf(analysis, a.Speaker);
                var group = a.Group is { } ids && analysis.Entities is { } entities ? AttributionLayer.GroupName(ids, entities) : null;
                var sourceWords = a.Source is { } s ? text[s.Start..s.End] : null;
                var described = a.DescribedBy is { } d ? $"{text[d.Start..d.End]} ({sourceWords})" : null;
                var speaker = entity?.Name ?? group ?? described ?? sourceWords ?? "(unnamed)";
                var role = entity is not null ? (entity.Titles.Count > 0 ? entity.Titles[0] : KindOf(entity.Type))
                    : group is not null ? $"group ({sourceWords})" : "";
                var content = a.Content.Count == 0 ? "" : string.Join(" … ", a.Content.Select(c => text[c.Start..c.End]));
                var kind = a.Kind switch { AttributionKind.Direct => "quote", AttributionKind.Mixed => "partial quote", AttributionKind.Indirect => "reported", _ => "speech act" };
                table.AddRow(Esc(speaker), Esc(role), $"{Esc(text[a.Cue.Start..a.Cue.End])} [grey]({Esc(kind)})[/]", Esc(Clip(content, 160)),
                    LineNumber(text, a.Cue.Start).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Write(table);
            console.WriteLine();
        }

        console.Write(new Rule("[bold]In the outlet's own voice[/]").LeftJustified());
        var narrator = new HashSet<int>(layer.NarratorSentences);
        var rows = new List<(int Sentence, List<string> Techniques)>();
        if (analysis.Framing is { } framing)
        {
            var findings = framing.Techniques.Select(t => (t.Sentence, t.Span, Label: t.Technique.Replace('_', ' ')))
                .Concat(framing.LoadedTerms.Select(t => (t.Sentence, t.Span, Label: "Loaded")));
            foreach (var (sentence, span, label) in findings)
            {
                if (!layer.VoiceOf(span).IsNarrator)
                    continue;
                var entry = label + ": " + text[span.Start..span.End];
                var row = rows.FindIndex(r => r.Sentence == sentence);
                if (row < 0)
                    rows.Add((sentence, [entry]));
                else if (!rows[row].Techniques.Contains(entry))
                    rows[row].Techniques.Add(entry);
            }
        }
        console.MarkupLine($"{narrator.Count} of {analysis.Text.Sentences.Count} sentences carry no attribution; {rows.Count} statements in the narrator's voice carry loaded language or a propaganda technique.");
        if (rows.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Statement").AddColumn("Technique");
            foreach (var (sentence, techniques) in rows.OrderBy(r => r.Sentence))
            {
                var span = analysis.Text.Sentences[sentence].Span;
                table.AddRow(LineNumber(text, span.Start).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Esc(Clip(text[span.Start..span.End], 200)), Esc(string.Join("; ", techniques)));
            }
            console.Write(table);
        }
        console.WriteLine();
    }

    private static void WriteTimeline(IAnsiConsole console, string text, TextLayer layer, TimeLayer time)
    {
        console.Write(new Rule("[bold]Timeline[/]").LeftJustified());
        console.MarkupLine(time.AnchorSource switch
        {
            AnchorSource.Metadata => $"Dates resolved against the publication date, {Day(time.Anchor!.Value)}.",
            AnchorSource.InferredFromText => $"No publication date: dates resolved against {Day(time.Anchor!.Value)}, the first full date in the text (inferred).",
            _ => "No publication date and no full date in the text: relative dates stay relative (give --date YYYY-MM-DD).",
        });
        var entries = Timeline.Of(layer, time);
        if (entries.Count == 0)
        {
            console.MarkupLine($"No dated statements ({time.Expressions.Count} time expressions, none a calendar date).");
            console.WriteLine();
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("When").AddColumn("Said as").AddColumn("Statement");
        foreach (var entry in entries)
        {
            var e = entry.Expression;
            table.AddRow(Esc(When(e, time.Anchor)), Esc(text[e.Span.Start..e.Span.End]), Excerpt(text, entry.Sentence.Span, e.Span, 110));
        }
        console.Write(table);
        var undated = time.Expressions.Count - entries.Count;
        if (undated > 0)
            console.MarkupLine($"[grey]{undated} more time expressions are durations, sets, references (now, previously) or lack a year.[/]");
        console.WriteLine();
    }

    /// <summary>A timeline value as a reader says it: "mid 2017-09", "now (2017-08-30)"; other modifiers in brackets.</summary>
    private static string When(TimeExpression e, DateOnly? anchor)
    {
        var value = e.Value == "PRESENT_REF" && anchor is { } a ? $"now ({a.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})" : e.Value;
        return e.Mod switch
        {
            null => value,
            "START" => $"early {value}",
            "MID" => $"mid {value}",
            "END" => $"late {value}",
            "APPROX" => $"about {value}",
            var mod => $"{value} ({mod.ToLowerInvariant().Replace('_', ' ')})",
        };
    }

    // One color per technique, in the official order of the 14 names.
    private static readonly string[] TechniqueColors =
    [
        "deepskyblue1", "red", "orange1", "magenta", "yellow", "violet", "gold1",
        "green", "hotpink", "darkorange", "aqua", "chartreuse1", "plum1", "salmon1",
    ];

    private static string ColorOf(string technique)
    {
        var k = 0;
        foreach (var name in Sift.Evaluation.Ptc.PtcTechniques.All)
        {
            if (name == technique)
                return TechniqueColors[k];
            k++;
        }
        return "white";
    }

    /// <summary>"Name_Calling,Labeling" as people read it: "Name Calling, Labeling".</summary>
    private static string DisplayName(string technique) => technique.Replace('_', ' ').Replace(",", ", ");

    private static void WriteFraming(IAnsiConsole console, Analysis analysis, FramingLayer framing)
    {
        var text = analysis.Article.Text;
        var layer = analysis.Text;
        console.Write(new Rule("[bold]Framing[/]").LeftJustified());
        var tone = framing.Tone.Document;
        var leaning = tone.Compound switch { <= -0.05 => "negative", >= 0.05 => "positive", _ => "neutral" };
        console.MarkupLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Tone: {leaning} (compound {tone.Compound:+0.00;-0.00;0.00}, intensity {tone.Intensity:0.00}; {tone.ScoredSentences} of {layer.Sentences.Count} sentences carry sentiment; words {tone.Positive:P0} positive, {tone.Negative:P0} negative)."));
        var loadedSpans = framing.Techniques.Count(t => t.Technique == FramingLayer.LoadedLanguage);
        console.MarkupLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Loaded language: {framing.LoadedLanguagePer100Words:0.0} per 100 words ({Plural(framing.LoadedTerms.Count, "loaded term")}, {Plural(loadedSpans, "Loaded Language span")})."));
        WriteLoadedTerms(console, analysis, framing);
        if (framing.Techniques.Count == 0)
        {
            console.MarkupLine("No propaganda-technique spans found.");
            console.WriteLine();
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Technique").AddColumn("Spans").AddColumn("Mean confidence").AddColumn("Example");
        foreach (var group in framing.Techniques.GroupBy(t => t.Technique).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var best = group.MaxBy(t => t.Confidence)!;
            table.AddRow($"[{ColorOf(group.Key)}]■[/] {Esc(DisplayName(group.Key))}", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                group.Average(t => t.Confidence).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                Esc(Clip(text[best.Span.Start..best.Span.End].ReplaceLineEndings(" "), 60)));
        }
        console.Write(table);
        console.MarkupLine("[grey]The article, technique spans colored as in the table (where spans overlap, the more confident shows):[/]");
        WriteHighlighted(console, text, layer, framing);
        console.WriteLine();
    }

    /// <summary>An entity type in words, for a speaker without a title: a place that speaks is its government ("Russia said").</summary>
    private static string KindOf(string type) => type switch
    {
        "PER" => "person",
        "ORG" => "organization",
        "LOC" => "government",
        _ => "",
    };

    private static string Plural(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static void WriteLoadedTerms(IAnsiConsole console, Analysis analysis, FramingLayer framing)
    {
        if (framing.LoadedTerms.Count == 0)
            return;
        var text = analysis.Article.Text;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Loaded term").AddColumn("Why").AddColumn("Voice").AddColumn(new TableColumn("Line").RightAligned().NoWrap());
        foreach (var term in framing.LoadedTerms)
        {
            table.AddRow(Esc(text[term.Span.Start..term.Span.End].ReplaceLineEndings(" ")), Esc(WhyLoaded(text, term)), Esc(VoiceName(analysis, term.Span)),
                LineNumber(text, term.Span.Start).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    private static string WhyLoaded(string text, LoadedTerm term) => term.Basis switch
    {
        LoadedBasis.ContestedLabel => "contested label",
        LoadedBasis.SponsorLabel => "sponsor label",
        _ => term.Evidence is { } e
            ? $"\"{text[term.Word.Start..term.Word.End]}\" loaded in {e.Inside} of {e.Uses} uses in PTC"
            : "loaded in PTC",
    };

    private static Entity? EntityOf(Analysis analysis, int? id) =>
        id is { } entity ? analysis.Entities?.Find(entity) : null;

    /// <summary>"narrator", or the name (else the source words) of the speaker whose attributed content holds the span.</summary>
    private static string VoiceName(Analysis analysis, Span span) =>
        analysis.Attributions is { } attributions
            ? attributions.NameOf(attributions.VoiceOf(span), analysis.Entities, analysis.Article.Text)
            : "";

    /// <summary>Every paragraph with a technique span, its spans in their technique's color.</summary>
    private static void WriteHighlighted(IAnsiConsole console, string text, TextLayer layer, FramingLayer framing)
    {
        var owner = new int[text.Length];
        Array.Fill(owner, -1);
        var order = Enumerable.Range(0, framing.Techniques.Count).OrderBy(i => framing.Techniques[i].Confidence).ToArray();
        foreach (var i in order)
        {
            var span = framing.Techniques[i].Span;
            Array.Fill(owner, i, span.Start, span.End - span.Start);
        }
        foreach (var paragraph in layer.Paragraphs)
        {
            var markup = new System.Text.StringBuilder();
            var any = false;
            var at = paragraph.Start;
            while (at < paragraph.End)
            {
                var run = at;
                while (run < paragraph.End && owner[run] == owner[at])
                    run++;
                var piece = Esc(text[at..run].ReplaceLineEndings(" "));
                if (owner[at] >= 0)
                {
                    any = true;
                    markup.Append('[').Append(ColorOf(framing.Techniques[owner[at]].Technique)).Append(" underline]").Append(piece).Append("[/]");
                }
                else
                {
                    markup.Append(piece);
                }
                at = run;
            }
            if (any)
                console.MarkupLine(markup.ToString());
        }
    }

    /// <summary>The sentence, clipped to about <paramref name="max"/> characters around <paramref name="focus"/>, with the focus in bold.</summary>
    private static string Excerpt(string text, Span sentence, Span focus, int max)
    {
        var start = sentence.Start;
        var end = sentence.End;
        if (end - start > max)
        {
            start = Math.Max(sentence.Start, Math.Min(focus.Start - max / 3, sentence.End - max));
            end = Math.Min(sentence.End, start + max);
        }
        var before = text[start..focus.Start].ReplaceLineEndings(" ");
        var after = text[focus.End..Math.Max(focus.End, end)].ReplaceLineEndings(" ");
        return (start > sentence.Start ? "…" : "") + Esc(before) + "[bold]" + Esc(text[focus.Start..focus.End]) + "[/]" + Esc(after)
            + (end < sentence.End ? "…" : "");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd (dddd)", System.Globalization.CultureInfo.InvariantCulture);

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
            {
                if (other.Kind != CreditKind.QuotedWire)
                    console.MarkupLine($"Also credited: {Esc(other.OutletName)}{(other.Domain is { } od ? $" ({Esc(od)})" : "")}, by {CreditWords(other.Kind)} at line {LineNumber(text, other.Span.Start)}.");
            }
            WriteRecords(console, original.CanonicalName ?? original.OutletName, original.Records);
        }
        else
        {
            console.MarkupLine("No credit line: the text does not say it was taken from another outlet.");
        }
        foreach (var wire in provenance.QuotedWire)
        {
            console.MarkupLine($"Quotes wire copy: [bold]{Esc(wire.CanonicalName ?? wire.OutletName)}[/]{(wire.Domain is { } wd ? $" ({Esc(wd)})" : "")}, "
                + $"its tag \"{Esc(text[wire.Span.Start..wire.Span.End].Trim())}\" at line {LineNumber(text, wire.Span.Start)}.");
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

    private static string CreditWords(CreditKind kind) => kind switch
    {
        CreditKind.CulledFrom => "a republication line",
        CreditKind.Source => "a source line",
        CreditKind.WireTag => "a wire tag",
        CreditKind.OriginallyAppeared => "an \"originally appeared\" line",
        CreditKind.Via => "a \"via\" line",
        CreditKind.Courtesy => "a courtesy line",
        _ => "a wire tag of quoted copy",
    };

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
