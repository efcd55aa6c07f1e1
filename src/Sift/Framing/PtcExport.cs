using Sift.Evaluation.Ptc;
using Sift.Model;

namespace Sift.Framing;

/// <summary>
/// Writes the framing layer's technique spans as PTC TC label lines (article id, technique, start,
/// end; offsets in code points, end exclusive), so any SemEval-2020 Task 11 scorer reads them.
/// </summary>
public static class PtcExport
{
    public static void Write(TextWriter writer, Analysis analysis)
    {
        if (analysis.Framing is not { } framing)
            return;
        var id = ArticleId(analysis.Article.Source);
        var map = new CodePointMap(analysis.Article.Text);
        var labels = new List<TcLabel>(framing.Techniques.Count);
        foreach (var t in framing.Techniques)
            labels.Add(new TcLabel(id, t.Technique, map.ToCodePoints(t.Span)));
        PtcLabelFile.WriteTc(writer, labels);
    }

    /// <summary>PTC's id: the number of <c>article&lt;ID&gt;.txt</c>, else the file name without its extension.</summary>
    public static string ArticleId(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        if (name.StartsWith("article", StringComparison.Ordinal) && name.Length > 7 && name[7..].All(char.IsAsciiDigit))
            return name[7..];
        return name.Length > 0 ? name : "stdin";
    }
}
