using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownTimeElementTextTests
{
    private static ParsedPage Parse(string time) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry captain shares harbour photo - Harbour Post</title></head><body>
        <header class="header"><aside class="header-trending"><h2>Trending Now</h2>
        <ul><li><a href="/t1">#RegattaWatch</a></li><li><a href="/t2">#QuayParking</a></li><li><a href="/t3">#NewTimetable</a></li></ul>
        <p class="header-trending-story"><a href="/t4">Harbour Singer Matches Her Boots to the Lighthouse</a></p></aside>
        <ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/video">Videos</a></li></ul></header>
        <div class="reading-list"><div class="reading-list-cta">Editor's Picks</div>
        <a href="/a"><p class="reading-list-item-title">Will the regatta move to the south quay?</p></a>
        <a href="/b"><p class="reading-list-item-title">Harbour master answers readers on the new timetable</p></a>
        <a href="/c"><p class="reading-list-item-title">Ferry Captain Shares Harbour Photo</p></a>
        </div>
        <article><header><p class="article-type"><span>Harbour Life</span></p>
        <h1>Ferry Captain Shares Photo of the Crowded Quay and Now We Are All Confused</h1></header>
        <div class="article-info"><time class="article-published-date">{{time}}</time>
        <div class="byline-container"><i>By</i> <a class="article-byline" href="/contributor/marta-olsen">Marta Olsen</a></div></div>
        <div class="article-body">
        <p>The island ferry captain shared a photo of the crowded quay on Monday, and fans wondered whether the regatta was back.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        </div></article></body></html>
        """), "ferry.html");

    [Fact]
    public void A_time_element_without_datetime_gives_its_shown_words()
    {
        var page = Parse("March 14, 2018 @ 4:20 PM");
        Assert.Equal("2018-03-14T16:20:00", page.PublishedAt);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Fact]
    public void A_relative_time_gives_none()
    {
        var page = Parse("12 mins ago");
        Assert.Null(page.PublishedAt);
    }
}
