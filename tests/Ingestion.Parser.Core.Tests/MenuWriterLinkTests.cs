using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MenuWriterLinkTests
{
    private static ParsedPage Parse(string menuLink) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry back in service after the storm | Harbour TV</title>
        <meta property="og:site_name" content="Harbour TV"></head><body>
        <header class="mast"><nav role="navigation"><ul class="primary">
        <li class="programs"><a href="/programs/">Programs</a>
        <ul class="child"><li class="menu-item"><a href="#">Anchors</a><ul class="sub-menu">
        <li class="menu-item"><a href="/author/nora-lindqvist/">Nora Lindqvist</a></li>
        <li class="menu-item">{{menuLink}}</li>
        </ul></li></ul></li></ul></nav></header>
        <div class="video-player"><article>
        <div class="meta-bar"><div class="date-and-time">March 4 2014 7:20pm</div></div>
        <h1>Ferry back in service after the storm</h1>
        <div class="story"><div><p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p></div></div>
        </article></div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_writer_page_linked_from_the_menu_names_no_writer()
    {
        var page = Parse("""<a href="/author/piet-halvorsen/">Piet Halvorsen</a>""");
        Assert.Empty(page.Authors);
        Assert.Equal("Ferry back in service after the storm", page.Title);
    }

    [Fact]
    public void A_writer_link_outside_the_menu_still_names_the_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Ferry back in service after the storm | Harbour TV</title></head><body>
            <nav><ul><li><a href="/news/">News</a></li><li><a href="/weather/">Weather</a></li></ul></nav>
            <article><h1>Ferry back in service after the storm</h1>
            <div class="x9f2"><span>By</span> <a href="/author/piet-halvorsen/">Piet Halvorsen</a></div>
            <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
            <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
            </article></body></html>
            """), "ferry.html");
        Assert.Equal(["Piet Halvorsen"], page.Authors);
    }
}
