using Sift.Encoder;

namespace Sift.Tests.Encoder;

public class WindowPlannerTests
{
    private static int[] Starts(params int[] piecesPerWord)
    {
        var starts = new int[piecesPerWord.Length + 1];
        for (var i = 0; i < piecesPerWord.Length; i++)
            starts[i + 1] = starts[i] + piecesPerWord[i];
        return starts;
    }

    private static List<EncoderWindow> Plan(int[] starts, int max, int overlap)
    {
        var windows = new List<EncoderWindow>();
        WindowPlanner.Plan(7, starts, max, overlap, windows);
        return windows;
    }

    [Fact]
    public void A_sentence_that_fits_is_one_window_owning_every_word()
    {
        Assert.Equal([new EncoderWindow(7, 0, 3, 0, 3)], Plan(Starts(1, 2, 1), 10, 4));
    }

    [Fact]
    public void An_empty_sentence_has_no_window()
    {
        Assert.Empty(Plan(Starts(), 10, 4));
    }

    [Fact]
    public void Long_sentences_overlap_and_every_word_is_owned_by_exactly_one_window()
    {
        var pieces = Enumerable.Range(0, 600).Select(i => 1 + i % 3).ToArray();
        var starts = Starts(pieces);

        var windows = Plan(starts, 510, 128);

        Assert.True(windows.Count >= 3);
        Assert.All(windows, w => Assert.True(starts[w.EndWord] - starts[w.FirstWord] <= 510));
        Assert.All(windows, w => Assert.True(w.FirstWord <= w.OwnedFirst && w.OwnedEnd <= w.EndWord));
        Assert.Equal(0, windows[0].OwnedFirst);
        Assert.Equal(600, windows[^1].OwnedEnd);
        for (var i = 1; i < windows.Count; i++)
        {
            Assert.Equal(windows[i - 1].OwnedEnd, windows[i].OwnedFirst);
            Assert.True(windows[i].FirstWord < windows[i - 1].EndWord, "windows overlap");
            Assert.True(windows[i].OwnedFirst - windows[i].FirstWord >= 20, "an owned word has context before it");
        }
    }

    [Fact]
    public void A_word_too_big_to_overlap_makes_windows_meet_edge_to_edge()
    {
        var windows = Plan(Starts(4, 4, 4), 8, 2);

        Assert.Equal([new EncoderWindow(7, 0, 2, 0, 2), new EncoderWindow(7, 2, 3, 2, 3)], windows);
    }
}
