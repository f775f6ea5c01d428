using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LatestSectionRailTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Latest Editors' Blog\nShutdown Clock: What Closes at Midnight\nCruz Says He Has 'No Regrets'\n\nDiscussion", 2)]
    [InlineData("Latest News\nCouncil Delays Vote on Budget\nBridge Closed for Repairs", 2)]
    public void A_latest_heading_over_headlines_is_a_link_rail(string text, int last) =>
        Assert.Equal(last, LatestSectionRail.End(Lines(text), 0, Lines(text).Count));

    [Theory]
    // A crosshead over text, a heading in sentence case, one headline, and prose all stay.
    [InlineData("Latest Developments\nThe council met on Monday and voted to delay the budget until spring.\n\nMore text")]
    [InlineData("Latest news\nCouncil Delays Vote on Budget\nBridge Closed for Repairs")]
    [InlineData("Latest News\nCouncil Delays Vote on Budget\n\nBridge Closed for Repairs")]
    [InlineData("Latest figures show a rise of 4 percent in the number of visitors.")]
    [InlineData("Latest News\nCouncil Delays Vote on Budget\nBridge Closed for Repairs\nThe council met on Monday and voted to delay it.")]
    public void Text_or_a_lone_headline_is_no_rail(string text) =>
        Assert.Equal(-1, LatestSectionRail.End(Lines(text), 0, Lines(text).Count));
}
