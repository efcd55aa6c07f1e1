namespace Sift.Quotes;

/// <summary>
/// Lemmas that signal attribution: the report verbs of Recasens et al. (2013) plus a few nouns and
/// prepositions PolNeAR treats as cues ("according to", "statement"). Stored inside the model file.
/// </summary>
public sealed class ReportVerbs
{
    private static readonly string[] Extra =
    [
        "according", "say", "tell", "statement", "told", "claim", "brief", "praise", "express", "hope", "stress",
        "emphasize", "underline", "highlight", "believe", "think", "want", "urge", "warn", "vow", "insist",
        "note", "add", "ask", "call", "accuse", "deny", "argue", "report", "write", "tweet", "post", "announce",
    ];

    private readonly HashSet<string> _lemmas;

    public ReportVerbs(IEnumerable<string> lemmas)
    {
        _lemmas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in lemmas)
            _lemmas.Add(l);
    }

    public IReadOnlyCollection<string> Lemmas => _lemmas;

    public bool Contains(string lemma) => _lemmas.Contains(lemma);

    /// <summary>The list file (one lemma a line, # comments) with the built-in extras.</summary>
    public static ReportVerbs FromFile(string path)
    {
        if (!File.Exists(path))
            throw new Intake.InputException(path, "no such file");
        var lemmas = new List<string>(Extra);
        foreach (var line in File.ReadLines(path))
        {
            var t = line.Trim();
            if (t.Length > 0 && t[0] != '#')
                lemmas.Add(t);
        }
        lemmas.Sort(StringComparer.Ordinal);
        return new ReportVerbs(lemmas);
    }
}
