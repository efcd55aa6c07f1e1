using Sift.Model;
using Sift.Text;

namespace Sift.Tests.Text;

public class TextLayerTests
{
    private const string Text = "Assad said the plot failed.";

    private static TextLayer Layer() => TextSegmenter.Segment(new Article { Text = Text, Source = "test" });

    private static string Words(TextLayer layer, (int From, int To) range) =>
        string.Join("|", Enumerable.Range(range.From, range.To - range.From).Select(i => Text[layer.Tokens[i].Start..layer.Tokens[i].End]));

    [Theory]
    [InlineData(0, 5, "Assad")]
    [InlineData(6, 14, "said|the")]
    // A span that starts or ends inside a token touches it.
    [InlineData(8, 16, "said|the|plot")]
    [InlineData(15, 27, "plot|failed|.")]
    public void TokensIn_gives_every_token_a_span_touches(int start, int end, string words)
    {
        var layer = Layer();
        Assert.Equal(words, Words(layer, layer.TokensIn(new Span(start, end))));
    }

    [Fact]
    public void TokensIn_a_span_between_tokens_is_empty()
    {
        var layer = Layer();
        var (from, to) = layer.TokensIn(new Span(5, 6));
        Assert.Equal(from, to);
        Assert.Equal("said", Text[layer.Tokens[from].Start..layer.Tokens[from].End]);
    }
}
