using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TopicPageAmongTagLinksTests
{
    private static ParsedPage Parse(string links) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Five harbour moments of the year - Harbour Post</title></head><body>
        <article><h2 class="entry-title">Five harbour moments of the year</h2>
        <div class="entry-meta">By <a href="/author/marta-olsen">Marta Olsen</a></div>
        <div class="entry-content">
        <p>A look back at the year on the waterfront, from the ferry that ran aground to the fish market's long closure.</p>
        <p>The ferry sat on the sandbank for two days while the whole town watched from the pier and the gulls took the bins.</p>
        </div>
        <footer><p class="tag-label">Filed Under:</p> <div class="tag-list clearfix">{{links}}</div></footer>
        </article></body></html>
        """), "harbour.html");

    [Fact]
    public void A_topic_page_among_tag_pages_is_a_tag_too()
    {
        var page = Parse("<a href=\"http://harbourpost.example/topics/the-year-on-the-water\">The Year on the Water</a><a href=\"http://harbourpost.example/tag/ferry\">Ferry</a><a href=\"http://harbourpost.example/tag/fish-market\">fish market</a>");
        Assert.Equal(["The Year on the Water", "Ferry", "fish market"], page.Tags);
    }

    [Fact]
    public void The_index_of_all_topics_is_still_no_tag()
    {
        var page = Parse("<a href=\"http://harbourpost.example/tag/ferry\">Ferry</a><a href=\"http://harbourpost.example/tag/fish-market\">fish market</a><a href=\"http://harbourpost.example/topics\">Every topic</a>");
        Assert.Equal(["Ferry", "fish market"], page.Tags);
    }
}
