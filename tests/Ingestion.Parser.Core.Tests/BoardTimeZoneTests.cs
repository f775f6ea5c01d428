using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoardTimeZoneTests
{
    [Theory]
    [InlineData("<p>Delete all board cookies &bull; All times are UTC - 5 hours</p>", "UTC-05:00")]
    [InlineData("<p>All times are UTC - 5 hours [ <abbr title=\"Daylight Saving Time\">DST</abbr> ]</p>", "UTC-04:00")]
    [InlineData("<p>All times are UTC + 5.5 hours</p>", "UTC+05:30")]
    [InlineData("<p>All times are UTC - ٥ hours</p>", null)]
    [InlineData("<p>Times are local.</p>", null)]
    [InlineData("<div id=\"footer_time\">All times are GMT -4. The time now is <span class=\"time\">09:12 AM</span>.</div>", "UTC-04:00")]
    [InlineData("<p>All times are GMT -4. Please be patient.</p>", null)]
    public void A_boards_footer_names_the_zone_of_its_times(string footer, string? zone)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + footer + "</body></html>");
        Assert.Equal(zone, BoardTimeZone.Of(document));
    }

    [Theory]
    [InlineData("2013-03-11T06:40:00", "2013-03-11T06:40:00-05:00")]
    [InlineData("2013-03-11T06:40:00+01:00", "2013-03-11T06:40:00+01:00")]
    [InlineData("2013-03-11", "2013-03-11")]
    [InlineData(null, null)]
    public void The_boards_zone_is_that_of_the_storys_time_too(string? shown, string? expected)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><p>All times are UTC - 5 hours</p></body></html>");
        Assert.Equal(expected, BoardTimeZone.Applied(document, shown));
    }

    [Fact]
    public void A_page_without_a_boards_footer_leaves_the_time_as_shown()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><p>Posted at 6:40 am</p></body></html>");
        Assert.Equal("2013-03-11T06:40:00", BoardTimeZone.Applied(document, "2013-03-11T06:40:00"));
    }
}
