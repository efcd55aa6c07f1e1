using System.Globalization;
using System.Text;
using Sift.Evaluation.Ptc;
using Sift.Intake;
using Sift.Model;

namespace Sift.Evaluation.PolNear;

/// <summary>One gold attribution: source fragments (empty when there is none), cue fragments, content fragments (Content and Content2), UTF-16 offsets.</summary>
public sealed record PolNearAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content);

/// <summary>One article of PolNeAR with the attributions of its first annotator (the first .ann in sorted order).</summary>
public sealed record PolNearArticle(string Id, string Text, DateOnly Published, string Publisher, IReadOnlyList<PolNearAttribution> Attributions)
{
    /// <summary>
    /// The text as a Sift article: paragraphs are separated by blank lines, and the first line is the
    /// headline where plain text would have one.
    /// </summary>
    public Article ToArticle()
    {
        var title = PlainTextReader.FindHeadline(Text);
        return new()
        {
            Text = Text,
            Source = Id,
            TitleSpan = title,
            Layout = TextLayout.BlankLineParagraphs,
            Metadata = new ArticleMetadata { Published = Published, Title = title is { } t ? Text[t.Start..t.End] : null },
        };
    }
}

/// <summary>
/// A PolNeAR split in its own layout (text/*.txt, attributions/*_annotator.ann, optionally metadata.tsv):
/// BRAT standoff with code-point offsets, read into UTF-16 spans. Each E line is one attribution; roles come
/// from the E line, not the T label; Discard and Discuss spans and trigger-only events are skipped.
/// </summary>
public static class PolNearCorpus
{
    /// <summary>The first day of the last month-long sampling period in train: the validation months start here.</summary>
    public static readonly DateOnly ValidationStart = new(2016, 8, 8);

    public static IReadOnlyList<PolNearArticle> Load(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "train", "text")))
            folder = Path.Combine(folder, "train");
        var textFolder = Path.Combine(folder, "text");
        var annFolder = Path.Combine(folder, "attributions");
        if (!Directory.Exists(textFolder) || !Directory.Exists(annFolder))
            throw new InputException(folder, "not a PolNeAR split (expected text/ and attributions/)");
        var anns = Directory.GetFiles(annFolder, "*.ann");
        Array.Sort(anns, StringComparer.Ordinal);
        var firstAnn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ann in anns)
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            var cut = stem.LastIndexOf('_');
            if (cut <= 0)
                continue;
            firstAnn.TryAdd(stem[..cut], ann);
        }
        var texts = Directory.GetFiles(textFolder, "*.txt");
        Array.Sort(texts, StringComparer.Ordinal);
        var result = new List<PolNearArticle>(texts.Length);
        foreach (var path in texts)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (!firstAnn.TryGetValue(id, out var ann))
                continue;
            var text = File.ReadAllText(path, Encoding.UTF8);
            var parts = id.Split('_');
            var date = parts.Length > 1 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;
            result.Add(new PolNearArticle(id, text, date, parts[0], ReadAnn(ann, text)));
        }
        if (result.Count == 0)
            throw new InputException(folder, "no PolNeAR articles with annotations found");
        return result;
    }

    public static IReadOnlyList<PolNearAttribution> ReadAnn(string path, string text)
    {
        var map = new CodePointMap(text);
        var spans = new Dictionary<string, (string Label, List<Span> Fragments)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (line[0] == 'T' && fields.Length >= 2)
            {
                var head = fields[1];
                var space = head.IndexOf(' ');
                if (space < 0)
                    continue;
                var fragments = new List<Span>();
                foreach (var part in head[(space + 1)..].Split(';'))
                {
                    var nums = part.Trim().Split(' ');
                    if (nums.Length == 2 && int.TryParse(nums[0], out var s) && int.TryParse(nums[1], out var e) && e <= map.CodePointLength && s < e)
                        fragments.Add(new Span(map.ToUtf16(s), map.ToUtf16(e)));
                }
                fragments.Sort((a, b) => a.Start.CompareTo(b.Start));
                spans[fields[0]] = (head[..space], fragments);
            }
            else if (line[0] == 'E' && fields.Length >= 2)
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        var result = new List<PolNearAttribution>(events.Count);
        foreach (var args in events)
        {
            var source = new List<Span>();
            var cue = new List<Span>();
            var content = new List<Span>();
            foreach (var arg in args.AsSpan(1))
            {
                var colon = arg.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var t))
                    continue;
                var role = arg[..colon];
                var target = role switch { "Source" => source, "Cue" => cue, "Content" or "Content2" => content, _ => null };
                target?.AddRange(t.Fragments);
            }
            if (cue.Count == 0 && content.Count == 0)
                continue; // a trigger-only event
            content.Sort((a, b) => a.Start.CompareTo(b.Start));
            result.Add(new PolNearAttribution(source, cue, content));
        }
        return result;
    }
}
