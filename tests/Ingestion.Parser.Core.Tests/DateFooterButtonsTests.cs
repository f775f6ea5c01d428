using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class DateFooterButtonsTests
{
    [Theory]
    [InlineData("September 25, 2013 at 7:12 pm | Reply")]
    [InlineData("Reply | September 25, 2013 at 7:12 pm")]
    [InlineData("September 25, 2013 7:12 pm · Reply · Report abuse")]
    [InlineData("7:12 pm, September 25, 2013 | Reply | Report")]
    public void A_date_line_carries_its_button_in_any_order(string footer) =>
        Assert.True(DateFooterButtons.Carries(footer, "Reply"));

    [Theory]
    [InlineData("Posted September 25, 2013 at 7:12 pm")]
    [InlineData("Reply")]
    [InlineData("September 25, 2013 | Replying to Tom")]
    public void A_date_line_without_the_button_segment_does_not(string footer) =>
        Assert.False(DateFooterButtons.Carries(footer, "Reply"));

    [Fact]
    public void Bars_and_spaced_dots_separate_but_a_plain_date_does_not()
    {
        Assert.True(DateFooterButtons.IsSeparated("September 25, 2013 7:12 pm · Reply"));
        Assert.False(DateFooterButtons.IsSeparated("Posted September 25, 2013 at 7:12 pm"));
    }
}
