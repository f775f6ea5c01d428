using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RegisteredMarkNoticeTests
{
    private const string Page = """
        <html><head><title>Nine Ways To Thank A Ferry Crew Properly</title>
        <meta value="Nine Ways To Thank A Ferry Crew Properly" name="og:title"><meta name="author" value="Ina Vole"></head><body>
        <section class="main-nav"><div class="nav-container"><a href="/"><i class="brand-icon"></i></a></div>
        <div class="nav-menu"><div class="nav-sections"><a href="/">Homepage</a> <a href="/news">News</a> <a href="/travel">Travel</a>
        <a href="/food">Food</a> <a href="/style">Style</a> <a href="/money">Money</a> <a href="/books">Books</a> <a href="/maps">Maps</a></div>
        <div class="nav-pages"><a href="/about">About Us</a> <a href="/tos">Terms</a> <a href="/privacy">Privacy</a></div>
        <div class="nav-follow"><div class="nav-follow__title">Follow Us</div></div>
        <div class="nav-trademark"><span class="nav-trademark__symbol">&#xAE;</span> 2016 Harbourly</div></div></section>
        <main><article class="post-page"><h1 class="post-page__title">Nine Ways To Thank A Ferry Crew Properly</h1>
        <div class="content-meta"><span>By</span> <a href="/authors/12-ina-vole" rel="author">Ina Vole</a>
        <time datetime="2016-12-02T18:28:24.692Z">5 days ago</time></div>
        <div class="post-page__body"><p>Most of us cross the harbour twice a day and never say a word to the people who take us over the water in all weathers.</p>
        <p>The crews say a thank-you costs nothing and makes a grey morning on the quay a good deal brighter for everybody on board.</p></div>
        </article></main></body></html>
        """;

    [Fact]
    public void A_notice_under_the_registered_sign_names_the_site()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry-crew.html");
        Assert.Equal("Harbourly", page.Site);
    }

    [Fact]
    public void A_product_name_with_the_sign_names_no_site()
    {
        var html = Page.Replace("<span class=\"nav-trademark__symbol\">&#xAE;</span> 2016 Harbourly", "Harbourly&#xAE; rain hoods 2016");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry-crew.html");
        Assert.NotEqual("Harbourly", page.Site);
    }
}
