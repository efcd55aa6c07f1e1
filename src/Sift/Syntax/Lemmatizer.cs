using Sift.Learning;

namespace Sift.Syntax;

/// <summary>
/// Lemmas from the form and its tag: a lookup of (form, tag) pairs seen in training — exact case
/// first, then lower case — and, for unseen words, the suffix rewrite ("-ies" → "-y") most often
/// seen in training for that tag and the longest known ending of the word. Proper nouns keep
/// their case; other words are lower-cased before a rule applies.
/// </summary>
public sealed class Lemmatizer
{
    public const string Kind = "lemmatizer";
    internal static readonly ulong FeatureSet = FeatureHash.Of("lemmatizer/1: exact(form,tag) lower(form,tag) rules(tag,suffix0-6)");
    internal const int MaxSuffix = 6;

    private readonly Dictionary<ulong, string> _seen;
    private readonly Dictionary<ulong, int> _ruleFor;
    private readonly SuffixRule[] _rules;

    /// <summary>Every lemma the treebank gives and the hand-kept ones it lacks, to check a suffix rule's guess against.</summary>
    private readonly HashSet<string> _known;

    private static readonly string[] BeyondTreebank = [.. Text.EmbeddedLists.ReadRows("Syntax/lemmas-beyond-treebank.txt").Select(row => row[0])];

    internal Lemmatizer(Dictionary<ulong, string> seen, Dictionary<ulong, int> ruleFor, SuffixRule[] rules)
    {
        _seen = seen;
        _ruleFor = ruleFor;
        _rules = rules;
        _known = new HashSet<string>(seen.Values, StringComparer.Ordinal);
        _known.UnionWith(BeyondTreebank);
    }

    internal readonly record struct SuffixRule(int Strip, string Append);

    internal static ulong ExactKey(ReadOnlySpan<char> form, int tag) => FeatureHash.Feature(901, FeatureHash.Of(form), (ulong)tag);

    internal static ulong LowerKey(ReadOnlySpan<char> form, int tag) => FeatureHash.Feature(902, FeatureHash.OfLower(form), (ulong)tag);

    internal static ulong RuleKey(ReadOnlySpan<char> suffix, int tag) => FeatureHash.Feature(903, FeatureHash.Of(suffix), (ulong)tag);

    /// <summary>Whether a tag's words keep their case in the lemma (proper nouns).</summary>
    internal static bool KeepsCase(string upos) => upos == "PROPN";

    public string Lemmatize(string form, int tag, string upos)
    {
        if (_seen.TryGetValue(ExactKey(form, tag), out var lemma) || _seen.TryGetValue(LowerKey(form, tag), out lemma))
            return lemma;
        var source = KeepsCase(upos) ? form : form.ToLowerInvariant();
        if (upos == "VERB" && UndoubledStem(source) is { } stem)
            return stem;
        string? first = null;
        for (var k = Math.Min(MaxSuffix, source.Length); k >= 0; k--)
        {
            if (!_ruleFor.TryGetValue(RuleKey(source.AsSpan(source.Length - k), tag), out var r))
                continue;
            var rule = _rules[r];
            if (rule.Strip > source.Length)
                continue;
            if (rule.Strip == 0 && rule.Append.Length == 0)
                return first ?? source;
            var guess = WithFinalE(source, string.Concat(source.AsSpan(0, source.Length - rule.Strip), rule.Append));
            // The longest ending's rule can come from other words' spelling: "-bed" from "rubbed" → rub made
            // "climbed" clim. A shorter ending's rule that gives a lemma the treebank knows wins over it.
            if (_known.Contains(guess))
                return guess;
            first ??= guess;
        }
        return first ?? source;
    }

    /// <summary>
    /// "sparred", "nodding", "dimming": a vowel, a doubled consonant and -ed or -ing is a short stem that doubled
    /// its last letter (spar, nod, dim), not one with a silent e ("spare", "node", "dime", the known lemmas a
    /// suffix rule's guess landed on). Not for l, s, f or z, which stems end in doubled ("rolled", "pressed").
    /// </summary>
    private static string? UndoubledStem(string form)
    {
        var suffix = form.EndsWith("ed", StringComparison.Ordinal) ? 2 : form.EndsWith("ing", StringComparison.Ordinal) ? 3 : 0;
        var end = form.Length - suffix;
        if (suffix == 0 || end < 4)
            return null;
        var c = form[end - 1];
        if (c != form[end - 2] || "bdgkmnprt".IndexOf(c) < 0 || "aeiou".IndexOf(form[end - 3]) < 0)
            return null;
        return form[..(end - 1)];
    }

    /// <summary>
    /// An unseen word's ending says too little about a final silent e: "-ined" is "joined" → join as often as
    /// "declined" → decline, so "blamed", "ruled" and "conceded" came out "blam", "rul" and "conced", and
    /// "boasted" "boaste". Where the rule's guess is no lemma the treebank knows and the guess with its final
    /// e added or dropped is, the known word wins.
    /// </summary>
    private string WithFinalE(string form, string guess)
    {
        if (guess.Length < 3 || _known.Contains(guess) || !(form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith("ing", StringComparison.Ordinal) || form.EndsWith("es", StringComparison.Ordinal)))
            return guess;
        var other = guess[^1] == 'e' ? guess[..^1] : guess + "e";
        return _known.Contains(other) ? other : guess;
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        ModelFile.WriteHeader(writer, Kind, FeatureSet);
        writer.Write(_seen.Count);
        foreach (var (k, v) in _seen.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
        writer.Write(_rules.Length);
        foreach (var rule in _rules)
        {
            writer.Write(rule.Strip);
            writer.Write(rule.Append);
        }
        writer.Write(_ruleFor.Count);
        foreach (var (k, v) in _ruleFor.OrderBy(p => p.Key))
        {
            writer.Write(k);
            writer.Write(v);
        }
    }

    public static Lemmatizer Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        ModelFile.ReadHeader(reader, path, Kind, FeatureSet);
        var seen = new Dictionary<ulong, string>();
        for (int i = 0, n = reader.ReadInt32(); i < n; i++)
            seen[reader.ReadUInt64()] = reader.ReadString();
        var rules = new SuffixRule[reader.ReadInt32()];
        for (var i = 0; i < rules.Length; i++)
            rules[i] = new SuffixRule(reader.ReadInt32(), reader.ReadString());
        var ruleFor = new Dictionary<ulong, int>();
        for (int i = 0, n = reader.ReadInt32(); i < n; i++)
            ruleFor[reader.ReadUInt64()] = reader.ReadInt32();
        return new Lemmatizer(seen, ruleFor, rules);
    }
}
