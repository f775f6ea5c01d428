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
    public void A_headline_shared_as_the_title_stays_over_the_masthead_heading_in_the_home_link()
    {
        var html = """
            <html><head><meta property="og:title" content="Ferry late again at the north pier"><title>Ferry late again at the north pier | Harbour Desk</title></head><body>
            <a class="home-link" href="/" rel="home"><h1 class="site-title">Harbour Desk</h1><h2 class="site-description">News from the harbour</h2></a>
            <article><h1 class="entry-title">Ferry late again at the north pier</h1><div class="entry-content">
            <p>The north pier ferry was late again on Friday, and the council says it will look at the timetable once more before summer.</p>
            <p>Riders waited for forty minutes at the pier while the crew changed a part in the engine room, the operator said later.</p></div></article></body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Equal("Ferry late again at the north pier", page.Title);
    }

    [Fact]
    public void A_linked_masthead_heading_is_no_headline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("""<h2><a href="/">Page 4-12</a></h2>""")), "tales.html");
        Assert.NotEqual("Page 4-12", page.Title);
    }
}
