using Sift.Model;

namespace Sift.Tests;

public class SpanTests
{
    [Fact]
    public void Overlap_is_end_exclusive()
    {
        Assert.True(new Span(0, 5).Overlaps(new Span(4, 6)));
        Assert.False(new Span(0, 5).Overlaps(new Span(5, 6)));
    }
}
