using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RailListPostTimeTests
{
    private const string Page = """
        <html><head><title>Night Ferry Keeps Its Winter Timetable | The Harbour Club</title></head><body>
        <main>
        <div class="sub-header"><h1 class="title">Night Ferry Keeps Its Winter Timetable</h1>
        <ul class="info"><li>14 mars 2021</li><li>Par <a rel="author" href="/ines">Inès</a></li></ul></div>
        <div class="content-article">
        <p>The night ferry to the islands will keep its winter timetable until the end of April, the harbour board said.</p>
        <p>Crews had asked for the summer sailings to start earlier, but the board wants the new pier finished first.</p>
        </div>
        <aside class="col-right" role="complementary">
        <div class="simple-list"><h2 class="title">From this blog</h2><ul>
        <li><a href="/ines/blog/020421/harbour-lights">Harbour lights at dusk</a> <span class="author"><time datetime="2021-04-02">2 avr. 2021</time> Par <a rel="author" href="/ines">Inès</a></span></li>
        </ul></div>
        </aside>
        </main></body></html>
        """;

    [Fact]
    public void A_time_in_the_rails_list_of_posts_dates_that_post()
    {
        using var document = new HtmlParser().ParseDocument(Page);

        Assert.True(WidgetPostTime.Is(document.SelectFirst("time")!));
    }

    [Fact]
    public void The_page_takes_its_printed_date_over_the_rails_newest_post()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "page.html");

        Assert.Equal("2021-03-14", article.PublishedAt);
    }

    [Fact]
    public void A_time_in_an_aside_outside_any_list_item_or_beside_no_link_stays()
    {
        using var document = new HtmlParser().ParseDocument("""
            <aside class="entry-meta"><p>Posted <time datetime="2021-03-14">14 March 2021</time></p></aside>
            <aside role="complementary"><ul><li>Updated <time datetime="2021-03-15">15 March 2021</time></li></ul></aside>
            """);

        Assert.All(document.SelectAll("time"), time => Assert.False(WidgetPostTime.Is(time)));
    }
}
