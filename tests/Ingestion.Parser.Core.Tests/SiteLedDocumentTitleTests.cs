using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SiteLedDocumentTitleTests
{
    private static string Page(string heading) => $"""
        <html><head><meta property="og:title" content="Harbour Tales - The Comic Series"><meta property="og:description" content="Page 4-12">
        <title>Harbour Tales - The Comic Series - Page 4-12</title></head><body>
        <div class="box"><img src="/banner.jpg" title="Harbour Tales - The Comic Series"></div>
        <div class="box"><div class="leftal">{heading}</div><img src="/comics/4-12.jpg" alt="Page 4-12"></div>
        <div class="box"><p>The ferry leaves the north pier at dawn, and the harbour master counts every crate twice before it goes out.</p></div>
        </body></html>
        """;

    [Fact]
    public void The_site_shared_as_the_title_gives_way_to_the_document_titles_rest_that_a_heading_shows()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("""<h2 class="comictitle">Page 4-12</h2>""")), "tales.html");
        Assert.Equal("Page 4-12", page.Title);
        Assert.Equal("Harbour Tales - The Comic Series", page.Site);
    }

    [Fact]
    public void A_linked_masthead_heading_is_no_headline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("""<h2><a href="/">Page 4-12</a></h2>""")), "tales.html");
        Assert.NotEqual("Page 4-12", page.Title);
    }
}
