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
    public void A_boards_footer_names_the_zone_of_its_times(string footer, string? zone)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + footer + "</body></html>");
        Assert.Equal(zone, BoardTimeZone.Of(document));
    }
}
