using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionLabelAfterBylineTests
{
    [Theory]
    [InlineData("Published: March 4, 2019 by Dana Whitcomb In Local News 0", "Published: March 4, 2019 by Dana Whitcomb")]
    [InlineData("Published: March 4, 2019 by Dana Whitcomb In Food & Drink 12", "Published: March 4, 2019 by Dana Whitcomb")]
    [InlineData("By Dana Whitcomb In Harbor Town Politics", "By Dana Whitcomb")]
    public void The_section_and_bare_count_after_a_capital_In_go(string line, string byline) => Assert.Equal(byline, SectionLabelAfterByline.Without(line));

    [Theory]
    [InlineData("By Dana Whitcomb in Brussels")]
    [InlineData("Published: March 4, 2019 In Local News 0")]
    [InlineData("By Dana Whitcomb In the end the council voted to close the pool.")]
    [InlineData("By Dana Whitcomb In Local News, Politics")]
    [InlineData("Stand By Me In Concert Tonight")]
    public void Other_lines_stay(string line) => Assert.Equal(line, SectionLabelAfterByline.Without(line));

    [Fact]
    public void The_writer_of_such_a_row_is_read_and_the_headline_over_it_is_the_title_not_the_pictures_alt_text()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Harbor Town Gazette

            Marina Reopens Its Docks to Visiting Sailboats

            Published: March 4, 2019 by Dana Whitcomb In Local News 0
            0
            Shares

            marina docks reopening 2019

            After two years of works, the town marina reopens its docks to visiting sailboats from March, the harbor office said on Monday.

            Bookings will be taken online, and some twenty berths will stay free for boats arriving unannounced during the summer.
            """), "marina.txt");

        Assert.Equal("Marina Reopens Its Docks to Visiting Sailboats", page.Title);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
        Assert.Equal("2019-03-04", page.PublishedAt);
    }
}
