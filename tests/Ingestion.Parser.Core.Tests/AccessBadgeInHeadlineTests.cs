using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AccessBadgeInHeadlineTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Mayor's holiday plans | Columns | Harbour Radio</title>
        <meta property="og:title" content="Mayor's holiday plans leave the council waiting | Columns | Harbour Radio">
        <meta property="og:site_name" content="Harbour Radio"></head><body>
        <article><header>{heading}<p><time datetime="2015-06-26T12:00:00Z">26 June 2015</time></p></header>
        <div class="texte"><p>The mayor leaves for the coast on Monday, three weeks before the council votes on the harbour budget he promised to present himself.</p>
        <p>His deputy said the vote would go ahead without him, and that the budget papers were ready.</p></div></article>
        </body></html>
        """), "holiday.html");

    [Fact]
    public void A_subscribers_badge_closing_the_headline_is_no_word_of_it()
    {
        var page = Parse("<h1>Mayor's holiday plans leave the council waiting <span class=\"label abo\">Subscribers</span></h1>");

        Assert.Equal("Mayor's holiday plans leave the council waiting", page.Title);
    }

    [Theory]
    [InlineData("<h1>Plans <span class=\"label\">Subscribers</span> leave the council waiting</h1>", "Plans Subscribers leave the council waiting")]
    [InlineData("<h1>Mayor's holiday plans <span class=\"kicker\">Update</span></h1>", "Mayor's holiday plans Update")]
    public void A_span_that_is_no_closing_badge_stays_in_the_shown_heading(string markup, string shown)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(markup);

        Assert.Equal(shown, AccessBadgeInHeadline.ShownText(document.QuerySelector("h1")!));
    }
}
