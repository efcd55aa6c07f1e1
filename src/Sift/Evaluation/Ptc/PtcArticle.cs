using Sift.Model;

namespace Sift.Evaluation.Ptc;

/// <summary>
/// One PTC article: its text exactly as the file's bytes decode (a leading U+FEFF kept as character 0),
/// and its gold labels both as the files give them (code points) and as C# spans (UTF-16).
/// </summary>
public sealed class PtcArticle
{
    internal PtcArticle(string id, string text, IReadOnlyList<CodePointSpan> siCodePoints, IReadOnlyList<TcLabel> tcLabels)
    {
        Id = id;
        Text = text;
        Map = new CodePointMap(text);
        SiGoldCodePoints = siCodePoints;
        TcGoldLabels = tcLabels;
        SiGold = siCodePoints.Select(Map.ToUtf16).ToArray();
        TcGold = tcLabels.Select(l => new TechniqueSpan(l.Technique, Map.ToUtf16(l.Span))).ToArray();
    }

    /// <summary>The number in <c>article&lt;ID&gt;.txt</c>.</summary>
    public string Id { get; }

    public string Text { get; }

    public CodePointMap Map { get; }

    /// <summary>The SI gold spans in file order, unmerged, in code points.</summary>
    public IReadOnlyList<CodePointSpan> SiGoldCodePoints { get; }

    /// <summary>The SI gold spans in file order, unmerged, in UTF-16 units.</summary>
    public IReadOnlyList<Span> SiGold { get; }

    /// <summary>The TC gold lines of this article in file order, in code points.</summary>
    public IReadOnlyList<TcLabel> TcGoldLabels { get; }

    /// <summary>The TC gold lines of this article in file order, in UTF-16 units.</summary>
    public IReadOnlyList<TechniqueSpan> TcGold { get; }

    /// <summary>True for the held-out validation articles (numeric id divisible by 5).</summary>
    public bool IsValidation => PtcCorpus.IsValidationId(Id);

    public SiLabel ToSiLabel(Span utf16) => new(Id, Map.ToCodePoints(utf16));

    public TcLabel ToTcLabel(string technique, Span utf16) => new(Id, technique, Map.ToCodePoints(utf16));

    /// <summary>The article as Sift's pipeline takes it: the PTC layout is a title, a blank line, then one sentence per line.</summary>
    public Article ToArticle(string source) => new()
    {
        Text = Text,
        Source = source,
        Layout = TextLayout.SentencePerLine,
    };
}
