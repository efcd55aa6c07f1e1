using System.Globalization;

namespace Sift.Framing.Tone;

/// <summary>
/// The VADER sentiment lexicon (Hutto &amp; Gilbert, ICWSM 2014; MIT licence): token → mean valence on
/// a −4..+4 scale. The file has four tab-separated columns (token, mean, standard deviation, the ten
/// ratings); only the first two are read. A token listed twice keeps its later line. Immutable once
/// built, so one instance serves any number of threads.
/// </summary>
public sealed class ToneLexicon
{
    /// <summary>Where the lexicon lives under the shared data folder.</summary>
    public const string DataPath = "lexicons/vader/vader_lexicon.txt";

    private static readonly Lazy<ToneLexicon> DefaultLexicon =
        new(() => Load(DataLocator.Require(DataPath)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, double> valences;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>The lexicon of the shared data folder, read on first use.</summary>
    public static ToneLexicon Default => DefaultLexicon.Value;

    /// <summary>Reads a lexicon in the VADER format from <paramref name="reader"/>.</summary>
    public ToneLexicon(TextReader reader)
    {
        valences = new Dictionary<string, double>(StringComparer.Ordinal);
        var phrases = new List<(string, double)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new FormatException($"tone lexicon line {lineNumber}: expected token<TAB>valence");
            var rest = line.AsSpan(tab + 1);
            var end = rest.IndexOf('\t');
            if (end >= 0)
                rest = rest[..end];
            if (!double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
                throw new FormatException($"tone lexicon line {lineNumber}: \"{rest}\" is not a number");
            var token = line[..tab];
            valences[token] = valence;
            if (token.Contains(' '))
                phrases.Add((token, valence));
        }
        // A duplicated phrase keeps its later valence, as the dictionary does.
        Phrases = phrases.Select(p => (p.Item1, valences[p.Item1])).Distinct().ToArray();
        lookup = valences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the lexicon file at <paramref name="path"/>.</summary>
    public static ToneLexicon Load(string path)
    {
        if (!File.Exists(path))
            throw new Intake.InputException(path, "the VADER tone lexicon is missing");
        using var reader = new StreamReader(path);
        return new ToneLexicon(reader);
    }

    /// <summary>How many distinct tokens the lexicon holds.</summary>
    public int Count => valences.Count;

    /// <summary>The entries whose token holds a space ("fed up", "can't stand"), matched across tokens.</summary>
    internal IReadOnlyList<(string Phrase, double Valence)> Phrases { get; }

    /// <summary>The valence of <paramref name="token"/>, compared exactly (the lexicon's words are lower-case).</summary>
    public bool TryGetValence(ReadOnlySpan<char> token, out double valence) => lookup.TryGetValue(token, out valence);
}
