using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownClockOnMetaDayTests
{
    [Theory]
    [InlineData("<span class=\"published\">Published: September 24 at 1:05 pm</span>", "2013-09-24T13:05:00")]
    [InlineData("<div class=\"date\">Sept. 24, 1:05 PM EDT</div>", "2013-09-24T13:05:00-04:00")]
    [InlineData("<span class=\"published\">Published: September 25 at 1:05 pm</span>", null)]
    [InlineData("<span class=\"published\">Published: September 24</span>", null)]
    [InlineData("<span class=\"published\">Published: September 24</span> <span class=\"pb-updated\">| Updated: Tuesday, September 24, 7:45 PM</span>", null)]
    [InlineData("<div class=\"comment\"><span class=\"date\">September 24 at 3:10 pm</span></div>", null)]
    public void A_shown_line_without_year_gives_the_metadata_day_its_clock(string markup, string? expected)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        Assert.Equal(expected, ShownClockOnMetaDay.Find(document, "2013-09-24"));
    }
}
