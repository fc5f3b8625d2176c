using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class QuotedSpansTests
{
    private readonly QuotedSpans spans = new([(10, 20), (40, 45)]);

    [Theory]
    [InlineData(10, true)]
    [InlineData(19, true)]
    [InlineData(20, false)]
    [InlineData(5, false)]
    [InlineData(42, true)]
    [InlineData(50, false)]
    public void A_position_is_inside_a_quotation_only_between_its_marks(int position, bool inside)
    {
        Assert.Equal(inside, spans.Contains(position));
    }
}
