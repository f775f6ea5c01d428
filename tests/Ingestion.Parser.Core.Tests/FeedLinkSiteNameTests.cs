using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FeedLinkSiteNameTests
{
    internal static string Page(string feedTitle, string appeal) => $$"""
        <html><head><title>Ferry timetable changes for the winter</title>
        <link rel="alternate" type="application/rss+xml" title="{{feedTitle}}" href="https://harbourviews.example/feed/">
        <link rel="alternate" type="application/rss+xml" title="Harbour Views &#xBB; Comments Feed" href="https://harbourviews.example/comments/feed/">
        </head><body><div class="header"><a href="https://harbourviews.example/"><img src="/logo.png" alt=""></a></div>
        <article><h1 class="entry-title">Ferry timetable changes for the winter</h1>
        <div class="entry-content">
        <p>The harbour board said on Monday that the winter timetable for the island ferries will start a week earlier than planned this year.</p>
        <p>Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.</p>
        </div></article>
        <div class="appeal">{{appeal}}</div></body></html>
        """;

    [Fact]
    public void The_main_feeds_title_names_the_site_the_page_prints()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Harbour Views &#xBB; Feed", "Don't miss stories. Follow Harbour Views!")), "ferry.html");

        Assert.Equal("Harbour Views", page.Site);
    }

    [Fact]
    public void A_feed_name_the_page_never_prints_gives_no_site()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("My Blog &#xBB; Feed", "Don't miss stories. Follow us!")), "ferry.html");

        Assert.NotEqual("My Blog", page.Site);
    }
}
