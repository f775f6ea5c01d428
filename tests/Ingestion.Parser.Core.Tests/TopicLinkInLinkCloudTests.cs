using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TopicLinkInLinkCloudTests
{
    private static ParsedPage Parse(string box) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back in service | Harbour Post</title></head><body>
        <div class="story"><h1>Ferry back in service after two days in port</h1>
        <div class="text"><p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p></div>
        {{box}}
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_topic_link_in_a_box_of_section_links_is_no_tag()
    {
        var page = Parse("""
            <div class="more"><div class="hd">more from harbour post news</div><div class="links"><a href="/home/headlines">Latest News</a><a href="/news">Breaking news</a><a href="/world/us">US News</a><a href="/topics/Mayor-Ruiz">Mayor Ruiz</a></div></div>
            <div class="quick"><div class="hd">Quick Links</div><div class="links"><a href="/harbour/what-is-the-levy/1.cms">Harbour levy</a><a href="/podcasts">Podcasts</a><a href="/topic/Port-Board">Port Board</a></div></div>
            """);

        Assert.Empty(page.Tags);
    }

    [Fact]
    public void The_link_to_the_index_of_all_topics_is_no_tag()
    {
        var page = Parse("""
            <div class="ImgListArea" id="FeaturedWords"><div class="TitleSmall"><p>Featured keywords</p></div><ul class="WordBlockList"><li><a href="/topics/word/ferries.html">Ferries</a></li></ul>
            <ul class="SubLink"><li><a href="/topics/?ref=box">All</a></li></ul></div>
            """);

        Assert.Equal(["Ferries"], page.Tags);
    }

    [Fact]
    public void A_box_of_topic_links_only_still_gives_them()
    {
        var page = Parse("""
            <div class="links"><a href="/topics/ferries">Ferries</a> <a href="/topics/harbour">Harbour</a></div>
            """);

        Assert.Equal(["Ferries", "Harbour"], page.Tags);
    }
}
