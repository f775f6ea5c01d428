using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagsAfterDateLineTests
{
    [Theory]
    [InlineData("Posted: Thursday, September 26, 2013 10:40 pm | Updated: 8:15 am, Fri Sep 27, 2013. | Tags: School Buses, Redline Transit")]
    [InlineData("Posted in Education on Thursday, September 26, 2013 10:40 pm. Updated: 8:15 am. | Tags: School Buses, Redline Transit")]
    [InlineData("Posted: Thursday, September 26, 2013 10:40 pm | Tags: School Buses, Redline Transit | 3 comments")]
    public void The_tags_after_a_bar_are_read(string line) =>
        Assert.Equal(["School Buses", "Redline Transit"], TagsAfterDateLine.TryRead(line));

    [Theory]
    [InlineData("Posted: Thursday, September 26, 2013 10:40 pm | Updated: 8:15 am")]
    [InlineData("Tags: School Buses, Redline Transit")]
    [InlineData("By Megan Tolliver | Sept. 26, 2013")]
    public void A_line_without_tags_after_a_bar_has_none(string line) => Assert.Null(TagsAfterDateLine.TryRead(line));

    [Fact]
    public void A_page_whose_date_line_ends_with_tags_has_them()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "School buses to run late all week\n\nBy Megan Tolliver\n\n"
            + "The district said Thursday that buses on six routes will run up to 20 minutes late while a new contractor hires drivers.\n\n"
            + "Posted in Education on Thursday, September 26, 2013 10:40 pm. Updated: 8:15 am. | Tags: School Buses, Redline Transit\n"), "page.txt");

        Assert.Equal(["School Buses", "Redline Transit"], page.Tags);
        Assert.Equal("2013-09-26T22:40:00", page.PublishedAt);
    }
}
