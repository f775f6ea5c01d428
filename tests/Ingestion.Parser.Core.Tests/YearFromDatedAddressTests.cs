using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class YearFromDatedAddressTests
{
    [Theory]
    [InlineData("http://www.example-daily.com/local/bridge-vote-delayed/2014/06/09/4a1b2c_story.html", "2014-06-09")]
    [InlineData("https://news.example.org/2013/11/30/", "2013-11-30")]
    [InlineData("/2012/02/29/leap-day-fair?ref=home", "2012-02-29")]
    public void A_year_month_and_day_as_path_segments_give_the_day(string address, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), YearFromDatedAddress.DayInPath(address));

    [Theory]
    [InlineData("http://www.example-daily.com/local/bridge-vote-delayed/2014/06/story.html")]
    [InlineData("http://www.example-daily.com/2013/02/30/no-such-day")]
    [InlineData("http://www.example-daily.com/photos/1024/768/12/gallery")]
    [InlineData("http://www.example-daily.com/story/20140609")]
    public void An_address_without_a_whole_day_gives_none(string address) =>
        Assert.Null(YearFromDatedAddress.DayInPath(address));

    [Theory]
    [InlineData("June 9 at 4:12 PM", "2014-06-09T16:12:00")]
    [InlineData("By Dana Whitcombe June 9 at 4:12 PM Follow @dwhitcombe", "2014-06-09T16:12:00")]
    [InlineData("9 June 16:12", "2014-06-09T16:12:00")]
    [InlineData("Updated June 9", "2014-06-09")]
    public void A_yearless_day_that_agrees_with_the_address_takes_its_year(string line, string expected) =>
        Assert.Equal(expected, YearFromDatedAddress.ShownDay(line, new DateOnly(2014, 6, 9)));

    [Theory]
    [InlineData("June 10 at 4:12 PM")]
    [InlineData("May 9 at 4:12 PM")]
    [InlineData("June 9, 2013 at 4:12 PM")]
    [InlineData("The council met for the 9th time since June and voted 9 to 2 to delay the bridge by a year, members said.")]
    public void A_day_that_differs_a_line_with_its_own_year_or_prose_gives_none(string line) =>
        Assert.Null(YearFromDatedAddress.ShownDay(line, new DateOnly(2014, 6, 9)));

    [Fact]
    public void A_page_showing_a_yearless_day_is_dated_by_its_address()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("June 9 at 4:12 PM")), "page.html");

        Assert.Equal("2014-06-09T16:12:00", page.PublishedAt);
    }

    [Fact]
    public void A_page_whose_shown_day_differs_from_its_address_stays_undated()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("June 11 at 4:12 PM")), "page.html");

        Assert.Null(page.PublishedAt);
    }

    private static string Page(string shownDay) => $"""
        <html><head><title>Bridge vote delayed again - The Example Daily</title>
        <link rel="canonical" href="http://www.example-daily.com/local/bridge-vote-delayed/2014/06/09/4a1b2c_story.html"></head><body>
        <article><h1>Bridge vote delayed again</h1>
        <div class="byline"><span class="author">By Dana Whitcombe</span> <span class="timestamp">{shownDay}</span></div>
        <div class="article-body">
        <p>The county council put off its vote on the new river bridge for a third time on Monday, citing the cost of steel.</p>
        <p>Members said they would take the matter up again in July, after the state answers their request for more money.</p>
        </div></article></body></html>
        """;
}
