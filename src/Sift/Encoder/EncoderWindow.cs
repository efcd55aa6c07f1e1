namespace Sift.Encoder;

/// <summary>
/// One model input: words [FirstWord, EndWord) of a sentence, of which [OwnedFirst, OwnedEnd) take
/// their vectors from this window (the rest are context shared with a neighbouring window).
/// </summary>
internal readonly record struct EncoderWindow(int Sentence, int FirstWord, int EndWord, int OwnedFirst, int OwnedEnd);

/// <summary>
/// Cuts a sentence whose pieces overflow the model's window into overlapping windows at word
/// boundaries. Where two windows overlap, each word takes its vector from the window in which it
/// sits farther from the edge: the words before the middle of the overlap from the earlier one.
/// </summary>
internal static class WindowPlanner
{
    /// <param name="wordStarts">The first piece of each word, then the sentence's piece count.</param>
    public static void Plan(int sentence, ReadOnlySpan<int> wordStarts, int maxPieces, int overlap, List<EncoderWindow> windows)
    {
        var words = wordStarts.Length - 1;
        if (words == 0)
            return;
        var first = windows.Count;
        var start = 0;
        while (true)
        {
            var end = start + 1; // a word alone always fits: WordPieces caps its pieces below the window
            while (end < words && wordStarts[end + 1] - wordStarts[start] <= maxPieces)
                end++;
            windows.Add(new EncoderWindow(sentence, start, end, start, end));
            if (end == words)
                break;
            var next = end;
            while (next - 1 > start && wordStarts[end] - wordStarts[next - 1] <= overlap)
                next--;
            start = next;
        }

        // Hand each overlap over at its middle word.
        for (var i = first + 1; i < windows.Count; i++)
        {
            var earlier = windows[i - 1];
            var later = windows[i];
            var seam = Math.Max((later.FirstWord + earlier.EndWord) / 2, earlier.OwnedFirst);
            windows[i - 1] = earlier with { OwnedEnd = seam };
            windows[i] = later with { OwnedFirst = seam };
        }
    }
}
