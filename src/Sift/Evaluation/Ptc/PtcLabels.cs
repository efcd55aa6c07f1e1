using Sift.Model;

namespace Sift.Evaluation.Ptc;

/// <summary>One line of an SI label file: a propagandist span, in code points.</summary>
public sealed record SiLabel(string ArticleId, CodePointSpan Span);

/// <summary>One line of a TC label file: a span and its technique, in code points.</summary>
public sealed record TcLabel(string ArticleId, string Technique, CodePointSpan Span);

/// <summary>A gold technique on a span of an article's text, in UTF-16 units.</summary>
public readonly record struct TechniqueSpan(string Technique, Span Span);

/// <summary>The 14 technique names of SemEval-2020 Task 11, exactly as the TC files spell them, in the official order.</summary>
public static class PtcTechniques
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Appeal_to_Authority",
        "Appeal_to_fear-prejudice",
        "Bandwagon,Reductio_ad_hitlerum",
        "Black-and-White_Fallacy",
        "Causal_Oversimplification",
        "Doubt",
        "Exaggeration,Minimisation",
        "Flag-Waving",
        "Loaded_Language",
        "Name_Calling,Labeling",
        "Repetition",
        "Slogans",
        "Thought-terminating_Cliches",
        "Whataboutism,Straw_Men,Red_Herring",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string technique) => Known.Contains(technique);
}
