using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionOverHeadlineTests
{
    [Fact]
    public void The_cover_pictures_caption_over_the_headline_is_a_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bus use rose in the year | Example Daily</title></head><body>
            <div id="cover" style="background:url(bus.jpg)"></div>
            <section class="title-container"><strong>Buses wait at the harbour terminal before the morning rush <span>(Example/Dana Ruiz)</span></strong>
            <h1>Bus use rose in the year</h1><h2>The harbour lines grew most</h2></section>
            <article><p>Bus use in the region rose for the third year running, the transit office said on Monday in its yearly report.</p>
            <p>Rides on the harbour lines grew most. The office now counts twice as many rides there as it did in 2015, it said.</p></article>
            </body></html>
            """), "page.html");

        Assert.Equal(["Buses wait at the harbour terminal before the morning rush (Example/Dana Ruiz)"], page.Captions);
        Assert.Equal("Bus use rose in the year", page.Title);
    }

    [Theory]
    [InlineData("<strong>Transport</strong>")]
    [InlineData("<p>Updated (see note)</p>")]
    [InlineData("<p>The office counted rides on every line in the year (see the report/annex)</p><p>More</p>")]
    [InlineData("<div><a href=\"/transport\">Buses wait at the harbour terminal before the rush (Example/Dana Ruiz)</a></div>")]
    public void A_kicker_a_link_or_no_element_right_over_the_headline_is_no_caption(string above)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + above + "<h1>Bus use rose in the year</h1></body></html>");

        Assert.Null(CaptionOverHeadline.Take(document));
    }
}
