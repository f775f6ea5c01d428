using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinkedCardBylineTests
{
    private const string Page = """
        <html><head><title>A Lighthouse Inn on the Northern Cape - Wander Notes</title>
        <meta property="og:site_name" content="Wander Notes"></head><body>
        <div class="article">
        <div class="leftbar"><div class="info"><div class="title">A Lighthouse Inn on the Northern Cape</div></div>
        <div class="author"><div class="name">by <b>WN Contributor</b></div><div class="date">on 12 November 2014</div></div></div>
        <div class="main"><div class="text">
        <p>by <a href="http://example.org/">Marit Solberg</a></p>
        <p>The keeper's cottage at the end of the cape now holds six guest rooms, each looking out over the grey water toward the islands.</p>
        <p>Breakfast is served in the old lamp room, where the brass fittings have been polished and kept as the last keeper left them.</p>
        </div></div>
        <div class="features related">
        <a href="/travel/harbour-hotel"><div class="read feature">
        <div class="title">A Harbour Hotel in the Old Port</div>
        <div class="subtitle">Twelve rooms above the fish market</div>
        <div class="author">by Oskar Lindqvist</div>
        <div class="description">A former customs house on the quay has reopened as a small hotel...</div>
        </div></a>
        </div></div></body></html>
        """;

    [Fact]
    public void A_byline_in_a_linked_story_card_signs_no_writer_of_the_page()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "lighthouse.html");
        Assert.DoesNotContain("Oskar Lindqvist", page.Authors);
        Assert.Equal(["Marit Solberg"], page.Authors);
    }

    [Fact]
    public void A_byline_element_inside_its_writers_link_still_names_the_writer()
    {
        const string linked = """
            <html><head><title>Ferry Timetable Changes for Winter</title></head><body>
            <article><h1>Ferry Timetable Changes for Winter</h1>
            <a href="/author/anja-berg" rel="author"><span class="author-name">Anja Berg</span></a>
            <p>The island ferry will run four crossings a day from the first of December, one fewer than in the autumn months.</p>
            <p>The operator said the early morning crossing would be kept for workers travelling to the mainland each weekday.</p>
            </article></body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(linked), "ferry.html");
        Assert.Equal(["Anja Berg"], page.Authors);
    }
}
