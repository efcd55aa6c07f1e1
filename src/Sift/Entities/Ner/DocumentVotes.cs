using Sift.Learning;

namespace Sift.Entities.Ner;

/// <summary>
/// How pass one labelled each word form across a document: a name is usually the same kind of
/// entity every time it recurs ("Jaberi Ansari" after "Hossein Jaberi Ansari"), and the clearest
/// context anywhere in the article can decide the others.
/// </summary>
internal sealed class DocumentVotes
{
    private readonly Dictionary<ulong, int[]> _counts = [];

    public void Clear() => _counts.Clear();

    public void Add(ReadOnlySpan<ulong> forms, ReadOnlySpan<int> labels)
    {
        for (var i = 0; i < forms.Length; i++)
        {
            if (!_counts.TryGetValue(forms[i], out var counts))
                _counts[forms[i]] = counts = new int[NerLabels.Types.Length + 1];
            counts[NerLabels.TypeOf(labels[i]) + 1]++;
        }
    }

    /// <summary>The majority type of the word's other occurrences and whether they agree, as one hash; 0 when it occurs only here.</summary>
    public ulong Vote(ulong form, int ownLabel)
    {
        if (!_counts.TryGetValue(form, out var counts))
            return 0;
        var own = NerLabels.TypeOf(ownLabel) + 1;
        int best = -1, bestCount = 0, total = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            var c = counts[k] - (k == own ? 1 : 0);
            total += c;
            if (c > bestCount)
            {
                best = k;
                bestCount = c;
            }
        }
        if (total == 0)
            return 0;
        var agreement = bestCount == total ? 2UL : 2 * bestCount > total ? 1UL : 0UL;
        return FeatureHash.Feature(-2, (ulong)best + 1, agreement);
    }
}
