using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeskBylineTests
{
    [Theory]
    [InlineData("By Business Journal Staff")]
    [InlineData("By Valley Sentinel Staff Reports")]
    [InlineData("Written by Business Journal Staff")]
    [InlineData("Posted by KXRV Staff")]
    public void A_byline_naming_the_newsroom_is_a_desk_byline(string line) => Assert.True(DeskByline.Is(line));

    [Theory]
    [InlineData("By Mark Ellison")]
    [InlineData("By Staff")]
    [InlineData("Written by Mark Ellison")]
    [InlineData("Bremer Tool & Die to add 60 jobs at Carver plant")]
    [InlineData("By the end of the year, the plant will need more staff")]
    public void A_persons_byline_a_headline_or_a_sentence_is_none(string line) => Assert.False(DeskByline.Is(line));

    [Fact]
    public void The_headline_over_a_desk_byline_is_the_title()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Business Briefs\n\nBremer Tool & Die to add 60 jobs at Carver plant\n\nBy Business Journal Staff\n\nThursday, September 26, 2013, 2:30 PM EDT\n\n"
            + "Bremer Tool & Die Co. plans to add 60 jobs over the next two years at its Carver plant after winning a contract, the company said Thursday.\n\n"
            + "The family-owned company will spend $8.5 million on two new presses and an addition on the north side of the plant.\n"), "brief.txt");

        Assert.Equal("Bremer Tool & Die to add 60 jobs at Carver plant", page.Title);
        Assert.Empty(page.Authors);
    }
}
