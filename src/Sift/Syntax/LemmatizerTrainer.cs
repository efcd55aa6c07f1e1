using Sift.Learning;

namespace Sift.Syntax;

/// <summary>Learns the lemmatizer's lookup and suffix rules from gold (form, tag, lemma) triples.</summary>
internal static class LemmatizerTrainer
{
    /// <summary>An ending must be shared by this many distinct training words before its rule is trusted.</summary>
    public const int MinTypesPerSuffix = 2;

    public static Lemmatizer Train(List<TreebankSentence> train, LabelSet tags)
    {
        // Most frequent lemma per exact (form, tag) and per lower-cased (form, tag).
        var exact = new Dictionary<ulong, Dictionary<string, int>>();
        var lower = new Dictionary<ulong, Dictionary<string, int>>();
        var types = new HashSet<(string Form, int Tag, string Lemma)>();
        foreach (var s in train)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                var lemma = s.Lemmas[i];
                if (lemma == "_")
                    continue;
                Count(exact, Lemmatizer.ExactKey(s.Forms[i], s.Tags[i]), lemma);
                Count(lower, Lemmatizer.LowerKey(s.Forms[i], s.Tags[i]), lemma);
                types.Add((s.Forms[i], s.Tags[i], lemma));
            }
        }
        var seen = new Dictionary<ulong, string>();
        foreach (var (k, lemmas) in exact)
            seen[k] = Best(lemmas);
        foreach (var (k, lemmas) in lower)
            seen.TryAdd(k, Best(lemmas));

        // Suffix rules over distinct words: for each (tag, ending) the rewrite most words with that ending take.
        var rules = new List<Lemmatizer.SuffixRule>();
        var ruleIndex = new Dictionary<Lemmatizer.SuffixRule, int>();
        var bySuffix = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (form, tag, lemma) in types.OrderBy(t => t.Form, StringComparer.Ordinal).ThenBy(t => t.Tag).ThenBy(t => t.Lemma, StringComparer.Ordinal))
        {
            var source = Lemmatizer.KeepsCase(TagLabel.Split(tags[tag]).Upos) ? form : form.ToLowerInvariant();
            var p = 0;
            while (p < source.Length && p < lemma.Length && source[p] == lemma[p])
                p++;
            var rule = new Lemmatizer.SuffixRule(source.Length - p, lemma[p..]);
            if (!ruleIndex.TryGetValue(rule, out var r))
            {
                ruleIndex[rule] = r = rules.Count;
                rules.Add(rule);
            }
            for (var k = rule.Strip; k <= Math.Min(Lemmatizer.MaxSuffix, source.Length); k++)
            {
                var key = Lemmatizer.RuleKey(source.AsSpan(source.Length - k), tag);
                if (!bySuffix.TryGetValue(key, out var counts))
                    bySuffix[key] = counts = [];
                counts[r] = counts.GetValueOrDefault(r) + 1;
            }
        }
        var ruleFor = new Dictionary<ulong, int>();
        foreach (var (key, counts) in bySuffix)
        {
            if (counts.Values.Sum() < MinTypesPerSuffix)
                continue;
            var best = -1;
            foreach (var (r, c) in counts)
            {
                if (best < 0 || c > counts[best] || (c == counts[best] && r < best))
                    best = r;
            }
            ruleFor[key] = best;
        }
        return new Lemmatizer(seen, ruleFor, [.. rules]);
    }

    private static void Count(Dictionary<ulong, Dictionary<string, int>> table, ulong key, string lemma)
    {
        if (!table.TryGetValue(key, out var lemmas))
            table[key] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
        lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
    }

    private static string Best(Dictionary<string, int> lemmas)
    {
        string? best = null;
        foreach (var (lemma, c) in lemmas)
        {
            if (best is null || c > lemmas[best] || (c == lemmas[best] && string.CompareOrdinal(lemma, best) < 0))
                best = lemma;
        }
        return best!;
    }
}
