using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoriesHeadingInArticleFooterTests
{
    private const string Page = """
        <html><head><title>The harbour's new ferry shelter | Quayside Home</title><meta content="Quayside Home" property="og:site_name"></head><body>
        <main><article class="full-post post"><header><h1>The harbour's new ferry shelter</h1></header>
        <div class="post-body">
        <p>The old ferry shelter came down in the spring, and the one that went up in its place is made of oak from the yard behind the mill.</p>
        <p>Its builders left the benches long enough to sleep on, which the night crossing's passengers have already found out.</p>
        </div>
        <footer><div class="content-section">
        <h2 class="section-header">You Might Also Like</h2>
        <div class="recommendations"></div>
        <h2 class="section-header">Categories</h2>
        <div class="post-categories"><a href="/main">Main</a>,
        <a href="/categories/harbour_life">Harbour Life</a>,
        <a href="/categories/woodwork">Woodwork</a>,
        <a href="/categories/small_spaces">Small Spaces</a></div>
        </div></footer>
        </article></main>
        <aside class="sidebar"><h2>Categories</h2><ul><li><a href="/categories/harbour_life">Harbour Life</a></li><li><a href="/categories/gardens">Gardens</a></li></ul></aside>
        </body></html>
        """;

    [Fact]
    public void A_categories_heading_over_category_links_in_the_articles_footer_gives_the_tags()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "shelter.html");
        Assert.Equal(["Main", "Harbour Life", "Woodwork", "Small Spaces"], page.Tags);
    }

    [Fact]
    public void A_categories_heading_in_a_sidebar_gives_no_tags()
    {
        var html = Page.Replace("<h2 class=\"section-header\">Categories</h2>", "<h2 class=\"section-header\">Elsewhere</h2>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "shelter.html");
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_categories_heading_in_the_sites_footer_gives_no_tags()
    {
        var html = Page.Replace("<footer><div class=\"content-section\">", "<div class=\"content-section\">").Replace("</div></footer>\n        </article></main>", "</div>\n        </article></main><footer><h2>Categories</h2><div><a href=\"/categories/harbour_life\">Harbour Life</a>, <a href=\"/categories/gardens\">Gardens</a></div></footer>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "shelter.html");
        Assert.Empty(page.Tags);
    }

    [Fact]
    public void A_categories_heading_over_links_to_stories_gives_no_tags()
    {
        var html = Page.Replace("/categories/harbour_life", "/2014/06/harbour-dredging").Replace("/categories/woodwork", "/2014/07/ferry-fares");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "shelter.html");
        Assert.Empty(page.Tags);
    }
}
