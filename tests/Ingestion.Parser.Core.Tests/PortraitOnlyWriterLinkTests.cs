using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PortraitOnlyWriterLinkTests
{
    private const string Page = """
        <html><head><title>Harbour board orders two new ferries - Harbour Coast Politics</title></head><body>
        <main><article class="story"><header class="lede"><h1 class="lede-headline">Harbour board orders two new ferries</h1>
        <div class="article-details"><div class="byline-view"><div class="byline-details">
        <a href="http://harbourcoast.test/politics/authors/AB12/mara-quist" class="byline-details__photo"><img src="http://harbourcoast.test/mara.jpg" alt="Mara Quist"></a>
        <div class="byline-details__content"><a class="byline-details__link" href="http://harbourcoast.test/politics/authors/AB12/mara-quist">Mara Quist</a>
        <a href="http://twitter.test/maraquist" class="byline-details__twitter">maraquist</a></div></div></div>
        <div class="published-info"><time datetime="2016-12-07T10:00:00Z">December 7, 2016</time></div></div></header>
        <section class="article-body"><div class="article-body__content">
        <p>The harbour board voted on Tuesday to order two new ferries for the island crossing, the first new boats in thirty years.</p>
        <p>The older ferry will be kept in reserve until both new boats have passed their sea trials next summer, the board said.</p>
        </div></section></article></main></body></html>
        """;

    [Fact]
    public void A_portrait_linking_to_the_writers_page_leaves_the_byline_to_the_names_link()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferries.html");
        Assert.Equal(["Mara Quist"], page.Authors);
    }

    [Fact]
    public void A_writer_link_showing_its_name_beside_the_picture_still_names_the_writer()
    {
        var html = Page.Replace("alt=\"Mara Quist\"></a>", "alt=\"\"> Mara Quist</a>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferries.html");
        Assert.Equal(["Mara Quist"], page.Authors);
    }

    private const string RailPage = """
        <html><head><title>Island ferries: an old dream afloat again - Harbour Monthly</title></head><body>
        <main><article class="story"><h1>Island ferries: an old dream afloat again</h1>
        <p class="dateline">by Ansel Brook / 19 January 2017 /</p>
        <p>The harbour board voted on Tuesday to order two new ferries for the island crossing, the first new boats in thirty years.</p>
        <p>The older ferry will be kept in reserve until both new boats have passed their sea trials next summer, the board said.</p>
        </article>
        <aside class="widget widget_writers"><h3 class="widget_title">Our Top Writers</h3><ul><li>
        <div class="pic"><a class="img-link" href="http://harbourmonthly.test/author/tess-varga"><img src="http://harbourmonthly.test/tess.jpg"></a></div>
        <div class="text"><p class="title"><a href="http://harbourmonthly.test/author/tess-varga">Tess Varga</a></p><p>Tess Varga is our island correspondent</p></div>
        </li></ul></aside></main></body></html>
        """;

    [Fact]
    public void A_portrait_in_a_rail_of_writers_cards_is_passed_by_no_byline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(RailPage), "ferries.html");
        Assert.DoesNotContain("Tess Varga", page.Authors);
    }
}
