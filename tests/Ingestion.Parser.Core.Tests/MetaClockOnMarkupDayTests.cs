using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MetaClockOnMarkupDayTests
{
    private static string Page(string metaTime) => $"""
        <html><head><title>Ferry Timetable Quarrel Reaches the Council - Harbour Weekly</title><meta value="Harbour Weekly" name="og:site_name">
        <meta value="{metaTime}" name="article:published_time"></head><body>
        <article itemscope="" itemtype="http://schema.org/NewsArticle"><header><h1 class="title" itemprop="headline">Ferry Timetable Quarrel Reaches the Council</h1>
        <div class="byline-and-date"><h3 class="contributors">By <span itemprop="author" itemscope="" itemtype="http://schema.org/Person"><span itemprop="name">Mara Quist</span></span></h3>
        <time class="post-date" datetime="20240311" itemprop="datePublished" content="2024-03-11">March 11, 2024</time></div></header>
        <div itemprop="articleBody"><p>The council will hear on Tuesday from the ferry company and from the islanders who say the new winter timetable strands them.</p>
        <p>The company says the early crossing ran at a loss for three years and that the later boat carries more passengers than before.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_head_meta_time_on_the_microdata_day_gives_the_clock()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("2024-03-11T09:15:40-04:00")), "ferry.html");
        Assert.Equal("2024-03-11T09:15:40-04:00", page.PublishedAt);
    }

    [Fact]
    public void A_meta_time_of_another_day_is_not_taken()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("2024-03-14T09:15:40-04:00")), "ferry.html");
        Assert.Equal("2024-03-11", page.PublishedAt);
    }

    [Fact]
    public void A_midnight_meta_time_is_not_taken()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("2024-03-11T00:00:00+00:00")), "ferry.html");
        Assert.Equal("2024-03-11", page.PublishedAt);
    }
}
