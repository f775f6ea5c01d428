using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionKickerBoxTests
{
    private const string Kicker = """
        <div class="article-tags" id="article-tags"><h2 class="section-type heading"><a href="/section/film" class="film icon"><span>Film</span></a></h2>
        <a class="article-type best-of" href="/features/best-of/">Best of</a></div>
        """;

    private static ParsedPage Parse(string kicker, string tagRow) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The best ferry rides of the year · Best of · Harbour Post</title>
        <script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "The best ferry rides of the year",
        "keywords": ["Night Crossing", "Film", "Best Of The Year", "Island Hop"]}</script></head><body>
        <article id="article-detail">{{kicker}}
        <header><h1 class="heading">The best ferry rides of the year</h1><div class="authors byline">By <a class="author" href="/author/mo/">Mo Dunn</a></div></header>
        <div class="article-body"><section class="article-text">
        <p>Great crossings, like great films, follow no single formula, and the ones below were the year's finest on the water.</p>
        <p>The night crossing to the island runs under the lighthouse beam, and the crew hands out blankets to the deck passengers.</p>
        </section>
        <div id="tags">{{tagRow}}</div></div>
        </article></body></html>
        """), "ferries.html");

    [Fact]
    public void A_tag_classed_box_whose_heading_links_to_a_section_is_the_kicker_and_the_shown_row_gives_the_tags()
    {
        var page = Parse(Kicker, """
            <div class="tags"><span>Filed Under:</span>
            <a href="/search?tags=film">Film, </a> <a href="/search?tags=best-of">Best Of The Year, </a>
            <a class="expand-link" href="#collapse">Show More</a>
            <a style="display:none" href="/search?tags=night-crossing">Night Crossing, </a> <a style="display:none" href="/search?tags=island-hop">Island Hop</a></div>
            """);
        Assert.Equal(["Film", "Best Of The Year", "Night Crossing", "Island Hop"], page.Tags);
    }

    [Fact]
    public void Without_a_shown_row_the_keywords_stand_not_the_kicker()
    {
        var page = Parse(Kicker, string.Empty);
        Assert.Equal(["Night Crossing", "Film", "Best Of The Year", "Island Hop"], page.Tags);
    }

    [Fact]
    public void A_tag_box_labelled_by_a_plain_heading_is_still_read()
    {
        var page = Parse("""
            <div class="article-tags"><h3>Related Topics</h3><ul><li><a href="/topics/night-crossing">Night Crossing</a></li><li><a href="/topics/island-hop">Island Hop</a></li></ul></div>
            """, string.Empty);
        Assert.Equal(["Night Crossing", "Island Hop"], page.Tags);
    }
}
