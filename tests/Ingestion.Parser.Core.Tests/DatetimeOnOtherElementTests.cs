using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DatetimeOnOtherElementTests
{
    private const string Page = """
        <html><head><title>A Bright Boathouse Flat | Harbour Homes</title><meta value="Harbour Homes" name="og:site_name"></head><body>
        <article class="post"><header><div class="PostHeader__kicker"><a href="/search?q=Tours">Tours</a></div>
        <h1 class="PostHeader__headline">A Bright Boathouse Flat</h1></header>
        <section class="post__details"><div class="PostByline"><a class="PostByline__author" href="/authors/ina-vole"><span class="PostByline__name">Ina Vole</span></a>
        <div class="PostByline__timestamp" datetime="2016-03-04 21:30:00 -0500"> Mar 4, 2016 </div></div></section>
        <div class="post__content"><p>Welcome to our flat above the old boathouse, two rooms and a loft with the whole harbour outside the windows.</p>
        <p>The light comes off the water all day, so we kept the walls white and let the boats do the decorating for us.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_datetime_on_a_plain_element_over_its_day_is_the_time_behind_it()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "boathouse.html");
        Assert.Equal("2016-03-04T21:30:00-05:00", page.PublishedAt);
    }

    [Fact]
    public void A_datetime_of_another_day_than_shown_is_not_read()
    {
        var html = Page.Replace("Mar 4, 2016", "Mar 9, 2016");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "boathouse.html");
        Assert.Equal("2016-03-09", page.PublishedAt);
    }
}
