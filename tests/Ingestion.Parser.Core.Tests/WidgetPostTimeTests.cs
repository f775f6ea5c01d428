using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WidgetPostTimeTests
{
    [Fact]
    public void A_time_in_a_widgets_list_of_posts_dates_that_post()
    {
        using var document = new HtmlParser().ParseDocument(FerryLandingPage.Html);

        Assert.True(WidgetPostTime.Is(document.SelectFirst("time")!));
    }

    [Fact]
    public void A_landing_page_with_a_recent_posts_widget_has_no_published_time()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(FerryLandingPage.Html), "page.html");

        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void The_widgets_printed_date_without_a_datetime_dates_no_page_either()
    {
        var article = PageParser.Parse(Encoding.UTF8.GetBytes(FerryLandingPage.Html.Replace(" datetime=\"2019-11-04T09:15:00+00:00\"", "", StringComparison.Ordinal)), "page.html");

        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void The_pages_own_time_outside_the_widget_stays()
    {
        var page = FerryLandingPage.Html.Replace("</span></h1>", "</span></h1><p class=\"meta\"><time class=\"entry-date published\" datetime=\"2019-10-01T08:00:00+00:00\">October 1, 2019</time></p>", StringComparison.Ordinal);

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
