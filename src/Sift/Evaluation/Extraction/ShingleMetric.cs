using System.Globalization;

namespace Sift.Evaluation.Extraction;

/// <summary>Normalised shingle counts for one page: TP, FP and FN divided by their sum (all 0 when the sum is 0).</summary>
public readonly record struct PageCounts(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>1 when FP = FN = 0; 0 when TP = FP = 0; else TP/(TP+FP).</summary>
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalsePositive == 0 ? 0.0
        : TruePositive / (TruePositive + FalsePositive);

    /// <summary>1 when FP = FN = 0; 0 when TP = FN = 0; else TP/(TP+FN).</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0
        : TruePositive == 0 && FalseNegative == 0 ? 0.0
        : TruePositive / (TruePositive + FalseNegative);

    /// <summary>Whether the page counts towards the averaged precision (TP+FP &gt; 0).</summary>
    public bool HasPrediction => TruePositive + FalsePositive > 0;

    /// <summary>Whether the page counts towards the averaged recall (TP+FN &gt; 0).</summary>
    public bool HasTruth => TruePositive + FalseNegative > 0;
}

/// <summary>
/// The Zyte article-extraction benchmark metric: <c>\w+</c> tokens (with Python's Unicode meaning),
/// multisets of 4-token shingles, per-page normalised TP/FP/FN.
/// </summary>
public static class ShingleMetric
{
    public const int ShingleSize = 4;

    /// <summary>
    /// The <c>\w+</c> tokens of <paramref name="text"/> as Python's <c>re</c> finds them: a word character is a
    /// letter (L*), a number (Nd, Nl, No) or '_'. Unlike .NET's <c>\w</c>, combining marks and other connector
    /// punctuation are not word characters.
    /// </summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        int start = -1, i = 0;
        while (i < text.Length)
        {
            int width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (IsWordChar(text, i))
            {
                if (start < 0)
                    start = i;
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += width;
        }
        if (start >= 0)
            tokens.Add(text[start..]);
        return tokens;
    }

    private static bool IsWordChar(string text, int index)
    {
        if (text[index] == '_')
            return true;
        return CharUnicodeInfo.GetUnicodeCategory(text, index) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>
    /// The multiset of <see cref="ShingleSize"/>-token shingles of <paramref name="tokens"/>; fewer tokens than that
    /// give one shorter shingle, none give none. Keys join the tokens with a space (tokens never contain one).
    /// </summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return counts;
        if (tokens.Count < ShingleSize)
        {
            counts[string.Join(' ', tokens)] = 1;
            return counts;
        }
        for (int i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Raw (not normalised) TP, FP, FN between the true and predicted shingle multisets.</summary>
    public static (int Tp, int Fp, int Fn) RawCounts(string? truth, string? prediction)
    {
        var t = Shingles(Tokenize(truth));
        var p = Shingles(Tokenize(prediction));
        int tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in t)
        {
            int predCount = p.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predCount);
            fn += Math.Max(0, trueCount - predCount);
        }
        foreach (var (key, predCount) in p)
            fp += Math.Max(0, predCount - t.GetValueOrDefault(key));
        return (tp, fp, fn);
    }

    /// <summary>TP, FP and FN for one page, each divided by their sum so that every page weighs the same.</summary>
    public static PageCounts Compare(string? truth, string? prediction)
    {
        var (tp, fp, fn) = RawCounts(truth, prediction);
        double sum = tp + fp + fn;
        return sum > 0 ? new PageCounts(tp / sum, fp / sum, fn / sum) : new PageCounts(0, 0, 0);
    }

    /// <summary>Whether the two texts have exactly the same token sequence.</summary>
    public static bool ExactMatch(string? truth, string? prediction) =>
        Tokenize(truth).SequenceEqual(Tokenize(prediction), StringComparer.Ordinal);
}
