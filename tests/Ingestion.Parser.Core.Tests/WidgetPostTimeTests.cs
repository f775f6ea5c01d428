using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WidgetPostTimeTests
{
    private const string FerryLandingPage = """
        <html><head><title>Island Ferries | Harbour Ferry Company</title><meta property="og:title" content="Island Ferries | Harbour Ferry Company"><meta property="og:site_name" content="Harbour Ferry Company"></head><body>
        <section class="content"><h1>ISLAND FERRIES <span>HARBOUR FERRY COMPANY</span></h1>
        <p>Since 1990 our boats have carried islanders, their cars and their post across the sound in every season, and the timetable has grown with the islands.</p>
        <p>Every crossing takes forty minutes, and the first boat leaves the quay at six in the morning on weekdays and at eight on Sundays and holidays.</p></section>
        <section class="news"><div id="recent-posts-3" class="widget recent-posts-extended"><h3 class="widgettitle">Recent Posts</h3><ul>
        <li><h3><a href="/winter-timetable/">Winter timetable starts on Monday</a></h3><time class="post-time published" datetime="2019-11-04T09:15:00+00:00">November 4, 2019</time><div class="summary">The last evening boat leaves an hour earlier from Monday until the spring &hellip;</div></li></ul></div>
        <a href="/news/">MORE NEWS</a></section>
        </body></html>
        """;

    [Fact]
    public void A_time_in_a_widgets_list_of_posts_dates_that_post()
    {
        using var document = new HtmlParser().ParseDocument(FerryLandingPage);

        Assert.True(WidgetPostTime.Is(document.SelectFirst("time")!));
    }

    [Fact]
    public void A_landing_page_with_a_recent_posts_widget_has_no_published_time()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(FerryLandingPage), "page.html");

        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void The_widgets_printed_date_without_a_datetime_dates_no_page_either()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(FerryLandingPage.Replace(" datetime=\"2019-11-04T09:15:00+00:00\"", "", StringComparison.Ordinal)), "page.html");

        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void The_pages_own_time_outside_the_widget_stays()
    {
        var page = FerryLandingPage.Replace("</span></h1>", "</span></h1><p class=\"meta\"><time class=\"entry-date published\" datetime=\"2019-10-01T08:00:00+00:00\">October 1, 2019</time></p>", StringComparison.Ordinal);

        var article = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");

        Assert.Equal("2019-10-01T08:00:00+00:00", article.PublishedAt);
    }

    [Fact]
    public void A_time_in_a_widget_that_holds_the_pages_h1_or_outside_any_list_item_is_no_listed_posts()
    {
        using var document = new HtmlParser().ParseDocument("""
            <div class="widget"><h1>Ferry fares rise again</h1><ul><li><a href="/fares/">Fares</a> <time datetime="2019-11-04">November 4, 2019</time></li></ul></div>
            <div class="widget"><h3 class="widgettitle">Opening hours</h3><p>Updated <time datetime="2019-11-05">November 5, 2019</time></p><a href="/hours/">All hours</a></div>
            """);

        Assert.All(document.SelectAll("time"), time => Assert.False(WidgetPostTime.Is(time)));
    }
}
