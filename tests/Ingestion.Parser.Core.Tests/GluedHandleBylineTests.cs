using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedHandleBylineTests
{
    [Theory]
    [InlineData("By Simon Achterberg@sachterbergSept. 27, 20137 Comments", "By Simon Achterberg | Sept. 27, 2013 | 7 Comments")]
    [InlineData("By Simon Achterberg@sachterbergOct. 2, 2013", "By Simon Achterberg | Oct. 2, 2013")]
    [InlineData("By Adam Kessler @adamkesslerSept. 25, 2013", "By Adam Kessler | Sept. 25, 2013")]
    public void A_glued_byline_row_is_spaced_into_its_items(string line, string spaced) => Assert.Equal(spaced, GluedHandleByline.Spaced(line));

    [Theory]
    [InlineData("By Dana Whitcomb dwhitcomb@ridgefieldledger.com")]
    [InlineData("Write to tips@paper.com by Sept. 30")]
    [InlineData("By Adam Kessler @adamkessler")]
    [InlineData("By Adam Kessler @adamkessler Sept. 25, 2013")]
    [InlineData("Follow @adamkesslerSept. 25, 2013")]
    public void An_address_or_a_line_that_is_no_byline_stays_as_it_is(string line) => Assert.Equal(line, GluedHandleByline.Spaced(line));
}
