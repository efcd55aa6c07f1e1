using Sift.Learning;

namespace Sift.Framing.Propaganda;

/// <summary>Which cue lists a word or phrase is on (Recasens et al. 2013's bias and epistemic lists).</summary>
[Flags]
public enum CueKind : byte
{
    None = 0,
    /// <summary>The NPOV bias lexicon: words Wikipedia's neutrality edits removed most often ("regime", "terrorist").</summary>
    Bias = 1,
    Hedge = 2,
    Factive = 4,
    Assertive = 8,
    Implicative = 16,
    Report = 32,
}

/// <summary>
/// The cue words the propaganda features look at: the bias and epistemic lists and VADER's
/// valences, keyed by the hash of the lower-cased words (one word, or a phrase of up to
/// <see cref="MaxPhrase"/> words), so a lookup allocates nothing. Built from the shared lexicons at
/// training time and stored in the model file, so analysis does not need the data folder.
/// </summary>
public sealed class CueLexicon
{
    public const int MaxPhrase = 4;

    private readonly Dictionary<ulong, CueKind> _kinds;
    private readonly Dictionary<ulong, sbyte> _valence;

    private CueLexicon(Dictionary<ulong, CueKind> kinds, Dictionary<ulong, sbyte> valence)
    {
        _kinds = kinds;
        _valence = valence;
    }

    public int Count => _kinds.Count + _valence.Count;

    /// <summary>The key of a lower-cased word sequence (each word's <see cref="FeatureHash.OfLower"/>).</summary>
    public static ulong KeyOf(ReadOnlySpan<ulong> lowerWords)
    {
        if (lowerWords.Length == 1)
            return lowerWords[0];
        var h = FeatureHash.Feature(-7, (ulong)lowerWords.Length);
        foreach (var w in lowerWords)
            h = FeatureHash.Combine(h, w);
        return h;
    }

    public CueKind KindOf(ulong key) => _kinds.GetValueOrDefault(key);

    /// <summary>VADER's mean valence times ten (−39..34), 0 when the word is not rated.</summary>
    public sbyte ValenceOf(ulong key) => _valence.GetValueOrDefault(key);

    /// <summary>Reads the lists under <c>lexicons/</c> of the shared data folder.</summary>
    public static CueLexicon FromFolder(string lexicons)
    {
        var kinds = new Dictionary<ulong, CueKind>();
        var cues = Path.Combine(lexicons, "recasens2013-bias-cues");
        AddList(kinds, Path.Combine(cues, "npov_lexicon.txt"), CueKind.Bias);
        AddList(kinds, Path.Combine(cues, "hedges_hyland2005.txt"), CueKind.Hedge);
        AddList(kinds, Path.Combine(cues, "factives_hooper1975.txt"), CueKind.Factive);
        AddList(kinds, Path.Combine(cues, "assertives_hooper1975.txt"), CueKind.Assertive);
        AddList(kinds, Path.Combine(cues, "implicatives_karttunen1971.txt"), CueKind.Implicative);
        AddList(kinds, Path.Combine(cues, "report_verbs.txt"), CueKind.Report);
        var valence = new Dictionary<ulong, sbyte>();
        var vader = Path.Combine(lexicons, "vader", "vader_lexicon.txt");
        RequireFile(vader);
        foreach (var line in File.ReadLines(vader))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || !double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var mean))
                continue;
            var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxPhrase)
                continue;
            // The later of a duplicated token's lines wins, as in the reference implementation.
            valence[Key(words)] = (sbyte)Math.Clamp(Math.Round(mean * 10), -40, 40);
        }
        return new CueLexicon(kinds, valence);
    }

    private static void AddList(Dictionary<ulong, CueKind> kinds, string path, CueKind kind)
    {
        RequireFile(path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var words = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > MaxPhrase)
                continue;
            // The lists hold base forms only; add the regular inflections of single words.
            foreach (var form in words.Length == 1 ? Inflections(words[0]) : [string.Join(' ', words)])
            {
                var key = Key(form.Split(' '));
                kinds[key] = kinds.GetValueOrDefault(key) | kind;
            }
        }
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
            throw new Intake.InputException(path, "lexicon file not found");
    }

    internal static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        if (word.Length < 3 || !word.All(char.IsLetter))
            yield break;
        var stem = word.EndsWith('e') ? word[..^1] : word;
        yield return word.EndsWith('s') ? word + "es" : word.EndsWith('y') && !"aeiou".Contains(word[^2]) ? word[..^1] + "ies" : word + "s";
        yield return word.EndsWith('y') && !"aeiou".Contains(word[^2]) ? word[..^1] + "ied" : stem + "ed";
        yield return stem + "ing";
        yield return word + "ly";
    }

    private static ulong Key(string[] words)
    {
        Span<ulong> hashes = stackalloc ulong[MaxPhrase];
        for (var i = 0; i < words.Length; i++)
            hashes[i] = FeatureHash.OfLower(words[i]);
        return KeyOf(hashes[..words.Length]);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_kinds.Count);
        foreach (var (key, kind) in _kinds.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((byte)kind);
        }
        writer.Write(_valence.Count);
        foreach (var (key, value) in _valence.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static CueLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var kinds = new Dictionary<ulong, CueKind>(count);
        for (var i = 0; i < count; i++)
            kinds[reader.ReadUInt64()] = (CueKind)reader.ReadByte();
        count = reader.ReadInt32();
        var valence = new Dictionary<ulong, sbyte>(count);
        for (var i = 0; i < count; i++)
            valence[reader.ReadUInt64()] = reader.ReadSByte();
        return new CueLexicon(kinds, valence);
    }
}
