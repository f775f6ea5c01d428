using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownTagRowOverKeywordsTests
{
    private static string Page(string row) => $$"""
        <html><head><title>Council delays ferry contract</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council delays ferry contract",
        "datePublished":"2023-03-02T18:00:00Z","keywords":["ferries","harbor district","city council"]}</script></head>
        <body><article><h1>Council delays ferry contract</h1>
        <div class="body"><p>The city council put off a vote on the new ferry contract until April, citing questions about fuel costs.</p>
        <p>Harbor district residents packed the meeting to ask for later sailings on weekends.</p></div>
        <div class="tags"><ul><li>Tags:&nbsp;{{row}}</ul></div></article></body></html>
        """;

    [Fact]
    public void A_labelled_row_of_the_keywords_in_the_pages_spelling_is_the_tag_list()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<li><a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a></li><li><a href=\"/tag/harbor-district/\" rel=\"tag\">Harbor District</a></li><li><a href=\"/tag/city-council/\" rel=\"tag\">City Council</a></li>")), "story.html");

        Assert.Equal(["Ferries", "Harbor District", "City Council"], page.Tags);
    }

    [Fact]
    public void A_row_of_links_in_a_span_after_its_label_that_the_tag_metas_repeat_outranks_other_keywords()
    {
        var html = """
            <html><head><title>Ferry strike halts crossings</title>
            <meta property="article:tag" content="Ferries"><meta property="article:tag" content="Strikes">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry strike halts crossings",
            "datePublished":"2026-06-12T18:11:51+03:00","keywords":"Ferry Strike"}</script></head>
            <body><article><h1>Ferry strike halts crossings</h1>
            <div class="body"><p>Ferry crews walked off the job at dawn on Friday, stranding hundreds of commuters on both sides of the sound.</p>
            <p>The union said talks would resume on Monday.</p></div>
            <div class="post-tags"><span class="post-tags-header">Related Topics:</span><span itemprop="keywords"><a href="/tag/ferries/" rel="tag">Ferries</a><a href="/tag/strikes/" rel="tag">Strikes</a></span></div>
            </article></body></html>
            """;

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "story.html");

        Assert.Equal(["Ferries", "Strikes"], page.Tags);
    }

    [Fact]
    public void A_row_of_other_words_leaves_the_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page(
            "<li><a href=\"/tag/ferries/\" rel=\"tag\">Ferries</a></li><li><a href=\"/tag/budget/\" rel=\"tag\">Budget</a></li>")), "story.html");

        Assert.Equal(["ferries", "harbor district", "city council"], page.Tags);
    }

    private static string KeywordsRowPage(string row) => $$"""
        <html itemscope itemtype="http://schema.org/NewsArticle"><head><title>Harbor board picks new ferry operator | Harbor Board | Tidewater</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Harbor board picks new ferry operator",
        "dateCreated":"2014-12-18T01:01:00Z","creator":"Dana Whitcomb","keywords":["Ferries","Island Routes","Harbor Board","Budget"]}</script></head>
        <body><article class="publishable"><h1 itemprop="headline">Harbor board picks new ferry operator</h1>
        <section itemprop="articleBody"><p>The harbor board chose a new operator for the island ferries on Tuesday, ending a year of delays.</p>
        <p>Crossings will run every hour from March, the board said.</p></section>
        <section class="content-meta"><time itemprop="datePublished" datetime="2014-12-18T01:01:00Z">December 17, 2014 at 08:01PM EST</time>
        <section class="wp-related"><h5 class="related-terms-title">Related:</h5><ul itemprop="keywords" class="terms">{{row}}</ul></section></section>
        </article></body></html>
        """;

    [Fact]
    public void A_row_marked_as_the_keywords_property_gives_the_keywords_in_the_pages_order()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(KeywordsRowPage(
            "<a href=\"/harbor-board\">Harbor Board</a>, <a href=\"/budget\">Budget</a>, <a href=\"/ferries\">Ferries</a>, <li class=\"term\"><a href=\"/island-routes\">Island Routes</a></li>")), "story.html");

        Assert.Equal(["Harbor Board", "Budget", "Ferries", "Island Routes"], page.Tags);
    }

    [Fact]
    public void A_keywords_property_of_other_words_leaves_the_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(KeywordsRowPage(
            "<a href=\"/harbor-board\">Harbor Board</a>, <a href=\"/weather\">Weather</a>")), "story.html");

        Assert.Equal(["Ferries", "Island Routes", "Harbor Board", "Budget"], page.Tags);
    }
}
