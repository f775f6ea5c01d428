using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteWideShareTitleTests
{
    private static string Page(string shareTitle, string heading) => $$"""
        <html><head>
        <meta name="application-name" content="Harbor News - Your Bay, Every Day">
        <meta property="og:title" content="{{shareTitle}}">
        <meta name="twitter:site" content="@Harbor"><meta property="twitter:site" content="@HarborNews">
        <title>Ferry drifts for hours after losing power</title></head><body>
        <h1>{{heading}}</h1>
        <article>
        <p>A cargo ferry lost power off the coast on Thursday and drifted for six hours before tugs reached it, the harbour authority said.</p>
        <p>The crew of eleven was unhurt, and the ferry was towed into port late in the evening, a spokeswoman for the authority said.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_sharing_title_that_is_the_applications_name_gives_way_to_the_document_title_the_page_shows()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Harbor News - Your Bay, Every Day", "Ferry drifts for hours after losing power")), "page.html");

        Assert.Equal("Ferry drifts for hours after losing power", page.Title);
        Assert.Equal("Harbor News", page.Site);
    }

    [Fact]
    public void A_sharing_title_of_its_own_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Ferry adrift six hours off the cape", "Ferry drifts for hours after losing power")), "page.html");

        Assert.Equal("Ferry adrift six hours off the cape", page.Title);
    }

    [Fact]
    public void Without_a_heading_showing_the_document_title_the_sharing_title_stays()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Harbor News - Your Bay, Every Day", "Top stories")), "page.html");

        Assert.Equal("Harbor News - Your Bay, Every Day", page.Title);
    }
}
