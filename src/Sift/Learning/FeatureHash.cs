using System.Runtime.CompilerServices;

namespace Sift.Learning;

/// <summary>
/// 64-bit feature hashes built without allocating strings: a template seed combined with hashed
/// character spans or integers. A hash is never 0, which model tables use to mark empty slots.
/// The template forms are inlined: feature extraction calls them a hundred times a decision, and
/// inlined, a constant template's seed folds to a constant.
/// </summary>
public static class FeatureHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325UL;
    private const ulong FnvPrime = 0x100000001b3UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash of a character span (FNV-1a over UTF-16 units, then mixed).</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
            h = (h ^ c) * FnvPrime;
        return Mix(h ^ (ulong)text.Length);
    }

    /// <summary>The hash of a character span, lower-cased on the fly.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
            h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        return Mix(h ^ (ulong)text.Length);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    /// <summary>A feature of template <paramref name="template"/> over one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => NonZero(Step(Step(Seed(template), a), 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => NonZero(Step(Step(Step(Seed(template), a), b), 2));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        NonZero(Step(Step(Step(Step(Seed(template), a), b), c), 3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c, ulong d) =>
        NonZero(Step(Step(Step(Step(Step(Seed(template), a), b), c), d), 4));

    /// <summary>Combines an order-sensitive sequence of values (used for feature-set fingerprints).</summary>
    public static ulong Combine(ulong h, ulong value) => Step(h, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(int template) => Mix((ulong)(uint)template * Golden + FnvOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ulong v) => Mix((h ^ v) * Golden + 0x632BE59BD9B4E019UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
