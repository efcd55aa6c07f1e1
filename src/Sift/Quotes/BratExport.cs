using System.Globalization;
using System.Text;
using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// The attributions as BRAT standoff with PolNeAR's labels: T lines for Source, Cue and Content (a discontinuous
/// content lists its fragments with ';'), an Attribution or Attribution-no-source trigger over the cue, and one
/// E line per attribution. Offsets count code points of the text, as BRAT and PolNeAR do; write the text beside
/// it as the .txt.
/// </summary>
public static class BratExport
{
    public static string Write(string text, AttributionLayer layer)
    {
        var map = new Evaluation.Ptc.CodePointMap(text);
        var sb = new StringBuilder();
        var t = 0;
        var e = 0;
        var sources = new Dictionary<Span, int>();
        foreach (var a in layer.Attributions)
        {
            var args = new StringBuilder();
            int? source = null;
            if (a.Source is { } s && !sources.TryGetValue(s, out var existing))
            {
                source = ++t;
                sources[s] = t;
                Line(sb, t, "Source", [s], text, map);
            }
            else if (a.Source is { } shared)
            {
                source = sources[shared];
            }
            var cue = ++t;
            Line(sb, cue, "Cue", [a.Cue], text, map);
            int? content = null;
            if (a.Content.Count > 0)
            {
                content = ++t;
                Line(sb, t, "Content", a.Content, text, map);
            }
            var trigger = ++t;
            Line(sb, trigger, source is null ? "Attribution-no-source" : "Attribution", [a.Cue], text, map);
            sb.Append('E').Append(++e).Append('\t').Append(source is null ? "Attribution-no-source" : "Attribution").Append(":T").Append(trigger);
            if (content is { } c)
                sb.Append(" Content:T").Append(c);
            sb.Append(" Cue:T").Append(cue);
            if (source is { } so)
                sb.Append(" Source:T").Append(so);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, int id, string label, IReadOnlyList<Span> fragments, string text, Evaluation.Ptc.CodePointMap map)
    {
        sb.Append('T').Append(id).Append('\t').Append(label).Append(' ');
        for (var i = 0; i < fragments.Count; i++)
        {
            if (i > 0)
                sb.Append(';');
            sb.Append(map.ToCodePoint(fragments[i].Start).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(map.ToCodePoint(fragments[i].End).ToString(CultureInfo.InvariantCulture));
        }
        sb.Append('\t');
        for (var i = 0; i < fragments.Count; i++)
        {
            if (i > 0)
                sb.Append(' ');
            // BRAT keeps one record a line: line breaks inside a span's text become spaces.
            sb.Append(text.AsSpan(fragments[i].Start, fragments[i].Length)).Replace('\n', ' ', sb.Length - fragments[i].Length, fragments[i].Length);
        }
        sb.Append('\n');
    }
}
